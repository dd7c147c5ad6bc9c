import AccordCore
import AccordInput

/// Turns a source location (a line of a note) into a link from the current page to the meeting page
/// at the anchor of that line: the source trail behind every number.
package struct SourceLinker {
    package let links: LinkMap
    /// The page the links are written into.
    package let page: String
    /// Relative links from `page` to each target page met so far: a page links to the same few
    /// notes hundreds of times.
    private let bases = BaseLinks()

    /// A linker for the links written into `page`.
    package init(links: LinkMap, page: String) {
        self.links = links
        self.page = page
    }

    /// The relative href of a location: `meetings/2026-03-12.html#L17`; nil when no page shows it.
    package func href(_ location: SourceLocation) -> String? {
        guard let target = links.pages[location.path] else { return nil }
        let base = bases.link(to: target, from: page)
        if target.hasSuffix("/index.html") && location.path.hasSuffix("charter.md") {
            // Charter lines in the front matter have no anchor; the body's list items do.
            return base + "#charter"
        }
        guard let line = location.line else { return base.isEmpty ? "#" : base }
        return base + "#L\(line)"
    }

    /// A short label of a location, `2026-03-12-steering.md:17`.
    package static func label(_ location: SourceLocation) -> String {
        let file = lastComponent(location.path)
        return location.line.map { "\(file):\($0)" } ?? file
    }

    /// The last non-empty `/`-separated part of a path; the path itself when it has none.
    package static func lastComponent(_ path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
            end = bytes.index(before: end)
        }
        guard end > bytes.startIndex else { return path }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "/") {
            start = bytes.index(before: start)
        }
        return String(path[start..<end])
    }

    /// The memo of relative links by target page (one page, one thread).
    private final class BaseLinks {
        var byTarget: [String: String] = [:]

        func link(to target: String, from page: String) -> String {
            if let known = byTarget[target] { return known }
            let link = target == page ? "" : SitePaths.link(from: page, to: target)
            byTarget[target] = link
            return link
        }
    }
}
