/// A text file read from the content folder: BOM dropped, CRLF and CR turned into LF.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/` separators.
    public var path: String
    /// The decoded text.
    public var text: String

    /// A source file from its path and already-normalised text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of one 1-based line, without its newline; empty when out of range.
    public func line(_ number: Int) -> Substring {
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return "" }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return text[start..<end]
    }

    /// The 1-based column of the first occurrence of `needle` on a line, if it occurs.
    public func column(of needle: String, onLine number: Int) -> Int? {
        let lineText = line(number)
        guard let range = lineText.firstRange(of: needle) else { return nil }
        return lineText.distance(from: lineText.startIndex, to: range.lowerBound) + 1
    }
}
