/// Normalises section headings so that `## 3. Issue-resolution` matches "Issue resolution":
/// case folded, a leading number like `1.` or `2)` dropped, `&` read as `and`,
/// punctuation turned into spaces, spaces collapsed.
public enum SectionName {
    /// The normalised form of a heading or a required section name.
    public static func normalise(_ heading: String) -> String {
        var text = Substring(heading.lowercased().trimmed)
        // Drop a leading number such as `1.`, `2)` or `10.` (also `1.2.`).
        var index = text.startIndex
        while index < text.endIndex, text[index].isASCII, text[index].isNumber || text[index] == "." {
            index = text.index(after: index)
        }
        if index > text.startIndex, index < text.endIndex {
            var rest = text[index...]
            if rest.first == ")" { rest = rest.dropFirst() }
            if rest.first == " " || rest.first == "\t" || text[text.index(before: index)] == "." || text[index] == ")" {
                text = rest
            }
        }
        var out = ""
        for character in text {
            if character == "&" {
                out += " and "
            } else if character.isASCII ? character.isASCIILetterOrDigit : character.isLetter || character.isNumber {
                out.append(character)
            } else {
                out += " "
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }
}
