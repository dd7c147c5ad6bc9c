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
        // Most texts have nothing to trim: a first and a last byte that are ASCII and not white space begin and
        // end characters that are not white space (an ASCII letter never joins the character before it).
        let plainEnds =
            utf8.withContiguousStorageIfAvailable { bytes in
                guard let first = bytes.first, let last = bytes.last else { return false }
                return first < 0x80 && last < 0x80 && !Self.isASCIISpace(first) && !Self.isASCIISpace(last)
            } ?? false
        if plainEnds { return String(self) }
        var scalars = self[...]
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// True for the ASCII bytes that are white space (tab, line feed, vertical tab, form feed, return, space).
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

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

extension Character {
    /// An ASCII letter or digit: for an ASCII character, what `isLetter || isNumber` says, without a look-up of
    /// Unicode properties.
    package var isASCIILetterOrDigit: Bool { isASCIILetter || (0x30...0x39).contains(asciiValue ?? 0) }

    /// An ASCII letter: for an ASCII character, what `isLetter` says.
    package var isASCIILetter: Bool { (0x61...0x7A).contains((asciiValue ?? 0) | 0x20) }
}
