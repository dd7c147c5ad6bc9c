import AccordCore

/// A portfolio cut down to what one view shows, and what was cut (for the leak check). Measuring and rendering
/// the cut portfolio is all a view needs: private notes, private sections' blocks and the records read from them
/// are gone before any metric, page, chart or `metrics.json` sees them. Lines stay the files' real lines.
public struct ViewCut: Sendable {
    /// The view.
    public var view: PortfolioView
    /// What the view shows.
    public var portfolio: Portfolio
    /// Every line left out, with where it is written.
    public var hidden: [PrivateText]
    /// Content-relative paths of the partnership files only left-out content links to (not copied).
    public var hiddenAssets: Set<String>
}

extension Partnership {
    /// True when the charter or a note has private content.
    public var hasPrivateContent: Bool {
        charter.privacy.hasPrivateContent || meetings.contains(where: \.privacy.hasPrivateContent)
    }
}

extension Portfolio {
    /// True when some note or charter has private content.
    public var hasPrivateContent: Bool { partnerships.contains(where: \.hasPrivateContent) }

    /// The party ids of every charter, sorted.
    public var partyIDs: [String] {
        Set(partnerships.flatMap { $0.charter.parties.map(\.id) }).sorted()
    }

    /// The ids of the parties that have private content somewhere, sorted: the views that differ from the joint one.
    public var partiesWithPrivateContent: [String] {
        var ids: Set<String> = []
        for partnership in partnerships {
            let privacies = [partnership.charter.privacy] + partnership.meetings.map(\.privacy)
            for privacy in privacies {
                for visibility in [privacy.visibility] + privacy.sections.map(\.visibility) {
                    if case .privateTo(let id) = visibility { ids.insert(id) }
                }
            }
        }
        return ids.sorted()
    }

    /// The portfolio as `view` shows it.
    public func cut(to view: PortfolioView) -> ViewCut {
        var hidden: [PrivateText] = []
        var hiddenAssets: Set<String> = []
        var kept: [Partnership] = []
        for partnership in partnerships {
            var cutter = PartnershipCutter(view: view, folder: "partnerships/\(partnership.slug)/")
            kept.append(cutter.cut(partnership))
            hidden += cutter.hidden
            hiddenAssets.formUnion(cutter.hiddenLinks.subtracting(cutter.shownLinks))
        }
        return ViewCut(
            view: view, portfolio: Portfolio(config: config, partnerships: kept), hidden: hidden,
            hiddenAssets: hiddenAssets)
    }
}

