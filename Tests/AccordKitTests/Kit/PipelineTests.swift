import Foundation
import Testing

@testable import AccordKit

/// The whole run on the fixture portfolio: modes, report date, the files of the site.
@Suite struct PipelineTests {
    static func fixtureOptions(_ temp: TempContent) throws -> BuildOptions {
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = try Golden.fixture("Portfolio").path
        options.outputPath = temp.path("Output")
        return options
    }

    @Test func fixturePortfolioChecksClean() throws {
        let temp = try TempContent()
        let outcome = Pipeline.run(try Self.fixtureOptions(temp), mode: .check)
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
        #expect(outcome.filesWritten == 0)
        #expect(outcome.metrics?.partnerships.count == 2)
        // check writes nothing.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.root.path) == [])
    }

    @Test func fixturePortfolioParsesAsWritten() throws {
        var bag = DiagnosticBag()
        let inventory = try ContentLoader(root: try Golden.fixture("Portfolio").path).load(into: &bag)
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &bag)
        #expect(bag.all.isEmpty)
        #expect(portfolio.config.title == "Partnership portfolio (test fixture)")
        #expect(portfolio.config.asOf == Day(iso: "2026-06-01"))
        #expect(portfolio.partnerships.map(\.slug) == ["acme-globex", "portal-cocreation"])
        #expect(
            portfolio.partnerships.map { $0.charter.parties.map(\.id) } == [
                ["acme", "globex"], ["northwind", "initech", "uni-leeds"],
            ])
        #expect(
            portfolio.partnerships[0].meetings.map(\.pagePath) == [
                "partnerships/acme-globex/meetings/2026-02-12-steering.html",
                "partnerships/acme-globex/meetings/2026-03-12-steering.html",
                "partnerships/acme-globex/meetings/2026/2026-04-20-workshop.html",
            ])
        let note = portfolio.partnerships[0].meetings[1]
        #expect(note.attendees.map(\.party) == ["acme", "acme", "globex", "globex"])
        #expect(note.actions.map(\.owner?.party) == ["globex", "acme", "acme", "globex"])
        #expect(portfolio.partnerships[0].charter.valueItems.map(\.party) == ["acme", "globex"])
        #expect(portfolio.partnerships[1].charter.valueItems.map(\.party) == ["northwind", "initech", "uni-leeds"])
        let second = portfolio.partnerships[1].meetings[1]
        #expect(second.issues.map(\.text) == ["Customers may not have time for two workshops"])
        #expect(second.wins.map(\.text) == ["Twelve customers signed up"])
        #expect(
            portfolio.partnerships[1].meetings[0].actions[1].owner
                == .person(
                    PersonReference(
                        name: "Tom Achebe", explicitParty: "northwind", party: "northwind",
                        location: SourceLocation(
                            path: "partnerships/portal-cocreation/meetings/2026-01-07-steering.md",
                            line: 16, column: 7))))
    }

    @Test func buildWritesEveryPageAndNothingElse() throws {
        let temp = try TempContent()
        let outcome = Pipeline.run(try Self.fixtureOptions(temp), mode: .build)
        #expect(outcome.exitCode == 0)
        let site = try snapshot(of: temp.path("Output"))
        #expect(
            site.keys.filter { !$0.hasPrefix("assets/") }.sorted() == [
                ".accord-output",
                "actions.html",
                "index.html",
                "metrics.json",
                "partnerships/acme-globex/index.html",
                "partnerships/acme-globex/meetings/2026-02-12-steering.html",
                "partnerships/acme-globex/meetings/2026-03-12-steering.html",
                "partnerships/acme-globex/meetings/2026/2026-04-20-workshop.html",
                "partnerships/portal-cocreation/index.html",
                "partnerships/portal-cocreation/meetings/2026-01-07-steering.html",
                "partnerships/portal-cocreation/meetings/2026-02-04-steering.html",
                "robots.txt",
            ])
        #expect(site.keys.contains("assets/style.css"))
        #expect(outcome.filesWritten == site.count - 1)  // the marker is not counted
        #expect(site["robots.txt"] == Data("User-agent: *\nDisallow: /\n".utf8))
        // Only the output folder and the build cache beside it were created, and no temporary sibling is left.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: temp.root.path).sorted() == [
                ".Output.accord-cache", ".Output.accord-cachedata", "Output",
            ])
    }

    @Test func everyPageHasUniqueIDsAndRelativeLinks() throws {
        let temp = try TempContent()
        #expect(Pipeline.run(try Self.fixtureOptions(temp), mode: .build).exitCode == 0)
        for (path, data) in try snapshot(of: temp.path("Output")) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(duplicateIDs(in: html) == [], "\(path)")
            #expect(!html.contains("href=\"/"), "\(path) has a root-relative link")
            #expect(!html.contains("src=\"http"), "\(path) loads something from the internet")
            #expect(!html.contains("<script"), "\(path)")
        }
    }

    @Test func reportDateOrder() throws {
        let flag = Day(iso: "2026-01-01")!
        let settings = Day(iso: "2026-02-02")!
        let today = Day(iso: "2026-03-03")!
        let epoch = try ReportDate.epochDay("1780000000")
        #expect(
            ReportDate.resolve(flag: flag, settings: settings, sourceDateEpoch: epoch, today: today) == (flag, .flag))
        #expect(
            ReportDate.resolve(flag: nil, settings: settings, sourceDateEpoch: epoch, today: today) == (
                settings, .settings
            ))
        // SOURCE_DATE_EPOCH is read as a UTC date: 1780000000 is 2026-05-28T20:26:40Z.
        #expect(
            ReportDate.resolve(
                flag: nil, settings: nil, sourceDateEpoch: try ReportDate.epochDay(" 1780000000\n"),
                today: today) == (Day(iso: "2026-05-28")!, .sourceDateEpoch))
        #expect(
            ReportDate.resolve(flag: nil, settings: nil, sourceDateEpoch: try ReportDate.epochDay(""), today: today)
                == (today, .today))
        // A malformed value is no longer skipped with a warning: it is an error (see SourceDateEpochTests).
        #expect(throws: ReportDate.EpochError.self) { try ReportDate.epochDay("yesterday") }
    }

    @Test func reportDateIsPrintedOnEveryPage() throws {
        let temp = try TempContent()
        var options = try Self.fixtureOptions(temp)
        options.asOf = Day(iso: "2026-07-04")
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        for (path, data) in try snapshot(of: temp.path("Output")) where path.hasSuffix(".html") {
            #expect(
                String(decoding: data, as: UTF8.self).contains(#"<time datetime="2026-07-04">4 Jul 2026</time>"#),
                "\(path)")
        }
    }

    @Test func measureModeNeedsNoTemplates() throws {
        let temp = try TempContent()
        var options = try Self.fixtureOptions(temp)
        options.templatesPath = temp.path("no-such-templates")
        #expect(Pipeline.run(options, mode: .measure).exitCode == 0)
        let check = Pipeline.run(options, mode: .check)
        #expect(check.exitCode == 3)
        #expect(check.failure == "the templates have errors")
        #expect(check.diagnostics.map(\.message) == ["templates folder does not exist"])
    }

    @Test func staticFileNamedLikeAPageIsAnError() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("static/index.html", "<p>mine</p>")
        let outcome = Pipeline.run(temp.options(), mode: .build)
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message.hasPrefix("two files would be written to index.html") == true)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
    }

    @Test func assetsAreCopiedNextToTheirPages() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2025/03-12.md", "---\ndate: 2025-03-12\n---\n![board](board.png)\n")
        try temp.writeBytes("partnerships/acme-globex/meetings/2025/board.png", [0x89, 0x50, 0x4E, 0x47])
        #expect(Pipeline.run(temp.options(), mode: .build).exitCode == 0)
        let site = try snapshot(of: temp.path("Output"))
        #expect(site["partnerships/acme-globex/meetings/2025/board.png"] == Data([0x89, 0x50, 0x4E, 0x47]))
        let page = String(
            decoding: try #require(site["partnerships/acme-globex/meetings/2025/03-12.html"]), as: UTF8.self)
        #expect(page.contains(#"<img src="board.png" alt="board" />"#))
    }

    @Test func draftsAreBuiltOnlyWithTheOption() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeCharter(slug: "_drafts/beta-deal")
        try temp.writeNote("_drafts/2026-05-01.md", "---\ndate: 2026-05-01\n---\n")
        #expect(Pipeline.run(temp.options(), mode: .build).exitCode == 0)
        #expect(
            try snapshot(of: temp.path("Output")).keys.filter { $0.hasPrefix("partnerships/") }.sorted() == [
                "partnerships/acme-globex/index.html"
            ])
        var options = temp.options()
        options.includeDrafts = true
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        #expect(
            try snapshot(of: temp.path("Output")).keys.filter { $0.hasPrefix("partnerships/") }.sorted() == [
                "partnerships/acme-globex/index.html",
                "partnerships/acme-globex/meetings/_drafts/2026-05-01.html",
                "partnerships/beta-deal/index.html",
            ])
    }

    @Test func unsafeHTMLOption() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("n.md", "---\ndate: 2026-01-01\n---\n<aside>raw</aside>\n")
        var options = temp.options()
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let safe = try String(
            contentsOfFile: temp.path("Output/partnerships/acme-globex/meetings/n.html"), encoding: .utf8)
        #expect(safe.contains("<!-- raw HTML omitted -->\n") && !safe.contains("<aside>raw</aside>"))
        options.allowsRawHTML = true
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let unsafe = try String(
            contentsOfFile: temp.path("Output/partnerships/acme-globex/meetings/n.html"), encoding: .utf8)
        #expect(unsafe.contains("<aside>raw</aside>") && !unsafe.contains("raw HTML omitted"))
    }
}
