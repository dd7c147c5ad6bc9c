import Testing

@testable import AccordCore

/// A text in pieces has the fingerprint of the whole text, whatever the cuts (`ContentHash(concatenating:)`).
@Suite struct ContentHashTests {
    @Test(arguments: [
        [], [""], ["a"], ["abcdefgh"], ["abc", "defgh"], ["abcdefg", "h", "ijklmnopq"], ["", "x", "", "12345678", ""],
        ["é—", "漢字 über", "🙂", "ten bytes!", "seventeen bytes.."],
    ])
    func piecesHashAsTheirConcatenation(parts: [String]) {
        #expect(ContentHash(concatenating: parts) == ContentHash(parts.joined()))
    }

    @Test func everyCutOfALongTextHashesTheSame() {
        let text = String((0..<67).map { Character(UnicodeScalar(UInt8(33 + $0 % 90))) })
        let whole = ContentHash(text)
        let bytes = Array(text.utf8)
        for first in 0...bytes.count {
            for second in first...min(bytes.count, first + 9) {
                let parts = [bytes[..<first], bytes[first..<second], bytes[second...]].map {
                    String(decoding: $0, as: UTF8.self)
                }
                #expect(ContentHash(concatenating: parts) == whole, "cut at \(first) and \(second)")
            }
        }
        #expect(ContentHash(concatenating: [text, "!"]) != whole)
    }
}
