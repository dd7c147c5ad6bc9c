/// Small helpers to write JSON by hand, with a stable key order and number format.
package enum JSONText {
    /// A JSON string literal; `escapingInvisibles` also writes DEL, C1 controls and bidirectional
    /// controls as `\uXXXX` (for diagnostics, whose lines a terminal shows).
    package static func quoted(_ text: String, escapingInvisibles: Bool = false) -> String {
        // Most strings need no escape: no control byte, quote, backslash, U+2028 or U+2029 (E2 80 A8/A9).
        if !needsEscape(text) && !(escapingInvisibles && text.unicodeScalars.contains(where: Escape.needsLineEscape)) {
            return "\"" + text + "\""
        }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}"
                    || (escapingInvisibles && Escape.needsLineEscape(scalar))
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// True when a string has a byte or scalar that `quoted` must escape.
    package static func needsEscape(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
