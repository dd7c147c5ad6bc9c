import Mustache

/// The same escaping as swift-mustache's HTML content type (`& < > " '`), without its per-character
/// dictionary look-up: most values need no escaping and are copied as they are. Templates opt in
/// with the pragma `{{% CONTENT_TYPE: ACCORD_HTML}}`; without it they still get the library's escaping.
struct FastHTMLContentType: MustacheContentType {
    /// The name templates use in the pragma.
    static let name = "ACCORD_HTML"

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        var out = ""
        HTMLEscaping.appendText(text, to: &out, apostrophe: true)
        return out
    }
}
