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
        guard number >= 1 else { return "" }
        guard !text.utf8.contains(UInt8(ascii: "\r")) else {
            // "\r\n" is one character, not a line break, when splitting on "\n": keep that exact reading.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return number <= lines.count ? lines[number - 1] : ""
        }
        // Walk the bytes: a note is scanned once per located item, so no line array is built.
        let bytes = text.utf8
        var start = bytes.startIndex
        var remaining = number - 1
        while remaining > 0 {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return "" }
            start = bytes.index(after: newline)
            remaining -= 1
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        return text[start..<end]
    }

    /// The 1-based column of the first occurrence of `needle` on a line, if it occurs.
    public func column(of needle: String, onLine number: Int) -> Int? {
        let lineText = line(number)
        guard let range = lineText.firstRange(of: needle) else { return nil }
        return lineText.distance(from: lineText.startIndex, to: range.lowerBound) + 1
    }
}
