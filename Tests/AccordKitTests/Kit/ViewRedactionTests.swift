import Foundation
import Testing

@testable import AccordKit

/// What each view holds: no private sentence in the joint view's files (pages, metrics.json, copied files,
/// attention items, chart tables), all of a party's own in its view, metrics of the view's content only.
@Suite struct ViewRedactionTests {
    func build(_ view: PortfolioView) throws -> (TempContent, Pipeline.Outcome, [String: String]) {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        let outcome = Pipeline.run(ViewFixture.options(temp, view: view), mode: .build)
        return (temp, outcome, try ViewFixture.texts(temp.path("Output")))
    }

    func files(containing sentence: String, in site: [String: String]) -> [String] {
        site.filter { $0.value.contains(sentence) }.map(\.key).sorted()
    }

    @Test func jointViewHoldsNoPrivateSentence() throws {
        let (_, outcome, site) = try build(.joint)
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
        for sentence in ViewFixture.acmeSentences + ViewFixture.globexSentences {
            #expect(files(containing: sentence, in: site) == [], "\(sentence)")
        }
        #expect(
            files(containing: ViewFixture.jointSentence, in: site)
                == ["partnerships/acme-globex/meetings/2026-03-12-steering.html"])
        #expect(site["partnerships/acme-globex/meetings/2026-04-20-renewal-prep.html"] == nil)
        #expect(site["partnerships/acme-globex/meetings/margin-floor.svg"] == nil)
        #expect(!site.values.contains { $0.contains("Renewal preparation") })
        #expect(!site.values.contains { $0.contains("Margin (Private") || $0.contains(">Margin<") })
    }

    @Test func acmeViewHoldsAcmeSentencesOnly() throws {
        let (_, outcome, site) = try build(.party("acme"))
        #expect(outcome.exitCode == 0)
        #expect(
            files(containing: ViewFixture.acmeSentences[0], in: site)
                == ["partnerships/acme-globex/meetings/2026-04-20-renewal-prep.html"])
        #expect(files(containing: ViewFixture.acmeSentences[3], in: site) == ["partnerships/acme-globex/index.html"])
        // The private note's action is tracked in acme's view: on the actions page and in metrics.json.
        #expect(files(containing: ViewFixture.acmeSentences[2], in: site).contains("actions.html"))
        #expect(files(containing: ViewFixture.acmeSentences[2], in: site).contains("metrics.json"))
        for sentence in ViewFixture.globexSentences {
            #expect(files(containing: sentence, in: site) == [], "\(sentence)")
        }
        #expect(site["partnerships/acme-globex/meetings/margin-floor.svg"] == nil)
    }

    @Test func globexViewHoldsGlobexSentencesAndItsImage() throws {
        let (_, outcome, site) = try build(.party("globex"))
        #expect(outcome.exitCode == 0)
        #expect(
            files(containing: ViewFixture.globexSentences[0], in: site)
                == ["partnerships/acme-globex/meetings/2026-03-12-steering.html"])
        // The private overdue action is an attention item of globex's view (index, partnership page, metrics.json).
        let overdue = files(containing: ViewFixture.globexSentences[1], in: site)
        #expect(overdue.contains("index.html") && overdue.contains("metrics.json") && overdue.contains("actions.html"))
        #expect(site["partnerships/acme-globex/meetings/margin-floor.svg"]?.contains("floor 18 percent") == true)
        for sentence in ViewFixture.acmeSentences {
            #expect(files(containing: sentence, in: site) == [], "\(sentence)")
        }
    }

    @Test func privatePulseAndActionsMoveOnlyTheirViewsNumbers() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        func measured(_ view: PortfolioView) throws -> PartnershipMetrics {
            let outcome = Pipeline.run(ViewFixture.options(temp, view: view), mode: .measure)
            return try #require(outcome.metrics?.partnerships.first)
        }
        let joint = try measured(.joint)
        let acme = try measured(.party("acme"))
        let globex = try measured(.party("globex"))
        #expect(joint.trust.map { "\($0.party) \($0.trust)" } == ["acme 4.0", "globex 4.0"])
        // Trust is read from the latest pulse: in acme's view that is the private note, where only acme answered.
        #expect(acme.trust.map { "\($0.party) \($0.trust)" } == ["acme 2.0"])
        #expect(globex.trust.map { "\($0.party) \($0.trust)" } == ["acme 4.0", "globex 4.0"])
        #expect(joint.latestPulseDate == Day(iso: "2026-03-12"))
        #expect(acme.latestPulseDate == Day(iso: "2026-04-20"))
        #expect(joint.countedMeetings == 1)
        #expect(acme.countedMeetings == 2)
        #expect(joint.actions.map(\.text) == ["share the 2027 volumes"])
        #expect(
            globex.actions.map(\.text) == [
                "share the 2027 volumes",
                "Ask for a price rise of four percent at the renewal",
            ])
        // Record lines stay the file's real lines in every view.
        #expect(globex.actions.map { $0.firstLocation.line } == [15, 19])
        #expect(!joint.attention.contains { $0.kind == .overdueAction })
        #expect(globex.attention.filter { $0.kind == .overdueAction }.count == 1)
    }

    @Test func everyPageKindStatesItsView() throws {
        for (view, label) in [
            (PortfolioView.joint, "<p class=\"view-label\">Joint view</p>"),
            (.party("acme"), "<p class=\"view-label view-label-party\">Acme Corp only</p>"),
        ] {
            let (_, _, site) = try build(view)
            let pages = site.keys.filter { $0.hasSuffix(".html") }.sorted()
            #expect(
                pages.contains("index.html") && pages.contains("actions.html")
                    && pages.contains("partnerships/acme-globex/index.html")
                    && pages.contains("partnerships/acme-globex/meetings/2026-03-12-steering.html"))
            #expect(pages.filter { site[$0]?.contains(label) != true } == [], "\(view)")
        }
    }

    @Test func unknownViewIsAUsageError() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        let outcome = Pipeline.run(ViewFixture.options(temp, view: .party("nobody")), mode: .build)
        #expect(outcome.exitCode == 2)
        #expect(outcome.failure == "--view 'nobody': no charter has a party with that id; views: joint, acme, globex")
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
        let near = Pipeline.run(ViewFixture.options(temp, view: .party("acmee")), mode: .build)
        #expect(
            near.failure
                == "--view 'acmee': no charter has a party with that id (did you mean 'acme'?); views: joint, acme, globex"
        )
    }
}
