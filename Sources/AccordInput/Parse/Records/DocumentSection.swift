import AccordCore

/// An H2 section of a document: its heading and the blocks up to the next H1 or H2.
public struct DocumentSection: Sendable, Hashable {
    /// The heading as plain text.
    public var title: String
    /// The heading normalised for matching (see `SectionName`).
    public var normalisedTitle: String
    /// The heading's line in the file.
    public var line: Int
    /// The blocks of the section.
    public var blocks: [MarkdownBlock]
    /// The party id of a `(private: …)` marker ending the heading (not part of `title`), if any.
    public var privateParty: String? = nil
}

extension MarkdownDocument {
    /// The H2 sections in order. A section runs to the next H1 or H2.
    public var sections: [DocumentSection] {
        var result: [DocumentSection] = []
        var current: DocumentSection?
        for block in blocks {
            if case .heading(let level, let inlines, let line) = block, level <= 2 {
                if let open = current { result.append(open) }
                current = nil
                if level == 2 {
                    let (title, party) = PrivateMarker.split(inlines.plainText)
                    current = DocumentSection(
                        title: title, normalisedTitle: SectionName.normalise(title),
                        line: line, blocks: [], privateParty: party)
                }
            } else {
                current?.blocks.append(block)
            }
        }
        if let open = current { result.append(open) }
        return result
    }

    /// The document without its first block when that is an H1 repeating `title` (the page shows the
    /// title already, and a page has one H1).
    public func droppingLeadingTitle(_ title: String) -> MarkdownDocument {
        guard case .heading(1, let inlines, _)? = blocks.first, inlines.plainText.foldedName == title.foldedName else {
            return self
        }
        return MarkdownDocument(blocks: Array(blocks.dropFirst()))
    }

    /// The first H1 heading's plain text, if any.
    public var firstTitle: String? {
        for case .heading(1, let inlines, _) in blocks {
            return inlines.plainText.trimmed
        }
        return nil
    }
}

extension DocumentSection {
    /// The top-level list items of the section (of every list directly in it).
    public var topLevelItems: [MarkdownListItem] {
        blocks.flatMap { block -> [MarkdownListItem] in
            if case .list(let list, _) = block { return list.items }
            return []
        }
    }
}
