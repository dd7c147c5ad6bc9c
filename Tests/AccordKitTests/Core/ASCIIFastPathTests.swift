import Testing

@testable import AccordCore

/// The ASCII fast paths of `trimmed`, `isASCIILetterOrDigit` and `HeadingAnchors.isWordScalar` say what the
/// Unicode properties say.
@Suite struct ASCIIFastPathTests {
    /// `trimmed` as it was before its fast path: characters dropped from both ends while white space.
    static func slowTrimmed(_ text: Substring) -> String {
        var scalars = text
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    @Test(arguments: [
        "", " ", "a", " a", "a ", "\ta\n", "a b", "\r\n", "a\r\n", "x\u{0B}", "\u{0C}x", "\u{A0}a\u{A0}", "\u{2003}b",
        "a\u{0301}", "\u{0301}a", "é", " é ", "\u{85}z", "z\u{85}", "Do the thing (owner: Acme)", "日本 ",
    ])
    func trimmedIsTheSame(text: String) {
        #expect(text.trimmed == Self.slowTrimmed(text[...]))
        let wrapped = ("<" + text + ">").dropFirst().dropLast()
        #expect(wrapped.trimmed == Self.slowTrimmed(wrapped))
    }

    @Test func asciiLettersAndDigitsAreWhatTheirPropertiesSay() {
        for value in UInt8(0)...UInt8(127) {
            let character = Character(Unicode.Scalar(value))
            #expect(character.isASCIILetterOrDigit == (character.isLetter || character.isNumber), "\(value)")
            #expect(character.isASCIILetter == character.isLetter, "\(value)")
            let scalar = Unicode.Scalar(value)
            let properties = scalar.properties
            let slow =
                (properties.isAlphabetic || properties.numericType != nil
                    || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory))
                && !Escape.isForbidden(scalar)
            #expect(HeadingAnchors.isWordScalar(scalar) == slow, "\(value)")
        }
        #expect(!Character("\r\n").isASCIILetterOrDigit)
        #expect(!Character("é").isASCIILetterOrDigit)
        #expect(HeadingAnchors.isWordScalar("é"))
        #expect(HeadingAnchors.isWordScalar("\u{0301}"))
    }
}
