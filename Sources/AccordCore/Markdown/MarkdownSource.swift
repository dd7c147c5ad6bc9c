/// A Markdown body kept as text with the number of file lines before it. Meeting notes keep their
/// body this way: the parse trees of every note of a large portfolio would hold several times the memory
/// of the text. Only AccordInput can parse it (`Meeting.reparsedDocument`).
public struct MarkdownSource: Sendable, Hashable {
    /// The Markdown text.
    public var text: String
    /// Number of file lines before the text's first line (the front matter).
    public var lineOffset: Int

    /// A body from its text and line offset.
    public init(text: String = "", lineOffset: Int = 0) {
        self.text = text
        self.lineOffset = lineOffset
    }
}
