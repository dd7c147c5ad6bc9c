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
        cache.entries["acme-globex-3"]?.metrics = [7, 7, 7]
        try cache.write(path, temporary: path + ".tmp")
        try Fixture.editNote(temp, "acme-globex-2", "draft the joint runbook", "write the joint runbook")
        let outcome = try Fixture.expectSameAsFullBuild(temp, "unreadable metrics")
        #expect(outcome.partnershipsReused == 4)
        let full = Fixture.build(temp, output: "Fresh", cache: false)
        #expect(outcome.metrics?.partnership("acme-globex-3") == full.metrics?.partnership("acme-globex-3"))
    }
}
