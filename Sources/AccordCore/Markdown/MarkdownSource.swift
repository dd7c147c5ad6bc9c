/// A Markdown body kept as text with the number of file lines before it. Meeting notes keep their
/// body this way and parse it again when their page is rendered: the parse trees of every note of a
/// large portfolio would hold several times the memory of the text.
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

    /// The body parsed by cmark, lines counted in the file.
    public func parse() -> MarkdownDocument {
        CmarkParser.parse(text, lineOffset: lineOffset)
    }
}
