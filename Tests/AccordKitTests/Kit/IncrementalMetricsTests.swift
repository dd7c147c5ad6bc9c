import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// A rebuild reads the metrics of the partnerships it reused only when something reads them: the portfolio
/// pages rendered again, or a health gate.
@Suite struct IncrementalMetricsTests {
    typealias Fixture = IncrementalBuildTests

    @Test func aProseEditReadsOnlyTheRebuiltPartnershipsMetrics() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).metrics?.partnerships.count == 5)
        try Fixture.editNote(temp, "acme-globex-2", "joined for the portal demo", "came for the portal demo")
        let prose = try Fixture.expectSameAsFullBuild(temp, "prose")
        #expect(prose.portfolioPagesReused)
        #expect(prose.metrics == nil)
        // An action edited changes the actions page: every partnership's metrics are read again.
        try Fixture.editNote(temp, "acme-globex-2", "draft the joint runbook", "write the joint runbook")
        let action = try Fixture.expectSameAsFullBuild(temp, "action")
        #expect(!action.portfolioPagesReused)
        #expect(action.partnershipsReused == 4)
        #expect(action.metrics?.partnerships.map(\.slug).count == 5)
    }

    @Test func actionsOnSeveralPagesAreLinkedOrRenderedAsOne() throws {
        let temp = try Fixture.portfolio()
        let note = temp.contentPath + "/partnerships/acme-globex-3/meetings/2026-03-12-steering.md"
        let text = try String(contentsOfFile: note, encoding: .utf8)
        let many = (1...2_000).map { "- [ ] Raj Patel: follow up on the open point number \($0) (due 2026-04-01)" }
        try text.replacingOccurrences(of: "## Actions\n", with: "## Actions\n" + many.joined(separator: "\n") + "\n")
            .write(toFile: note, atomically: true, encoding: .utf8)
        #expect(Fixture.build(temp).exitCode == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: temp.path("Output/actions")).sorted()
        #expect(pages == ["2.html", "3.html", "4.html", "5.html"])
        // Each page is well under 1 MB; only the last is short.
        for (number, page) in (["actions.html"] + pages.map({ "actions/" + $0 })).enumerated() {
            let size = try FileManager.default.attributesOfItem(atPath: temp.path("Output/" + page))[.size] as? Int
            #expect(((number == 4 ? 0 : 200_000)..<1_000_000).contains(size ?? 0), "\(page)")
        }
        try Fixture.editNote(temp, "acme-globex-2", "joined for the portal demo", "came for the portal demo")
        let prose = try Fixture.expectSameAsFullBuild(temp, "prose")
        #expect(prose.portfolioPagesReused)
        // Fewer actions, fewer pages: the pages no longer needed are gone, in the rebuild as in a full build.
        try text.write(toFile: note, atomically: true, encoding: .utf8)
        let fewer = try Fixture.expectSameAsFullBuild(temp, "fewer actions")
        #expect(!fewer.portfolioPagesReused)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output/actions")))
    }

    @Test func healthGatesReadEveryPartnershipsMetrics() throws {
        let temp = try Fixture.portfolio()
        let settings = temp.contentPath + "/accord.yml"
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        try (text + "gates:\n  min_alignment: 99\n").write(toFile: settings, atomically: true, encoding: .utf8)
        let first = Fixture.build(temp)
        let failures = first.gateFailures.count
        #expect(failures == 5)
        try Fixture.editNote(temp, "acme-globex-2", "joined for the portal demo", "came for the portal demo")
        let prose = try Fixture.expectSameAsFullBuild(temp, "prose with gates")
        #expect(prose.portfolioPagesReused)
        #expect(prose.metrics?.partnerships.count == 5)
        #expect(prose.gateFailures.count == failures)
    }

    @Test func metricsTheCacheCannotGiveBackAreMeasuredFromTheFilesAgain() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        let path = temp.path(".Output.accord-cache")
        var cache = try #require(BuildCache.read(path))
        cache.entries["acme-globex-3"]?.metrics = BuildCachePart([7, 7, 7])
        try cache.write(path, temporary: path + ".tmp", temporaryData: path + ".tmpdata")
        try Fixture.editNote(temp, "acme-globex-2", "draft the joint runbook", "write the joint runbook")
        let outcome = try Fixture.expectSameAsFullBuild(temp, "unreadable metrics")
        #expect(outcome.partnershipsReused == 4)
        let full = Fixture.build(temp, output: "Fresh", cache: false)
        #expect(outcome.metrics?.partnership("acme-globex-3") == full.metrics?.partnership("acme-globex-3"))
    }
}
