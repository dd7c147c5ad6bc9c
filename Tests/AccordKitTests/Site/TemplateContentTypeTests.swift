import Mustache
import Testing

@testable import AccordKit
@testable import AccordSite

/// Every template renders with Accord's content type, and a template error still points at the
/// line and column of the user's own file, although Accord compiles the text with a pragma line first.
@Suite struct TemplateContentTypeTests {
    static let broken = [
        "{{/x}}", "<p>{{#score}}\n", "<p>\n{{#score}}\n", "a\nbc {{#a}}{{/b}}", "x {{% CONTENT_TYPE: NOPE}}",
        "\n\n  {{=<% %>\n", "one\r\ntwo {{/x}}\r\n", "é {{#a}}\n{{/b}}",
    ]

    @Test(arguments: broken) func errorsPointAtTheUsersFile(_ text: String) throws {
        let theme = try TempContent()
        let path = try theme.write("partials/probe.mustache", text)
        var reference: MustacheParserContext?
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            reference = error.context
        }
        let expected = try #require(reference, "the library parses \(text) without error")
        do {
            _ = try Theme.load(overrideFolder: theme.contentPath)
            Issue.record("no error for \(text)")
        } catch {
            let location = try #require(error.diagnostics.first?.location)
            #expect(
                location == SourceLocation(path: path, line: expected.lineNumber, column: expected.columnNumber),
                "\(text)")
        }
    }

    @Test func everyContentTypeNameEscapesAQuoteWithACombiningMark() throws {
        let value = ["v": "\"\u{301}'\u{301}<\u{338}&"]
        for pragma in ["", "{{% CONTENT_TYPE: HTML}}", "{{% CONTENT_TYPE: TEXT}}", "{{% CONTENT_TYPE: ACCORD_HTML}}"] {
            let template = try AccordContentType.compile(pragma + "<a title=\"{{v}}\">{{v}}</a>")
            #expect(
                template.render(value)
                    == "<a title=\"&quot;\u{301}&#39;\u{301}&lt;\u{338}&amp;\">&quot;\u{301}&#39;\u{301}&lt;\u{338}&amp;</a>",
                "\(pragma)")
        }
    }

    @Test func partialsOfALibraryRenderWithAccordsContentType() throws {
        var library = MustacheLibrary()
        library.register(try AccordContentType.compile("{{#items}}{{>part}}{{/items}}"), named: "page")
        library.register(try AccordContentType.compile("<b aria-label=\"{{.}}\"></b>"), named: "part")
        #expect(
            library.render(["items": ["\"\u{301} onfocus=x"]], withTemplate: "page")
                == "<b aria-label=\"&quot;\u{301} onfocus=x\"></b>")
    }

    @Test func thePragmaLineRendersNothing() throws {
        for text in [
            "plain", "{{! comment }}\nline", "{{% CONTENT_TYPE: ACCORD_HTML}}\n<p>", "{{#a}}\nx\n{{/a}}\n", "\n",
        ] {
            #expect(
                try AccordContentType.compile(text).render(["a": true])
                    == MustacheTemplate(string: text).render(["a": true]))
        }
    }
}

/// A template may print unescaped only the keys holding HTML Accord built.
@Suite struct UnescapedTagsTests {
    @Test func findsTripleAndAmpersandTagsWithTheirPositions() {
        let text =
            "<p>{{{svg}}}</p>\n  {{& title }} {{{ extra.note }}}\n{{=<% %>=}}<%{x}%> <%&body%> {{{y}}}\n<%={{ }}=%>{{{z}}}"
        #expect(
            UnescapedTags.find(in: text) == [
                .init(name: "svg", line: 1, column: 4), .init(name: "title", line: 2, column: 3),
                .init(name: "extra.note", line: 2, column: 16), .init(name: "body", line: 3, column: 20),
                .init(name: "z", line: 4, column: 12),
            ])
        #expect(UnescapedTags.refused(in: text).map(\.name) == ["title", "extra.note", "z"])
    }

    @Test func builtInTemplatesPrintOnlyAccordsHTMLUnescaped() {
        for (path, text) in DefaultTheme.files where path.hasSuffix(".mustache") {
            #expect(UnescapedTags.refused(in: text).isEmpty, "\(path)")
        }
    }

    @Test func anOverrideThatPrintsUserTextRawIsAnErrorUnlessUnsafe() throws {
        let theme = try TempContent()
        let path = try theme.write("partnership.mustache", "<h1>\n  {{{title}}}</h1>")
        do {
            _ = try Theme.load(overrideFolder: theme.contentPath)
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map(\.location) == [SourceLocation(path: path, line: 2, column: 3)])
            #expect(error.diagnostics.first?.message == "template prints 'title' unescaped, which could hold user text")
        }
        #expect(throws: Never.self) { try Theme.load(overrideFolder: theme.contentPath, allowsUnescapedText: true) }
    }

    @Test func extraKeysCannotShadowHTMLKeys() {
        let extra = ExtraValue.map([
            ExtraEntry(key: "body", value: .text("<script>")), ExtraEntry(key: "note", value: .text("x")),
        ])
        #expect((extra.templateValue as? [String: Any])?.keys.sorted() == ["note"])
    }
}
