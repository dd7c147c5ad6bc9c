import AccordCore

/// A text file read from the content folder: BOM dropped, CRLF and CR turned into LF, lines indexed once.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/` separators.
    public let path: String
    /// The decoded text.
    public let text: String
    /// Where each line of `text` starts: every line and column of the file is found through it.
    public let lines: LineIndex

    /// A source file from its path and already-normalised text; its lines are indexed here, once.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        lines = LineIndex(text)
    }

    /// The text of one 1-based line, without its line break; empty when out of range.
    public func line(_ number: Int) -> Substring {
        lines.line(number, in: text)
    }

    /// The 1-based column of the first occurrence of `needle` on a line, if it occurs (columns count characters).
    public func column(of needle: String, onLine number: Int) -> Int? {
        let lineText = line(number)
        guard let range = lineText.firstRange(of: needle) else { return nil }
        return lineText.distance(from: lineText.startIndex, to: range.lowerBound) + 1
    }

    /// Equal files have the same path and text (the line index follows from the text).
    public static func == (left: SourceFile, right: SourceFile) -> Bool {
        left.path == right.path && left.text == right.text
    }

    /// Hashes the path and text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(text)
    }
}
