/// The `(due 2026-03-26, done 2026-03-18)` part at the end of an item, split into keyed values.
package struct TrailingParenthesis {
    /// One `key value` part.
    package struct Part {
        package var key: String
        package var value: String
    }

    /// The text before the parenthesis, trimmed.
    package var text: String
    /// The parts, in the written order.
    package var parts: [Part]

    /// Splits a trailing parenthesis off `text` when at least one of its comma-separated parts starts
    /// with one of `keys` (followed by a space or `:`); otherwise the text is returned whole.
    package static func split(_ text: String, keys: [String]) -> TrailingParenthesis {
        let trimmed = text.trimmed
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else {
            return TrailingParenthesis(text: trimmed, parts: [])
        }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        var parts: [Part] = []
        for piece in inside.split(separator: ",") {
            let words = piece.trimmed
            let key = words.prefix { $0.isASCII ? $0.isASCIILetter : $0.isLetter }.lowercased()
            var value = words.dropFirst(key.count)[...]
            while value.first == ":" || value.first == " " { value = value.dropFirst() }
            parts.append(Part(key: key, value: value.trimmed))
        }
        guard parts.contains(where: { keys.contains($0.key) }) else {
            return TrailingParenthesis(text: trimmed, parts: [])
        }
        return TrailingParenthesis(text: trimmed[..<open].trimmed, parts: parts)
    }
}
