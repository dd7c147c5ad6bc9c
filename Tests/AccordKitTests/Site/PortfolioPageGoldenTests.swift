import Foundation
import Testing

@testable import AccordKit

/// The v1.2 portfolio page of the `Verdict` fixture, byte for byte, and the order it promises.
/// Regenerate with `ACCORD_UPDATE_GOLDENS=1 swift test --filter PortfolioPageGoldenTests` and review the diff.
@Suite struct PortfolioPageGoldenTests {
    /// Builds the fixture portfolio at its report date (2026-06-01) and returns `index.html`.
    static func buildIndex() throws -> String {
        let temp = try TempContent()
        var options = BuildOptions(today: Day(iso: "2031-12-31")!)
        options.contentPath = try Golden.fixture("Verdict").path
        options.outputPath = temp.path("Output")
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
        return try String(contentsOfFile: temp.path("Output/index.html"), encoding: .utf8)
    }

    @Test func portfolioPageMatchesGolden() throws {
        try Golden.check(try Self.buildIndex(), against: "Golden/verdict-index.html")
    }

    /// The positions of `needles` in `html`, in order; records an issue for one that is missing.
    static func positions(_ needles: [String], in html: String) -> [Int] {
        needles.map { needle in
            guard let range = html.range(of: needle) else {
                Issue.record("missing: \(needle)")
                return -1
            }
            return html.distance(from: html.startIndex, to: range.lowerBound)
        }
    }

    @Test func briefingFirstThenTableThenWindingDownThenGroups() throws {
        let html = try Self.buildIndex()
        let sections = Self.positions(
            [
                "id=\"briefing-heading\"", "id=\"portfolio-heading\"", "id=\"winding-heading\"",
                "id=\"tiers-heading\"", "id=\"attention-heading\"", "id=\"apart-heading\"",
            ], in: html)
        #expect(sections == sections.sorted())
        // the briefing: at risk, then marginal, each reason linked to its source line
        #expect(
            html.contains(
                #"<li><a class="briefing-title" href="partnerships/alpha-atrisk/index.html">Alpha — at risk</a> — <span class="tier tier-at-risk">At risk</span>: <a href="partnerships/alpha-atrisk/index.html#charter">review 61 days overdue</a> · <a href="partnerships/alpha-atrisk/meetings/2026-03-01.html">no governance meeting for 92 days</a> · <a href="partnerships/alpha-atrisk/meetings/2026-03-01.html#L5">Acme&#39;s trust 2.0</a>"#
            ))
        #expect(
            html.contains(
                #"<a href="partnerships/bravo-drift/meetings/2026-05-10.html#L5">Acme&#39;s trust fell 4.5 → 3.0</a>"#))
        // the table in the v1.2 tier order, worst first, index figures with their band word
        let table = Self.positions(
            [
                "<th scope=\"row\"><a href=\"partnerships/alpha-atrisk/",
                "<th scope=\"row\"><a href=\"partnerships/bravo-drift/",
                "<th scope=\"row\"><a href=\"partnerships/charlie-steady/",
            ], in: html)
        #expect(table == table.sorted())
        #expect(html.contains(#"<span class="index band-red">35.6</span> <span class="band-word">Concern</span>"#))
        // exiting apart, with the days since its effective date
        #expect(html.contains("ended 1 day ago: set status: ended"))
        #expect(!html.contains("<th scope=\"row\"><a href=\"partnerships/delta-exit/"))
        // the attention list grouped by partnership in the same order, at most five items, a link to the rest
        let groups = Self.positions(
            [
                "<section class=\"attention-group\" aria-label=\"Alpha — at risk\">",
                "<section class=\"attention-group\" aria-label=\"Bravo — drifting\">",
                "<section class=\"attention-group\" aria-label=\"Delta — exiting\">",
            ], in: html)
        #expect(groups == groups.sorted())
        #expect(
            html.contains("<p class=\"meta\">3 red flags · 2 warning signs · 3 overdue actions · 1 goal behind</p>"))
        #expect(
            html.contains(
                #"<a href="partnerships/alpha-atrisk/index.html#attention">All 9 items on its page</a> (4 more)"#))
        #expect(!html.contains("aria-label=\"Echo — draft\""))
    }

    @Test func thePartnershipPageListsEveryItemAtItsAnchor() throws {
        let temp = try TempContent()
        var options = BuildOptions(today: Day(iso: "2031-12-31")!)
        options.contentPath = try Golden.fixture("Verdict").path
        options.outputPath = temp.path("Output")
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let page = try String(contentsOfFile: temp.path("Output/partnerships/alpha-atrisk/index.html"), encoding: .utf8)
        #expect(page.contains(#"<h3 id="attention">Needs attention</h3>"#))
        let list =
            page.components(separatedBy: #"<h3 id="attention">"#).last?.components(separatedBy: "</ol>").first ?? ""
        #expect(list.components(separatedBy: "<li ").count - 1 == 9)
        let exit = try String(contentsOfFile: temp.path("Output/partnerships/delta-exit/index.html"), encoding: .utf8)
        #expect(
            exit.contains(
                "<strong>Exit decided 2026-03-01, effective 2026-05-31 (took effect 1 day ago: set status: ended).</strong> The intent is obsolete"
            ))
    }
}
