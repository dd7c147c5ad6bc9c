import Testing

@testable import AccordKit

/// The one escaper, context by context: scalar based, so a combining mark never hides a quote.
@Suite struct EscapeTests {
    @Test func htmlTextEscapesMarkupAndReplacesControls() {
        #expect(Escape.html("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; 'd' &gt; e")
        #expect(Escape.html("\"\u{301}") == "&quot;\u{301}")
        #expect(Escape.html("<\u{338}") == "&lt;\u{338}")
        let nonCharacters = String(String.UnicodeScalarView([0xFFFE, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init)))
        #expect(
            Escape.html("a\u{0}b\u{1B}c\u{7F}d\u{85}e" + nonCharacters)
                == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(Escape.html("tab\tline\nform\u{0C}cr\r") == "tab\tline\nform\u{0C}cr\r")
        #expect(Escape.html("Zoë ≮ 東京 👩🏽‍💻") == "Zoë ≮ 東京 👩🏽‍💻")
        #expect(Escape.html("") == "")
    }

    @Test func attributeAlsoEscapesTheApostrophe() {
        #expect(Escape.attribute("O'Brien \"x\" <y> & z") == "O&#39;Brien &quot;x&quot; &lt;y&gt; &amp; z")
        #expect(Escape.attribute("'\u{301}") == "&#39;\u{301}")
        #expect(Escape.attribute("\"\u{301} onfocus=\"alert(1)") == "&quot;\u{301} onfocus=&quot;alert(1)")
        #expect(Escape.attribute("\u{D4E}\"x") == "\u{D4E}&quot;x")  // a prepended letter and a quote form one grapheme
        #expect(Escape.attribute("\u{0}") == "\u{FFFD}")
        var out = "<p title=\""
        Escape.appendAttribute("a\"b", to: &out)
        #expect(out == "<p title=\"a&quot;b")
    }

    @Test func noEscapedValueHoldsARawQuoteOrAngleBracket() {
        let marks: [Unicode.Scalar] = ["\u{301}", "\u{338}", "\u{20DD}", "\u{200D}", "\u{FE0F}", "\u{D4E}", "\u{600}"]
        for special in ["\"", "'", "<", ">", "&"] {
            for mark in marks {
                for text in [special + String(mark), String(mark) + special, String(mark) + special + String(mark)] {
                    let escaped = Escape.attribute(text)
                    #expect(!escaped.unicodeScalars.contains { "\"'<>".unicodeScalars.contains($0) }, "\(escaped)")
                    #expect(!Escape.xml(text).unicodeScalars.contains { "\"'<>".unicodeScalars.contains($0) })
                }
            }
        }
    }

    @Test func xmlEscapesAndDropsWhatXMLForbids() {
        #expect(Escape.xml("R&D <Lab> \"x\" 'y'") == "R&amp;D &lt;Lab&gt; &quot;x&quot; &#39;y&#39;")
        #expect(Escape.xml("\"\u{301}<\u{338}") == "&quot;\u{301}&lt;\u{338}")
        #expect(Escape.xml("a\u{0}b\u{1B}c\u{0C}d\u{85}e" + String(Unicode.Scalar(0xFFFF)!) + "f") == "abcdef")
        #expect(Escape.xml("a\tb\nc\rd") == "a\tb\nc\rd")
    }

    @Test func cssKeepsOnlyHarmlessCharacters() {
        #expect(Escape.css("Acme Corp 12.5%") == "Acme Corp 12.5%")
        #expect(Escape.css("\"</style><script>") == "\\22 \\3C \\2F style\\3E \\3C script\\3E ")
        #expect(Escape.css("a\\b'c\nd") == "a\\5C b\\27 c\\A d")
        #expect(Escape.css("x\u{0}y") == "xy")
        #expect(Escape.css("é") == "\\E9 ")
    }

    @Test func urlEncodesAndRefusesWhatThePolicyRefuses() {
        #expect(Escape.url("https://example.com/a b?x=1&y='2'") == "https://example.com/a%20b?x=1&amp;y=&#x27;2&#x27;")
        #expect(Escape.url("notes/2026-03-12.html#L7") == "notes/2026-03-12.html#L7")
        #expect(Escape.url("\"><script>") == "%22%3E%3Cscript%3E")
        #expect(Escape.url("javascript:alert(1)") == "")
        #expect(Escape.url("mailto:a@example.com") == "mailto:a@example.com")
        #expect(Escape.url("ünï") == "%C3%BCn%C3%AF")
    }

    @Test func lineKeepsUserTextOnOneLine() {
        #expect(Escape.line("plain text, Zoë") == "plain text, Zoë")
        #expect(Escape.line("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(Escape.line("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
        #expect(Escape.line("x\u{0}\u{7F}\u{85}\u{9B}") == "x\\u{0}\\u{7F}\\u{85}\\u{9B}")
        #expect(Escape.line("a\u{2028}b\u{2029}c") == "a\\u{2028}b\\u{2029}c")
        #expect(Escape.line("abc\u{202E}fed\u{2066}\u{200F}") == "abc\\u{202E}fed\\u{2066}\\u{200F}")
        #expect(!Escape.line("x\n::error::fake").contains("\n"))
    }
}
