import Testing

@testable import AccordKit

/// `JSONText.quoted` copies plain strings and escapes the rest.
@Suite struct JSONTextTests {
    @Test func quotesPlainAndEscapedStrings() {
        #expect(JSONText.quoted("plain — text ’") == "\"plain — text ’\"")
        #expect(JSONText.quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
        #expect(JSONText.quoted("line\nbreak\ttab\u{01}") == "\"line\\nbreak\\ttab\\u0001\"")
        #expect(JSONText.quoted("x\u{2028}y\u{2029}z") == "\"x\\u2028y\\u2029z\"")
        #expect(JSONText.quoted("—\u{2028}") == "\"—\\u2028\"")
        #expect(JSONText.quoted("") == "\"\"")
    }
}
