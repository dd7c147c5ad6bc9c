/// The one escaper of Accord: every piece of user text that reaches a page, a chart, a stylesheet or
/// a terminal goes through one of these functions, chosen by the context it is written into.
///
/// All of them work on Unicode scalars, never on grapheme clusters: a `"` followed by a combining
/// accent (U+0301) is still a `"`, and `<` followed by U+0338 is still a `<`.
public enum Escape {
    /// Characters HTML and XML forbid or that have no business in a page: C0 controls other than
    /// tab, line feed, form feed and carriage return, DEL, C1 controls, and noncharacters.
    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D: return false
        case 0..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    // MARK: HTML text and attributes

    /// HTML element text: `& < > "` as entities (cmark's set), forbidden characters as U+FFFD.
    public static func html(_ text: String) -> String {
        var out = ""
        appendHTML(text, to: &out)
        return out
    }

    /// Appends `text` escaped as HTML element text (see `html(_:)`) to `out`.
    public static func appendHTML(_ text: String, to out: inout String) {
        appendMarkup(text, to: &out, apostrophe: false)
    }

    /// An attribute value, quoted with `"` or `'`, and any value a template prints: `& < > " '` as
    /// entities, forbidden characters as U+FFFD. Safe in element text too.
    public static func attribute(_ text: String) -> String {
        var out = ""
        appendAttribute(text, to: &out)
        return out
    }

    /// Appends `text` escaped as an attribute value (see `attribute(_:)`) to `out`.
    public static func appendAttribute(_ text: String, to out: inout String) {
        appendMarkup(text, to: &out, apostrophe: true)
    }

    /// The shared loop of `html` and `attribute`: copies runs that need nothing, replaces the rest. Runs are
    /// appended as substrings: `unicodeScalars.append(contentsOf:)` rebuilds the whole string each time, which made
    /// escaping into a growing page quadratic (a 10 MB note took 4× the CPU per MB of a 1 MB one).
    package static func appendMarkup(_ text: String, to out: inout String, apostrophe: Bool) {
        // Most texts need nothing: their bytes are checked as one contiguous buffer.
        let plain =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.allSatisfy { isPlainASCII($0, apostrophe: apostrophe) }
            } ?? text.utf8.allSatisfy { isPlainASCII($0, apostrophe: apostrophe) }
        if plain {
            out += text
            return
        }
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let replacement: String?
            switch scalar {
            case "&": replacement = "&amp;"
            case "<": replacement = "&lt;"
            case ">": replacement = "&gt;"
            case "\"": replacement = "&quot;"
            case "'" where apostrophe: replacement = "&#39;"
            default: replacement = isForbidden(scalar) ? "\u{FFFD}" : nil
            }
            if let replacement {
                out.append(contentsOf: Substring(scalars[runStart..<index]))
                out += replacement
                index = scalars.index(after: index)
                runStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        out.append(contentsOf: Substring(scalars[runStart..<index]))
    }

    /// True for an ASCII byte that HTML text (or an attribute, with `apostrophe`) takes as it is.
    @inline(__always)
    package static func isPlainASCII(_ byte: UInt8, apostrophe: Bool) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22: return false
        case 0x27: return !apostrophe
        case 0x09, 0x0A, 0x0C, 0x0D: return true
        default: return byte >= 0x20 && byte < 0x7F
        }
    }

    // MARK: URLs

    /// A URL for an `href` or `src` attribute: empty unless `URLPolicy` allows it; otherwise bytes
    /// outside the URL set percent-encoded (as cmark does) and `&`, `'` as entities.
    public static func url(_ url: String) -> String {
        guard URLPolicy.allows(url) else { return "" }
        return encodedURL(url)
    }

    /// The percent-encoding and entity step of `url(_:)`, for a URL already checked by `URLPolicy`.
    package static func encodedURL(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "-_.+!*(),%#@?=;:/$~".utf8.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    out += percent(byte)
                }
            }
        }
        return out
    }

    /// `%XX` for one byte, upper-case hex.
    package static func percent(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }

    // MARK: SVG and XML

    /// SVG/XML text and attribute values: `& < > " '` as entities; characters XML forbids dropped.
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0C}": continue  // allowed in HTML, not in XML 1.0
            default:
                if !isForbidden(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    // MARK: CSS

    /// A CSS string's content (between `"` quotes in a stylesheet or a `style` attribute): every
    /// scalar other than ASCII letters, digits, space, `-`, `_`, `.`, `,`, `%` and `#` as a `\HEX `
    /// escape; forbidden characters dropped. The result holds no `"`, `'`, `\`, `<`, `&` or newline.
    public static func css(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", "-", "_", ".", ",", "%", "#":
                out.unicodeScalars.append(scalar)
            default:
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return out
    }

    // MARK: Markdown (accord diff)

    /// User text for one line of Markdown (a pull-request comment, after the line's own start): on one line
    /// (`line(_:)`), with a backslash before every character that could start markup, a link, an image, HTML,
    /// a mention, an issue reference or math in GitHub's Markdown; other text is left as written.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in line(text).unicodeScalars {
            if markdownSpecials.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// The characters `markdown(_:)` escapes.
    static let markdownSpecials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "|", "~",
        "@", "#", "$",
    ]

    // MARK: One line of a terminal or log

    /// User text for one line of a diagnostic: newline, carriage return and tab as `\n`, `\r`, `\t`;
    /// other C0 and C1 controls, DEL, line and paragraph separators and bidirectional controls as
    /// `\u{…}`. The result never starts a new line nor reorders what follows it.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsLineEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsLineEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// True for a scalar that `line(_:)` must escape.
    package static func needsLineEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        default: return false
        }
    }
}
