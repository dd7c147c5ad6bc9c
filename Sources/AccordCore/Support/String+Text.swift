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
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // Curly apostrophes (from smart punctuation) compare as straight ones: O’Brien = O'Brien.
            return lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                .replacingAll("\u{2019}", with: "'").replacingAll("\u{2018}", with: "'")
        }
        // ASCII fast path: the same result without Unicode property look-ups (a hot path in metrics).
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
