/// The fragments a link may name on a note's page (`note.md#fragment`): its heading ids and the `L<line>` anchors
/// of its lines.
public struct NoteAnchors: Sendable, Hashable, Codable {
    /// The ids of the note's headings (`HeadingAnchors`).
    public var headings: Set<String>
    /// The number of lines of the note's file.
    public var lineCount: Int

    /// The anchors of a note.
    public init(headings: Set<String> = [], lineCount: Int = 0) {
        self.headings = headings
        self.lineCount = lineCount
    }

    /// Whether the page of the note has the fragment (written without its `#`, percent-decoded).
    public func has(_ fragment: String) -> Bool {
        if fragment.isEmpty || headings.contains(fragment) { return true }
        guard fragment.first == "L", let line = Int(fragment.dropFirst()), String(line) == fragment.dropFirst() else {
            return false
        }
        return (1...max(1, lineCount)).contains(line)
    }
}
