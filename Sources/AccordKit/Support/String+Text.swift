extension String {
    /// Replaces every occurrence of `target` (standard library only, the same on every platform).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return replacing(target, with: replacement)
    }
}

extension StringProtocol {
    /// The text with leading and trailing spaces, tabs and newlines removed.
    var trimmed: String {
        var scalars = self[...]
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Case folded, runs of white space collapsed to one space, trimmed, curly apostrophes read as `'`
    /// (smart punctuation turns `O'Brien` in a note's text into `O’Brien`): the form used to compare names.
    var foldedName: String {
        lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingAll("\u{2019}", with: "'").replacingAll("\u{2018}", with: "'")
    }
}
