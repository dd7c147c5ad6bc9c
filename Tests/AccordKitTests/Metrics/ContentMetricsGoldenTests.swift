import Foundation
import Testing

@testable import AccordKit

/// The metrics of the demo portfolio (`Content/`) at its report date, as exported to metrics.json.
/// Regenerate with `ACCORD_UPDATE_GOLDENS=1 swift test --filter ContentMetricsGoldenTests`, then review
/// the diff: every changed number must be explained by a change of the content or of metrics.md.
@Suite struct ContentMetricsGoldenTests {
    static func demoMetrics() throws -> PortfolioMetrics {
        let root = Golden.testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Content")
        var diagnostics = DiagnosticBag()
        let inventory = try ContentLoader(root: root.path).load(into: &diagnostics)
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &diagnostics)
        #expect(diagnostics.all == [])
        // What metrics.json publishes: the joint view (the demo has notes and sections private to one party).
        return MetricsEngine.measure(portfolio.cut(to: .joint).portfolio, asOf: try #require(Day(iso: "2026-11-20")))
    }

    @Test func metricsJSONOfTheDemoMatchesGolden() throws {
        try Golden.check(MetricsExport.json(try Self.demoMetrics()), against: "Golden/content-metrics.json")
    }

    @Test func theDemoShowsEveryTierAndEveryBand() throws {
        let metrics = try Self.demoMetrics()
        #expect(Set(metrics.partnerships.map(\.tier)) == Set(HealthTier.allCases))
        let bands = Set(metrics.partnerships.flatMap { $0.allMetrics.map(\.band) })
        #expect(bands == Set(MetricBand.allCases))
        let statuses = Set(metrics.partnerships.flatMap { $0.goals.map(\.status) })
        #expect(statuses == Set(GoalStatus.allCases))
    }
}
