/// A Markdown body copied out of cmark into Swift values. Lines are lines of the file
/// (the front matter offset is already added).
public struct MarkdownDocument: Sendable, Hashable, Codable {
    /// Top-level blocks.
    public var blocks: [MarkdownBlock]

    /// A document from blocks.
    public init(blocks: [MarkdownBlock] = []) {
        self.blocks = blocks
    }
}

/// A block-level element.
// Only the cases with large payloads are boxed: arrays already give the recursion its indirection, and
// boxing every case cost a heap object per block (the trees of 10,500 notes are kept until rendered).
public enum MarkdownBlock: Sendable, Hashable, Codable {
    /// A paragraph.
    case paragraph([MarkdownInline], line: Int)
    /// A heading of level 1–6.
    case heading(level: Int, [MarkdownInline], line: Int)
    /// A block quote.
    case blockQuote([MarkdownBlock], line: Int)
    /// A bullet or ordered list.
    indirect case list(MarkdownList, line: Int)
    /// A fenced or indented code block.
    indirect case codeBlock(info: String, literal: String, line: Int)
    /// Raw HTML.
    case html(String, line: Int)
    /// A horizontal rule.
    case thematicBreak(line: Int)
    /// A pipe table (GitHub's extension, read from a paragraph's source lines).
    indirect case table(MarkdownTable, line: Int)

    /// The first line of the block in the file.
    public var line: Int {
        switch self {
        case .paragraph(_, let line), .heading(_, _, let line), .blockQuote(_, let line), .list(_, let line),
            .codeBlock(_, _, let line), .html(_, let line), .thematicBreak(let line), .table(_, let line):
            line
        }
    }
}
