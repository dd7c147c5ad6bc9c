extension String {
    /// Replaces every occurrence of `target` (standard library only, the same on every platform).
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return replacing(target, with: replacement)
    }
}

extension StringProtocol {
    /// The text with leading and trailing spaces, tabs and newlines removed.
    package var trimmed: String {
        var scalars = self[...]
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Case folded, runs of white space collapsed to one space, trimmed, curly apostrophes read as `'`
    /// (smart punctuation turns `O'Brien` in a note's text into `O’Brien`): the form used to compare names.
    package var foldedName: String {
        // ASCII fast path over the contiguous bytes: the same result without Unicode property look-ups or
        // a generic iterator (metrics fold every attendee's name at every history date).
        let ascii =
            utf8.withContiguousStorageIfAvailable(Self.foldedASCII)
            ?? Array(utf8).withUnsafeBufferPointer(Self.foldedASCII)
        if let ascii { return ascii }
        // Curly apostrophes (from smart punctuation) compare as straight ones: O’Brien = O'Brien.
        return lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingAll("\u{2019}", with: "'").replacingAll("\u{2018}", with: "'")
    }

    /// The folded form of ASCII bytes (lower case, runs of white space as one space, trimmed); nil when a
    /// byte is not ASCII.
    private static func foldedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                out[count] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }
}
