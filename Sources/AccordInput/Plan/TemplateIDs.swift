/// The element ids the theme's templates write on every page (`id="goals"`, `id="goal-{{id}}"`), so that a link to
/// `charter.md#goals` is known to land even though no heading of the charter is called "Goals".
public struct TemplateIDs: Sendable, Hashable {
    /// Ids written literally.
    public var exact: Set<String> = []
    /// The literal start of ids that end in a template tag (`goal-` of `goal-{{id}}`).
    public var prefixes: Set<String> = []

    /// No ids.
    public init() {}

    /// The ids of the `id="…"` attributes of the template texts. An id that starts with a tag (`{{anchor}}`) could
    /// be anything and is not counted.
    public init(templates: some Sequence<String>) {
        for text in templates {
            var rest = Substring(text)
            while let open = rest.range(of: "id=\"") {
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: "\"") else { break }
                let value = rest[..<close]
                if let tag = value.range(of: "{{") {
                    if tag.lowerBound > value.startIndex { prefixes.insert(String(value[..<tag.lowerBound])) }
                } else if !value.isEmpty {
                    exact.insert(String(value))
                }
                rest = rest[close...]
            }
        }
    }

    /// Whether a page of the theme may carry the id.
    public func contains(_ id: String) -> Bool {
        exact.contains(id) || prefixes.contains { id.hasPrefix($0) && id.count > $0.count }
    }
}
