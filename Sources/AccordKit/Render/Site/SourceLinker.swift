/// Turns a source location (a line of a note) into a link from the current page to the meeting page
/// at the anchor of that line: the source trail behind every number.
struct SourceLinker {
    let links: LinkMap
    /// The page the links are written into.
    let page: String

    /// The relative href of a location: `meetings/2026-03-12.html#L17`; nil when no page shows it.
    func href(_ location: SourceLocation) -> String? {
        guard let target = links.pages[location.path] else { return nil }
        let base = target == page ? "" : SitePaths.link(from: page, to: target)
        if target.hasSuffix("/index.html") && location.path.hasSuffix("charter.md") {
            // Charter lines in the front matter have no anchor; the body's list items do.
            return base + "#charter"
        }
        guard let line = location.line else { return base.isEmpty ? "#" : base }
        return base + "#L\(line)"
    }

    /// A short label of a location, `2026-03-12-steering.md:17`.
    static func label(_ location: SourceLocation) -> String {
        let file = location.path.split(separator: "/").last.map(String.init) ?? location.path
        return location.line.map { "\(file):\($0)" } ?? file
    }
}
