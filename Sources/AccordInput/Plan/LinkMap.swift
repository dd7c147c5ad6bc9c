import AccordCore

/// Maps Markdown source paths to the pages built from them, to rewrite links between notes.
package struct LinkMap: Sendable {
    /// Content-relative source path → output-relative page path.
    package let pages: [String: String]

    package init(portfolio: Portfolio) {
        var pages: [String: String] = [:]
        pages.reserveCapacity(portfolio.partnerships.reduce(0) { $0 + 1 + $1.meetings.count })
        // By index: only the two paths of each note are read, not a copy of the whole note.
        for index in portfolio.partnerships.indices {
            pages[portfolio.partnerships[index].charter.path] = portfolio.partnerships[index].pagePath
            let meetings = portfolio.partnerships[index].meetings
            for note in meetings.indices { pages[meetings[note].path] = meetings[note].pagePath }
        }
        self.pages = pages
    }

    /// Where a link destination leads.
    package enum Target: Equatable {
        /// Not a relative link to a `.md` file: left as written.
        case notANote
        /// A relative link to a `.md` file that is no note or charter of the site.
        case missing
        /// The page built from the note, and the fragment (`#x`, or empty).
        case page(String, fragment: String)
    }

    /// Where a destination written in `source` leads: the one rule the renderer and the site plan share.
    package func target(of destination: String, source: String) -> Target {
        guard let (path, fragment) = Self.note(of: destination, source: source) else { return .notANote }
        guard let target = pages[path] else { return .missing }
        return .page(target, fragment: fragment)
    }

    /// The content-relative path of the note a relative `.md` link written in `source` names, and its fragment
    /// (`#x`, or empty); nil when the destination is not such a link.
    package static func note(of destination: String, source: String) -> (path: String, fragment: String)? {
        var path = destination
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        guard path.lowercased().hasSuffix(".md"),
            let resolved = SitePaths.resolve(URLPolicy.percentDecoded(path), against: source)
        else { return nil }
        return (resolved, fragment)
    }

    /// The rewritten destination of a relative link to a `.md` file; nil leaves the link as written.
    package func rewrite(_ destination: String, source: String, page: String, broken: BrokenLinks) -> String? {
        switch target(of: destination, source: source) {
        case .notANote: return nil
        case .missing:
            broken.add(destination)
            return nil
        case .page(let target, let fragment):
            return SitePaths.link(from: page, to: target) + fragment
        }
    }
}
