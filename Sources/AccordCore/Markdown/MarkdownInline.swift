/// An inline element. Only links and images are boxed (see `MarkdownBlock`).
public enum MarkdownInline: Sendable, Hashable, Codable {
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
    indirect case link(destination: String, title: String, [MarkdownInline])
    /// An image.
    indirect case image(source: String, title: String, [MarkdownInline])
}
