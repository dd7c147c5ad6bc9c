import Foundation
import Testing

@testable import AccordKit

/// `--templates DIR` is searched first, template by template; the built-in theme fills in the rest.
@Suite struct TemplateOverrideTests {
    static let repositoryRoot = Golden.testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    @Test func documentedExampleOverridesOnePartialAndKeepsTheRest() throws {
        let temp = try TempContent()
        var options = BuildOptions(today: try #require(Day(iso: "2026-11-20")))
        options.contentPath = Self.repositoryRoot.appendingPathComponent("Content").path
        options.outputPath = temp.path("Output")
        options.templatesPath = Self.repositoryRoot.appendingPathComponent("docs/examples/compact-cards").path
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.exitCode == 0)
        let page = try String(
            contentsOfFile: temp.path("Output/partnerships/northwind-globex-service-desk/index.html"),
            encoding: .utf8)
        // The overridden partial is used for all fourteen metric cards …
        #expect(page.components(separatedBy: #"class="metric-card compact"#).count - 1 == 14)
        #expect(!page.contains("Grounded in:"))
        // … and the layout, the other partials and the stylesheet come from the built-in theme.
        #expect(page.contains(##"<a class="skip-link" href="#main">"##))
        #expect(page.contains(#"<figure class="chart-figure">"#))
        let css = try String(contentsOfFile: temp.path("Output/assets/style.css"), encoding: .utf8)
        #expect(css == DefaultTheme.files["assets/style.css"])
        #expect(FileManager.default.fileExists(atPath: temp.path("Output/assets/extra.css")))
    }

    @Test func aTemplateErrorNamesItsFileLineAndColumn() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        _ = try temp.write("theme/partials/metric-card.mustache", "<p>\n{{#score}}\n")
        var options = temp.options()
        options.templatesPath = temp.contentPath + "/theme"
        let outcome = Pipeline.run(options, mode: .check)
        #expect(outcome.exitCode == 3)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(
            diagnostic.location
                == SourceLocation(path: temp.contentPath + "/theme/partials/metric-card.mustache", line: 3, column: 1))
        #expect(diagnostic.message == "template error: a section is not closed")
    }
}
