/// A Markdown body copied out of cmark into Swift values. Lines are lines of the file
/// (the front matter offset is already added).
public struct MarkdownDocument: Sendable, Hashable {
    /// Top-level blocks.
    public var blocks: [MarkdownBlock]

    /// A document from blocks.
    public init(blocks: [MarkdownBlock] = []) {
        self.blocks = blocks
    }
}

/// A block-level element.
public indirect enum MarkdownBlock: Sendable, Hashable {
    /// A paragraph.
    case paragraph([MarkdownInline], line: Int)
    /// A heading of level 1–6.
    case heading(level: Int, [MarkdownInline], line: Int)
    /// A block quote.
    case blockQuote([MarkdownBlock], line: Int)
    /// A bullet or ordered list.
    case list(MarkdownList, line: Int)
    /// A fenced or indented code block.
    case codeBlock(info: String, literal: String, line: Int)
    /// Raw HTML.
    case html(String, line: Int)
    /// A horizontal rule.
    case thematicBreak(line: Int)

    /// The first line of the block in the file.
    public var line: Int {
        switch self {
        case .paragraph(_, let line), .heading(_, _, let line), .blockQuote(_, let line), .list(_, let line),
             .codeBlock(_, _, let line), .html(_, let line), .thematicBreak(let line):
            line
        }
    }
}

/// A list and its items.
public struct MarkdownList: Sendable, Hashable {
    /// True for `1.` lists.
    public var isOrdered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// True when items are separated by blank lines.
    public var isTight: Bool
    /// The items.
    public var items: [MarkdownListItem]

    /// A list.
    public init(isOrdered: Bool, start: Int, isTight: Bool, items: [MarkdownListItem]) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}

/// Whether a list item is a task, and its state.
public enum TaskState: Sendable, Hashable {
    /// `[ ]`
    case open
    /// `[x]` or `[X]`
    case done
}

/// One list item; a task item has its `[ ]` marker removed from `blocks` and kept in `task`.
public struct MarkdownListItem: Sendable, Hashable {
    /// The task state, nil for a plain item.
    public var task: TaskState?
    /// The item's content.
    public var blocks: [MarkdownBlock]
    /// First line of the item.
    public var line: Int
    /// First column of the item (its marker).
    public var column: Int

    /// A list item.
    public init(task: TaskState?, blocks: [MarkdownBlock], line: Int, column: Int) {
        self.task = task
        self.blocks = blocks
        self.line = line
        self.column = column
    }
}

/// An inline element.
public indirect enum MarkdownInline: Sendable, Hashable {
    /// Text (adjacent text runs are merged).
    case text(String)
    /// A soft line break.
    case softBreak
    /// A hard line break.
    case lineBreak
    /// Inline code.
    case code(String)
    /// Raw inline HTML.
    case html(String)
    /// Emphasis.
    case emphasis([MarkdownInline])
    /// Strong emphasis.
    case strong([MarkdownInline])
    /// A link.
    case link(destination: String, title: String, [MarkdownInline])
    /// An image.
    case image(source: String, title: String, [MarkdownInline])
}
