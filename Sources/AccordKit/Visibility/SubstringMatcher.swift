import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

/// Finds which of many byte strings occur in a text in one pass over the text: a rolling 8-byte window is
/// looked up in a 64 Ki-bit filter, then in a table of the patterns that start with those 8 bytes, and only
/// then compared. The cost is linear in the text (plus the few verified hits), not patterns × text.
package struct SubstringMatcher: Sendable {
    /// The patterns, as given.
    package let patterns: [[UInt8]]
    /// Patterns of at least 8 bytes by their first 8 bytes.
    private let byPrefix: [UInt64: [Int]]
    /// Bit `hash(prefix)` set for every prefix in `byPrefix`.
    private let filter: [UInt64]
    /// Patterns shorter than 8 bytes, searched directly (rare: the leak check's lines have 12 characters or more).
    private let short: [Int]

    /// A matcher for the patterns; empty patterns never match.
    package init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        var byPrefix: [UInt64: [Int]] = [:]
        var filter = [UInt64](repeating: 0, count: 1 << 10)
        var short: [Int] = []
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            guard pattern.count >= 8 else {
                short.append(index)
                continue
            }
            var key: UInt64 = 0
            for byte in pattern[0..<8] { key = key << 8 | UInt64(byte) }
            byPrefix[key, default: []].append(index)
            let bit = Self.bit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.byPrefix = byPrefix
        self.filter = filter
        self.short = short
    }

    package static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// True when there is nothing to look for.
    package var isEmpty: Bool { byPrefix.isEmpty && short.isEmpty }

    /// The indices of the patterns that occur in `text`, ascending.
    package func matches(in text: [UInt8]) -> [Int] {
        var found: Set<Int> = []
        text.withUnsafeBufferPointer { bytes in
            var key: UInt64 = 0
            for index in 0..<bytes.count {
                key = key << 8 | UInt64(bytes[index])
                guard index >= 7 else { continue }
                let bit = Self.bit(key)
                guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = byPrefix[key] else { continue }
                let start = index - 7
                for candidate in candidates where !found.contains(candidate) {
                    let pattern = patterns[candidate]
                    guard start + pattern.count <= bytes.count else { continue }
                    var equal = true
                    var offset = 8
                    while offset < pattern.count {
                        if bytes[start + offset] != pattern[offset] {
                            equal = false
                            break
                        }
                        offset += 1
                    }
                    if equal { found.insert(candidate) }
                }
            }
        }
        for candidate in short where !found.contains(candidate) && Self.contains(text, patterns[candidate]) {
            found.insert(candidate)
        }
        return found.sorted()
    }

    package static func contains(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard pattern.count <= text.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}
