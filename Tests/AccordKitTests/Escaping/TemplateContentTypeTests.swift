import Mustache
import Testing
@testable import AccordKit

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
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError { reference = error.context }
        let expected = try #require(reference, "the library parses \(text) without error")
        do {
            _ = try Theme.load(overrideFolder: theme.contentPath)
            Issue.record("no error for \(text)")
        } catch {
            let location = try #require(error.diagnostics.first?.location)
            #expect(location == SourceLocation(path: path, line: expected.lineNumber, column: expected.columnNumber), "\(text)")
        }
    }

    @Test func everyContentTypeNameEscapesAQuoteWithACombiningMark() throws {
        let value = ["v": "\"\u{301}'\u{301}<\u{338}&"]
        for pragma in ["", "{{% CONTENT_TYPE: HTML}}", "{{% CONTENT_TYPE: TEXT}}", "{{% CONTENT_TYPE: ACCORD_HTML}}"] {
            let template = try AccordContentType.compile(pragma + "<a title=\"{{v}}\">{{v}}</a>")
            #expect(template.render(value) == "<a title=\"&quot;\u{301}&#39;\u{301}&lt;\u{338}&amp;\">&quot;\u{301}&#39;\u{301}&lt;\u{338}&amp;</a>", "\(pragma)")
        }
    }

    @Test func partialsOfALibraryRenderWithAccordsContentType() throws {
        var library = MustacheLibrary()
        library.register(try AccordContentType.compile("{{#items}}{{>part}}{{/items}}"), named: "page")
        library.register(try AccordContentType.compile("<b aria-label=\"{{.}}\"></b>"), named: "part")
        #expect(library.render(["items": ["\"\u{301} onfocus=x"]], withTemplate: "page") == "<b aria-label=\"&quot;\u{301} onfocus=x\"></b>")
    }

    @Test func thePragmaLineRendersNothing() throws {
        for text in ["plain", "{{! comment }}\nline", "{{% CONTENT_TYPE: ACCORD_HTML}}\n<p>", "{{#a}}\nx\n{{/a}}\n", "\n"] {
            #expect(try AccordContentType.compile(text).render(["a": true]) == MustacheTemplate(string: text).render(["a": true]))
        }
    }
}
