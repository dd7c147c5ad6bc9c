/// The UTF-8 offset where each line of a text starts, computed once in one pass, so that a line's text
/// or the line of an offset costs O(1) or a binary search instead of a walk from the first byte.
/// A line ends at `\n`, `\r\n` or a lone `\r` (the line breaks of CommonMark and YAML).
public struct LineIndex: Sendable, Hashable {
    /// `starts[n - 1]` is the offset of line `n`'s first byte; there is always a line 1.
    public let starts: [Int]
    /// `ends[n - 1]` is the offset just past line `n`'s last byte, before its line break.
    public let ends: [Int]

    /// Indexes a text in one pass over its UTF-8 bytes.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { LineIndex(bytes: $0) }
    }

    /// Indexes UTF-8 bytes in one pass.
    public init(bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        var ends: [Int] = []
        var offset = 0
        let count = bytes.count
        // Notes run about 40 bytes a line: room for most without growing the arrays again and again.
        starts.reserveCapacity(count / 32 + 2)
        ends.reserveCapacity(count / 32 + 2)
        while offset < count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                ends.append(offset)
                offset += 1
                starts.append(offset)
            case UInt8(ascii: "\r"):
                ends.append(offset)
                offset += offset + 1 < count && bytes[offset + 1] == UInt8(ascii: "\n") ? 2 : 1
                starts.append(offset)
            default:
                offset += 1
            }
        }
        ends.append(count)
        self.starts = starts
        self.ends = ends
    }

    /// The number of lines (a text ending with a line break has an empty last line).
    public var lineCount: Int { starts.count }

    /// The UTF-8 offsets of a 1-based line, without its line break; nil when out of range.
    public func byteRange(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        return starts[number - 1]..<ends[number - 1]
    }

    /// The 1-based line holding a UTF-8 offset (an offset inside a line break belongs to the line it ends).
    public func line(atByteOffset offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The text of a 1-based line of `text` (the text this index was built from), without its line break;
    /// empty when out of range.
    public func line(_ number: Int, in text: String) -> Substring {
        guard let range = byteRange(ofLine: number) else { return "" }
        let utf8 = text.utf8
        guard range.upperBound <= utf8.count else { return "" }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }
}
