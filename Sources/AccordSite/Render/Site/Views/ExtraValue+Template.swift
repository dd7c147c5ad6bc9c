import AccordCore

extension ExtraValue {
    /// The value as plain Swift values that Mustache templates can read (`{{extra.key}}`). A text that
    /// reads as a script or inline-content URL (`javascript:`, `data:`…) is emptied: a template may
    /// print it into an `href` or `src`, where escaping alone does not make it harmless.
    package var templateValue: Any {
        switch self {
        case .text(let text): return URLPolicy.isExecutable(text) ? "" : text
        case .list(let items): return items.map(\.templateValue)
        case .map(let entries):
            var dictionary: [String: Any] = [:]
            // Keys named like Accord's HTML keys would shadow them in a section (`{{#extra}}{{{body}}}`).
            for entry in entries where !UnescapedTags.htmlKeys.contains(entry.key) {
                dictionary[entry.key] = entry.value.templateValue
            }
            return dictionary
        }
    }
}
