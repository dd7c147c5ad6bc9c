/// A Markdown body kept as text with the number of file lines before it (`accord new meeting` copies
/// records from it verbatim). The parsed tree is `Meeting.document`: AccordInput parses each note once.
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