/// Cuts one partnership down to a view, noting the lines and the partnership files it leaves out.
package struct PartnershipCutter {
    package let view: PortfolioView
    /// `partnerships/<slug>/`: only files inside it are left out with the content that links to them.
    package let folder: String
    package var hidden: [PrivateText] = []
    package var hiddenLinks: Set<String> = []
    package var shownLinks: Set<String> = []

    package mutating func cut(_ partnership: Partnership) -> Partnership {
        // Nothing private: every view shows the partnership as it is (shared, not copied).
        guard partnership.hasPrivateContent else { return partnership }
        var charter = partnership.charter
        let charterHidden = charter.privacy.hiddenSections(in: view)
        if !charterHidden.isEmpty {
            let (shown, left) = split(charter.document.blocks, by: charterHidden, path: charter.path)
            note(left, path: charter.path)
            charter.document = MarkdownDocument(blocks: shown)
            charter.valueItems.removeAll { item in inside(item.location, charterHidden) }
            charter.links.removeAll { inside($0.location, charterHidden) }
        }
        if charter.privacy.hasPrivateContent {
            shownLinks.formUnion(links(charter.document.blocks, path: charter.path))
        }
        var meetings: [Meeting] = []
        for meeting in partnership.meetings {
            guard meeting.privacy.visibility.isShown(in: view) else {
                let blocks = meeting.document.blocks
                let texts = blocks.flatMap { $0.textLines() }.map {
                    ($0.text, SourceLocation(path: meeting.path, line: $0.line))
                }
                noteTexts(
                    [(meeting.title, meeting.dateLocation ?? SourceLocation(path: meeting.path))] + texts
                        + recordTexts(meeting, in: nil), visibility: meeting.privacy.visibility)
                hiddenLinks.formUnion(links(blocks, path: meeting.path))
                continue
            }
            meetings.append(cut(meeting))
        }
        // A copy of the partnership, so that what the cut does not touch (the charter's git history) is kept.
        var shown = partnership
        shown.charter = charter
        shown.meetings = meetings
        return shown
    }

    /// A shown note without the sections the view does not show.
    package mutating func cut(_ meeting: Meeting) -> Meeting {
        let sections = meeting.privacy.hiddenSections(in: view)
        guard !sections.isEmpty else {
            if meeting.privacy.hasPrivateContent {
                shownLinks.formUnion(links(meeting.document.blocks, path: meeting.path))
            }
            return meeting
        }
        var meeting = meeting
        let (shown, left) = split(meeting.document.blocks, by: sections, path: meeting.path)
        note(left, path: meeting.path)
        for section in sections {
            noteTexts(recordTexts(meeting, in: section), visibility: section.visibility)
        }
        shownLinks.formUnion(links(shown, path: meeting.path))
        meeting.decisions.removeAll { inside($0.location, sections) }
        meeting.actions.removeAll { inside($0.location, sections) }
        meeting.issues.removeAll { inside($0.location, sections) }
        meeting.wins.removeAll { inside($0.location, sections) }
        meeting.links.removeAll { inside($0.location, sections) }
        meeting.document = MarkdownDocument(blocks: shown)
        return meeting
    }

    /// The blocks a view shows, and those it leaves out with their section.
    package func split(_ blocks: [MarkdownBlock], by sections: [PrivateSection], path: String)
        -> (shown: [MarkdownBlock], left: [(MarkdownBlock, PrivateSection)])
    {
        var shown: [MarkdownBlock] = []
        var left: [(MarkdownBlock, PrivateSection)] = []
        for block in blocks {
            if let section = sections.first(where: { $0.contains(line: block.line) }) {
                left.append((block, section))
            } else {
                shown.append(block)
            }
        }
        return (shown, left)
    }

    package mutating func note(_ left: [(MarkdownBlock, PrivateSection)], path: String) {
        for (block, section) in left {
            let texts = block.textLines().map { ($0.text, SourceLocation(path: path, line: $0.line)) }
            noteTexts(texts, visibility: section.visibility)
            hiddenLinks.formUnion(links([block], path: path))
        }
    }

    package mutating func noteTexts(_ texts: [(String, SourceLocation)], visibility: Visibility) {
        for (text, location) in texts where !text.isEmpty {
            hidden.append(PrivateText(text: text, location: location, visibility: visibility))
        }
    }

    /// The texts of the records of a note, all of them or those of one section.
    package func recordTexts(_ meeting: Meeting, in section: PrivateSection?) -> [(String, SourceLocation)] {
        let all =
            meeting.decisions.map { ($0.text, $0.location) } + meeting.actions.map { ($0.text, $0.location) }
            + meeting.issues.map { ($0.text, $0.location) } + meeting.wins.map { ($0.text, $0.location) }
        guard let section else { return all }
        return all.filter { inside($0.1, [section]) }
    }

    /// The partnership files the blocks link to, as content-relative paths.
    package func links(_ blocks: [MarkdownBlock], path: String) -> Set<String> {
        var out: Set<String> = []
        for destination in blocks.flatMap({ $0.destinations() }) {
            let file = String(destination.prefix { $0 != "#" && $0 != "?" })
            if let resolved = SitePaths.resolve(URLPolicy.percentDecoded(file), against: path),
                resolved.hasPrefix(folder)
            {
                out.insert(resolved)
            }
        }
        return out
    }

    package func inside(_ location: SourceLocation, _ sections: [PrivateSection]) -> Bool {
        guard let line = location.line else { return false }
        return sections.contains { $0.contains(line: line) }
    }
}
