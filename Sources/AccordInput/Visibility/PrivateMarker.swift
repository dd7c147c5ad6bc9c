import AccordCore

/// The `(private: PARTY-ID)` marker at the end of an H2 heading (`private` in any case).
public enum PrivateMarker {
    /// A heading split into the title that names the section and the party id of its marker (trimmed,
    /// possibly empty); `party` is nil when the heading has no marker.
    public static func split(_ heading: String) -> (title: String, party: String?) {
        let text = heading.trimmed
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let word = inside.prefix { $0.isLetter }
        guard word.lowercased() == "private" else { return (text, nil) }
        var rest = inside.dropFirst(word.count)
        while rest.first == " " { rest = rest.dropFirst() }
        guard rest.first == ":" else { return (text, nil) }
        return (text[..<open].trimmed, rest.dropFirst().trimmed)
    }
}
