import AccordCore

/// Decodes file bytes as UTF-8 text the way content files are specified: a BOM is dropped,
/// CRLF and lone CR become LF, and invalid bytes are reported with their line and column.
package enum TextDecoder {
    /// The outcome of decoding a file.
    package enum Result {
        /// Valid text.
        case text(String)
        /// Invalid UTF-8 at a 1-based line and column (columns count characters).
        case invalid(line: Int, column: Int)
    }

    package static func decode(_ bytes: [UInt8]) -> Result {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let bad = firstInvalidByte(body) {
            // Lines of the valid part, counted as the decoded text will count them (CRLF and CR end a line).
            let lines = body[body.startIndex..<bad].withUnsafeBufferPointer { LineIndex(bytes: $0) }
            let lineStart = body.startIndex + (lines.starts.last ?? 0)
            let column = String(decoding: body[lineStart..<bad], as: UTF8.self).count + 1
            return .invalid(line: lines.lineCount, column: column)
        }
        guard body.contains(UInt8(ascii: "\r")) else { return .text(String(decoding: body, as: UTF8.self)) }
        // CRLF and lone CR become LF in one pass over the bytes.
        var normalised: [UInt8] = []
        normalised.reserveCapacity(body.count)
        var previous: UInt8 = 0
        for byte in body {
            if byte == UInt8(ascii: "\n"), previous == UInt8(ascii: "\r") {
                previous = byte
                continue
            }
            normalised.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
            previous = byte
        }
        return .text(String(decoding: normalised, as: UTF8.self))
    }

    /// The index of the first byte at or after `start` that is not ASCII (or the end): eight bytes at a time.
    private static func endOfASCII(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let base = bytes.startIndex
            var offset = start - base
            while offset + 8 <= raw.count,
                raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                offset += 8
            }
            while offset < raw.count, raw[offset] < 0x80 { offset += 1 }
            return base + offset
        }
    }

    /// Index of the first byte that starts an invalid UTF-8 sequence, or nil when all are valid.
    package static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index = endOfASCII(bytes, from: index + 1)
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            guard index + length <= end else { return index }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
