extension Array where Element == MarkdownInline {
    /// The text a reader sees: markup dropped, breaks as spaces, inline code kept, raw HTML dropped.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    package func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .html: break
            case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children):
                children.appendPlainText(to: &out)
            }
        }
    }
}

extension MarkdownBlock {
    /// The plain text of a block (paragraphs and headings; nested blocks joined by spaces).
    public var plainText: String {
        switch self {
        case .paragraph(let inlines, _), .heading(_, let inlines, _): inlines.plainText
        case .blockQuote(let blocks, _): blocks.map(\.plainText).joined(separator: " ")
        case .list(let list, _):
            list.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .codeBlock(_, let literal, _): literal
        case .html, .thematicBreak: ""
        case .table(let table, _):
            ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        }
    }
}

extension MarkdownListItem {
    /// The inlines of the item's first paragraph (its own text, without nested lists).
    public var leadInlines: [MarkdownInline] {
        if case .paragraph(let inlines, _)? = blocks.first { return inlines }
        return []
    }

    /// The plain text of the item's first paragraph.
    public var leadText: String { leadInlines.plainText }
}
