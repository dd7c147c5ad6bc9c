/// HTML escaping for text, attributes and URLs, byte-for-byte like cmark's HTML renderer.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    public static func text(_ text: String) -> String {
        var out = ""
        appendText(text, to: &out)
        return out
    }

    /// Appends escaped text to `out`; `apostrophe` also escapes `'` (as swift-mustache does).
    public static func appendText(_ text: String, to out: inout String, apostrophe: Bool = false) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// Appends text escaped exactly as swift-mustache's HTML content type escapes a variable in a
    /// template without Accord's pragma (`& < > " '`, each only as a whole character: a quote followed
    /// by a combining mark is left as it is), for HTML built in Swift in place of such a template.
    public static func appendMustacheText(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += text
            return
        }
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
    }

    /// Escapes a URL for an `href`/`src` attribute: unsafe bytes percent-encoded, `&` and `'` as entities.
    public static func url(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "-_.+!*(),%#@?=;:/,$~".utf8.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" + hex : hex)
                }
            }
        }
        return out
    }

    /// True for URLs that safe mode empties: `javascript:`, `vbscript:`, `file:`, and `data:` except images.
    public static func isDangerous(_ url: String) -> Bool {
        let lowered = url.trimmed.lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") {
            return true
        }
        if lowered.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
        }
        return false
    }
}
