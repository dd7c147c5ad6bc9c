import Foundation
import Testing

@testable import AccordKit

/// `favicon:` and `extra_css:` in accord.yml, or `static/favicon.*` and `static/*.css` by convention,
/// are linked from every page; a named file that is missing is an error `check` reports too.
@Suite struct PageHeadTests {
    func built(settings: String, files: [String]) throws -> (TempContent, Pipeline.Outcome) {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-03-12.md", "---\ndate: 2026-03-12\nattendees: [Jane Smith]\n---\n")
        try content.write("accord.yml", settings)
        for file in files { try content.write("static/" + file, "x") }
        let outcome = Pipeline.run(content.options(), mode: .build)
        return (content, outcome)
    }

    func head(_ content: TempContent, _ page: String) throws -> [String] {
        let html = try String(contentsOfFile: content.path("Output/" + page), encoding: .utf8)
        return html.split(separator: "\n").filter { $0.hasPrefix("<link ") }.map(String.init)
    }

    @Test func conventionLinksTheFaviconAndTopLevelStylesheets() throws {
        let (content, outcome) = try built(
            settings: "title: P\n", files: ["favicon.ico", "b.css", "a.css", "css/deep.css"])
        #expect(outcome.exitCode == 0)
        #expect(
            try head(content, "index.html") == [
                #"<link rel="stylesheet" href="assets/style.css">"#,
                #"<link rel="stylesheet" href="a.css">"#,
                #"<link rel="stylesheet" href="b.css">"#,
                #"<link rel="icon" href="favicon.ico" type="image/x-icon">"#,
            ])
        #expect(
            try head(content, "partnerships/acme-globex/meetings/2026-03-12.html") == [
                #"<link rel="stylesheet" href="../../../assets/style.css">"#,
                #"<link rel="stylesheet" href="../../../a.css">"#,
                #"<link rel="stylesheet" href="../../../b.css">"#,
                #"<link rel="icon" href="../../../favicon.ico" type="image/x-icon">"#,
            ])
    }

    @Test func settingsChooseTheFilesAndTheirOrder() throws {
        let (content, outcome) = try built(
            settings: "favicon: img/logo.svg\nextra_css: [css/theme.css, a.css]\n",
            files: ["img/logo.svg", "css/theme.css", "a.css", "b.css", "favicon.ico"])
        #expect(outcome.exitCode == 0)
        #expect(
            try head(content, "actions.html") == [
                #"<link rel="stylesheet" href="assets/style.css">"#,
                #"<link rel="stylesheet" href="css/theme.css">"#,
                #"<link rel="stylesheet" href="a.css">"#,
                #"<link rel="icon" href="img/logo.svg" type="image/svg+xml">"#,
            ])
    }

    @Test func aNamedFileThatIsMissingIsAnErrorInCheckToo() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.write("accord.yml", "favicon: icon.png\nextra_css: brand.css\n")
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.message)" } == [
                "accord.yml:1:10: favicon 'icon.png' is not a file in static/",
                "accord.yml:2:12: extra_css file 'brand.css' is not a file in static/",
            ])
    }

    @Test func noStaticFolderLinksNothingMore() throws {
        let (content, _) = try built(settings: "title: P\n", files: [])
        #expect(try head(content, "index.html") == [#"<link rel="stylesheet" href="assets/style.css">"#])
    }
}
