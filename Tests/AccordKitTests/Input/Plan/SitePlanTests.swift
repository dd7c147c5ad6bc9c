import Foundation
import Testing

@testable import AccordKit

/// The site plan runs in `check` as in `build`: two sources at one output path (case-folded) are
/// errors, links to missing notes are warnings at their line and column, and `check` reports
/// exactly what `build` reports on every invalid case of the suite.
@Suite struct SitePlanTests {
    static let note = "---\ndate: 2026-01-05\n---\n"

    @Test func notesThatDifferOnlyInCaseCollide() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("a.md", Self.note)
        try temp.writeNote("a.MD", Self.note)
        try temp.writeNote("B.md", Self.note)
        try temp.writeNote("b.md", Self.note)
        let (check, build) = checkAndBuild(temp.options())
        let meetings = "partnerships/acme-globex/meetings/"
        #expect(
            check.diagnostics.printed == [
                "Content/\(meetings)a.md: error: two files would be written to \(meetings)a.html (this file and \(meetings)a.MD)\n"
                    + "  hint: rename this file\n",
                "Content/\(meetings)b.md: error: \(meetings)b.html and \(meetings)B.html differ only in case: they would be one "
                    + "file on a case-insensitive file system or web host (this file and \(meetings)B.md)\n"
                    + "  hint: rename this file\n",
            ])
        #expect(build.diagnostics == check.diagnostics)
        #expect(check.exitCode == 1 && build.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
    }

    @Test func staticFilesAndAssetsNamedLikePagesAreReportedByCheck() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("n.md", Self.note)
        try temp.write("static/actions.html", "mine")
        try temp.write("static/Index.HTML", "mine")
        try temp.write("static/partnerships/acme-globex/index.html", "mine")
        try temp.write("static/assets/style.css", "mine")
        try temp.write("partnerships/acme-globex/index.html", "mine")
        try temp.write("partnerships/acme-globex/meetings/n.html", "mine")
        let (check, build) = checkAndBuild(temp.options())
        let hint = "  hint: rename this file\n"
        #expect(
            check.diagnostics.printed == [
                "Content/partnerships/acme-globex/index.html: error: two files would be written to partnerships/acme-globex/index.html "
                    + "(this file and partnerships/acme-globex/charter.md)\n" + hint,
                "Content/partnerships/acme-globex/meetings/n.html: error: two files would be written to "
                    + "partnerships/acme-globex/meetings/n.html (this file and partnerships/acme-globex/meetings/n.md)\n"
                    + hint,
                "Content/static/Index.HTML: error: Index.HTML and index.html differ only in case: they would be one file on a "
                    + "case-insensitive file system or web host (this file and the site)\n" + hint,
                "Content/static/actions.html: error: two files would be written to actions.html (this file and the site)\n"
                    + hint,
                "Content/static/assets/style.css: error: two files would be written to assets/style.css (this file and the site)\n"
                    + hint,
                "Content/static/partnerships/acme-globex/index.html: error: two files would be written to "
                    + "partnerships/acme-globex/index.html (this file and partnerships/acme-globex/charter.md)\n"
                    + hint,
            ])
        #expect(build.diagnostics == check.diagnostics)
        #expect(check.exitCode == 1 && build.exitCode == 1)
    }

    @Test func aFileWhereTheSiteNeedsAFolderCollides() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("static/partnerships", "a file, where the site has a folder")
        let (check, build) = checkAndBuild(temp.options())
        #expect(
            check.diagnostics.printed == [
                "Content/static/partnerships: error: partnerships would be a file where the site has the folder partnerships "
                    + "(of partnerships/acme-globex/charter.md)\n  hint: rename this file\n"
            ])
        #expect(build.diagnostics == check.diagnostics)
    }

    @Test func aLinkToAMissingNoteFailsCheckStrictAsItFailsBuildStrict() throws {
        let temp = try TempContent()
        try temp.writeCharter(body: "\nSee [the plan](meetings/plan.md).\n")
        try temp.writeNote(
            "2026-01-05.md", Self.note + "Intro line,\nthen [nope](nope.md#x) and [ok](../charter.md).\n")
        var options = temp.options()
        options.strict = true
        let (check, build) = checkAndBuild(options)
        let hint = "  hint: check the file name; links between notes use paths relative to the note\n"
        #expect(
            check.diagnostics.printed == [
                "Content/partnerships/acme-globex/charter.md:49:16: warning: link to 'meetings/plan.md' points to no note or charter\n"
                    + hint,
                "Content/partnerships/acme-globex/meetings/2026-01-05.md:5:13: warning: link to 'nope.md#x' points to no note or charter\n"
                    + hint,
            ])
        #expect(build.diagnostics == check.diagnostics)
        #expect(check.exitCode == 1 && build.exitCode == 1)
    }

    @Test func linksInTableCellsAreCheckedAtTheirRow() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote(
            "n.md", Self.note + "| note | link |\n|---|---|\n| one | [a](../charter.md) |\n| two | [b](gone.md) |\n")
        let (check, build) = checkAndBuild(temp.options())
        #expect(
            check.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/n.md:7:13: warning: link to 'gone.md' points to no note or charter\n"
                    + "  hint: check the file name; links between notes use paths relative to the note\n"
            ])
        #expect(build.diagnostics == check.diagnostics)
    }

    @Test func planListsEveryOutputPathWithItsSource() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2025/03-12.md", "---\ndate: 2025-03-12\n---\n")
        try temp.writeNote("2025/board.png", "png")
        try temp.write("static/CNAME", "accord.example")
        var bag = DiagnosticBag()
        let (inventory, _) = try temp.load()
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &bag)
        let assets = inventory.staticFiles + inventory.partnerships.flatMap(\.assets)
        let plan = SitePlan(portfolio: portfolio, assets: assets, themeAssets: ["assets/style.css"])
        #expect(plan.diagnostics.isEmpty)
        #expect(
            plan.sources == [
                "index.html": "the site", "actions.html": "the site", "metrics.json": "the site",
                ".accord-output": "the site",
                "assets/style.css": "the site", "CNAME": "static/CNAME",
                "partnerships/acme-globex/index.html": "partnerships/acme-globex/charter.md",
                "partnerships/acme-globex/meetings/2025/03-12.html": "partnerships/acme-globex/meetings/2025/03-12.md",
                "partnerships/acme-globex/meetings/2025/board.png": "partnerships/acme-globex/meetings/2025/board.png",
            ])
    }
}
