import Testing

@testable import AccordKit

/// The compact form writes a long string once and refers back to it by number, and only to the very same bytes.
@Suite struct CompactInterningTests {
    @Test func aRepeatedLongStringIsWrittenOnce() throws {
        let path = "partnerships/acme/meetings/2026-01-05.md"
        let once = try CompactEncoder.encode([path])
        let twice = try CompactEncoder.encode([path, path])
        // Count (4 bytes), then the length (even) and the bytes; the second is one odd number: 2 × 0 + 1.
        #expect(once.count == 4 + 1 + path.utf8.count)
        #expect(twice.count == once.count + 1)
        #expect(twice.last == 1)
        #expect(try CompactDecoder.decode([String].self, from: twice) == [path, path])
    }

    @Test func canonicallyEquivalentSpellingsKeepTheirOwnBytes() throws {
        // Equal as Swift strings (canonical equivalence), different bytes: each comes back as it was written.
        let composed = "Caf\u{E9} meeting notes, week one"
        let decomposed = "Cafe\u{301} meeting notes, week one"
        #expect(composed == decomposed)
        let decoded = try CompactDecoder.decode([String].self, from: try CompactEncoder.encode([composed, decomposed]))
        #expect(decoded.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
    }
}
