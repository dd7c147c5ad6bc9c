import Testing

@testable import AccordKit

/// Links and image sources: http, https, mailto, relative and fragment URLs only, however spelt.
@Suite struct URLPolicyTests {
    static let allowed = [
        "https://example.com/a?b=1&c=2", "http://example.com", "HTTPS://EXAMPLE.COM", "mailto:pm@example.com",
        "MailTo:pm@example.com", "charter.md", "../charter.md#goals", "meetings/2026-03-12.md", "#L17", "",
        "./a:b.md", "//cdn.example.com/x.png", "?q=1", "images/chart.png", "https://example.com/a%3Ab", "notes/x:y",
    ]
    static let refused = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "java\rscript:alert(1)", " javascript:alert(1)", "\u{1}javascript:alert(1)", "\u{A0}javascript:x",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#X6a&#x61;vascript:x", "javascript&colon;alert(1)",
        "java&Tab;script:x", "%6Aavascript:alert(1)", "java%09script:x", "%26%23106;avascript:x",
        "jav\u{200B}ascript:x", "\u{FEFF}javascript:x", "java\u{AD}script:x",
        "data:text/html,<script>alert(1)</script>",
        "data:image/png;base64,AAAA", "DATA:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)",
        "file:///etc/passwd", "FILE:///etc/passwd", "tel:+4412345", "ftp://example.com", "a:b", "java script:x",
    ]

    @Test(arguments: allowed) func allows(_ url: String) {
        #expect(URLPolicy.allows(url))
    }

    @Test(arguments: refused) func refuses(_ url: String) {
        #expect(!URLPolicy.allows(url))
        #expect(Escape.url(url) == "")
    }

    @Test func extraTextIsEmptiedOnlyWhenItReadsAsAScriptOrInlineURL() {
        #expect(URLPolicy.isExecutable("JaVa\tScRiPt:alert(1)"))
        #expect(URLPolicy.isExecutable("&#106;avascript:alert(1)"))
        #expect(URLPolicy.isExecutable("data:text/html,x"))
        #expect(URLPolicy.isExecutable(" file:///etc/passwd"))
        #expect(!URLPolicy.isExecutable("Rule: be kind"))
        #expect(!URLPolicy.isExecutable("https://intranet.example.com"))
        #expect(!URLPolicy.isExecutable("Northwind & Globex"))
        #expect(ExtraValue.text("javascript:alert(1)").templateValue as? String == "")
        #expect(ExtraValue.text("Rule: be kind").templateValue as? String == "Rule: be kind")
    }

    @Test func markdownLinksAndImagesFollowThePolicyInBothModes() {
        let markdown = """
            [a](JaVaScRiPt:alert(1)) [b](&#106;avascript:alert(1)) [c](<java\tscript:x>) <javascript:alert(1)>
            ![d](data:image/png;base64,AAAA) [e](https://example.com) [f](mailto:x@example.com) [g](#top)

            """
        for unsafe in [false, true] {
            let html = MarkdownHTMLRenderer(allowsRawHTML: unsafe).render(CmarkParser.parse(markdown, lineOffset: 0))
            let values = html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
            #expect(values == ["", "", "", "", "", "https://example.com", "mailto:x@example.com", "#top"], "\(html)")
            #expect(html.contains(#"<a href="">a</a> <a href="">b</a>"#))
            #expect(html.contains(#"<img src="" alt="d" />"#))
            #expect(
                html.contains(
                    ##"<a href="https://example.com">e</a> <a href="mailto:x@example.com">f</a> <a href="#top">g</a>"##)
            )
        }
    }
}
