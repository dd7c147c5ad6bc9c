import Mustache

/// The same escaping as swift-mustache's HTML content type (`& < > " '`), without the per-character
/// dictionary look-up: most values need no escaping and are returned as they are. Templates opt in
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
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
