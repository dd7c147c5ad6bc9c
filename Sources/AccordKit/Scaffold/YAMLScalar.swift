/// Writes a string as a YAML scalar that reads back as the same string.
enum YAMLScalar {
    /// The text as is when YAML reads it back unchanged inside a flow sequence, else double-quoted.
    static func quoted(_ text: String) -> String {
        let special: Set<Character> = [
            ":", "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "?", "-",
        ]
        let needsQuotes =
            text.isEmpty || text.trimmed != text || text.contains(where: { special.contains($0) || $0.isNewline })
            || ["true", "false", "yes", "no", "null", "~", "on", "off"].contains(text.lowercased())
            || Double(text) != nil
        guard needsQuotes else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A flow sequence `[a, "b: c"]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}
