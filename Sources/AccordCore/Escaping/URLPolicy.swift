/// Which URLs a page may link to or load: http, https, mailto, relative and fragment URLs only.
///
/// The decision is taken on what a browser would see, whatever the spelling: the URL as written and
/// as it reads once HTML entities (`&#106;`, `&colon;`) and percent-escapes (`%6A`) are decoded, each
/// with tab, line feed and carriage return removed, leading controls and spaces stripped, invisible
/// format characters removed, and the scheme compared without regard to case.
public enum URLPolicy {
    /// The schemes a link or an image may use.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Schemes that run script or load local or inline content: what `extra` text may not be.
    package static let executableSchemes: Set<String> = [
        "javascript", "vbscript", "livescript", "data", "file", "blob", "filesystem",
    ]

    /// True when `url` is relative, a fragment, or uses an allowed scheme in every reading.
    public static func allows(_ url: String) -> Bool {
        readings(of: url).allSatisfy { reading in
            guard let scheme = scheme(of: reading) else { return true }
            return allowedSchemes.contains(scheme)
        }
    }

    /// True when some reading of `text` is a URL with a scheme that runs script or loads local or
    /// inline content (`javascript:`, `data:`, `file:`…): such `extra` values are emptied, since a
    /// template may print them into an `href`.
    public static func isExecutable(_ text: String) -> Bool {
        readings(of: text).contains { reading in
            scheme(of: reading).map { executableSchemes.contains($0) } ?? false
        }
    }

    /// The scheme of a cleaned URL, lower-cased: the text before the first `:` when that comes before
    /// any `/`, `\`, `?` or `#`; nil for a relative or fragment URL. A colon there always counts, so
    /// `java script:x` or `a%3Ab:c` are treated as schemes (and refused), never as relative paths.
    package static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case ":": return scheme.lowercased()
            case "/", "\\", "?", "#": return nil
            default: scheme.unicodeScalars.append(scalar)
            }
        }
        return nil
    }

    /// The URL as written and decoded (entities, then percent-escapes, repeated while that changes
    /// it, a few rounds at most), each cleaned as a browser's URL parser cleans it.
    package static func readings(of url: String) -> [String] {
        var readings = [clean(url)]
        var current = url
        for _ in 0..<4 {
            let decoded = percentDecoded(entityDecoded(current))
            if decoded == current { break }
            readings.append(clean(decoded))
            current = decoded
        }
        return readings
    }

    /// Removes tab, line feed, carriage return and invisible characters anywhere, and controls and
    /// spaces at the start (as the WHATWG URL parser does, and more).
    package static func clean(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0xA0).contains(value) || isInvisible(value) { continue }
            if scalar == " " && out.isEmpty { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Format characters that show nothing: zero-width spaces and joiners, bidi controls, BOM, soft hyphen.
    package static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: true
        default: false
        }
    }

    /// Decodes `%XX` escapes (as UTF-8, invalid sequences replaced).
    package static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes numeric character references (`&#106;`, `&#x6A`, with or without `;`) and the named
    /// references that spell URL punctuation or whitespace.
    package static func entityDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let (decoded, length) = reference(in: scalars, at: index) else {
                out.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            out += decoded
            index += length
        }
        return out
    }

    /// Named references that matter to a URL's scheme or its separators.
    package static let namedReferences: [String: String] = [
        "colon": ":", "Tab": "\t", "NewLine": "\n", "sol": "/", "bsol": "\\", "quest": "?", "num": "#",
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "period": ".",
        "lpar": "(", "rpar": ")", "semi": ";", "comma": ",", "plus": "+", "equals": "=", "percnt": "%",
    ]

    /// The reference starting at `start` (an `&`) and how many scalars it spans, or nil.
    package static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "#" {
            index += 1
            let isHex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
            if isHex { index += 1 }
            var value: UInt32 = 0
            var digits = 0
            while index < scalars.count, let digit = isHex ? hexValue(scalars[index]) : decimalValue(scalars[index]) {
                value = min(value &* (isHex ? 16 : 10) &+ UInt32(digit), 0x110000)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            return (String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"), index - start)
        }
        var name = ""
        while index < scalars.count,
            scalars[index].properties.isASCIIHexDigit || ("A"..."Z").contains(scalars[index])
                || ("a"..."z").contains(scalars[index]), name.unicodeScalars.count < 10
        {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let decoded = namedReferences[name] else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return (decoded, index - start)
    }

    package static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    package static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.isASCII ? hexValue(UInt8(scalar.value)) : nil
    }

    package static func decimalValue(_ scalar: Unicode.Scalar) -> UInt8? {
        ("0"..."9").contains(scalar) ? UInt8(scalar.value - 48) : nil
    }
}
