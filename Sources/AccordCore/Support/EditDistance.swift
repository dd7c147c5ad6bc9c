/// "Did you mean" suggestions by edit distance.
package enum EditDistance {
    /// Edit distance between two strings, by characters (Levenshtein plus the swap of two
    /// adjacent characters as one edit, so `titel` is one edit from `title`).
    package static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` when it is close enough to be a likely typo.
    package static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.count
        var best: (String, Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            // The distance is at least the difference in length, and no suggestion is further than 3 edits:
            // skipping those keeps a long word (a pasted paragraph) from costing its length times each candidate's.
            guard abs(other.count - length) <= 3 else { continue }
            let distance = between(lowered, other)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, max(word.count, candidate.count) / 3))
        return distance <= limit ? candidate : nil
    }
}
