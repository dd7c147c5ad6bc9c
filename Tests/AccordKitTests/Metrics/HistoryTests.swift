import Testing

@testable import AccordKit

/// The history ends at the report date: its last point is the measurement the pages print, so every
/// sparkline ends at the figure beside it.
@Suite struct HistoryTests {
    static let charter = Fx.charter(
        signatures: [Fx.sign("a", "2026-01-05"), Fx.sign("b", "2026-01-06")],
        cadence: .monthly, goals: [Fx.goal("G1", priorities: [("a", 5), ("b", 3)])])

    static func meetings(last: String = "2026-04-10") -> [Meeting] {
        [
            Fx.meeting(
                "2026-02-01", attendees: [("Ann Lee", "a"), ("Bo Chan", "b")], kpis: [("G1", 2)],
                actions: [Fx.action("Ann Lee", "a", "runbook", due: "2026-03-01")]),
            Fx.meeting(
                last, attendees: [("Ann Lee", "a")], kpis: [("G1", 5)],
                actions: [Fx.action("Bo Chan", "b", "survey", due: "2026-05-01")]),
        ]
    }

    @Test func lastPointIsAtTheReportDateAndEqualsThePrintedFigures() throws {
        let metrics = Fx.measure(Fx.partnership(Self.charter, Self.meetings()), asOf: "2026-06-01")
        #expect(metrics.history.map(\.date) == [Fx.day("2026-02-01"), Fx.day("2026-04-10"), Fx.day("2026-06-01")])
        let last = try #require(metrics.history.last)
        #expect(last.alignmentIndex == metrics.alignment.index)
        #expect(last.outcomeIndex == metrics.outcome.index)
        for metric in metrics.allMetrics { #expect(last.scores[metric.id] == metric.score, "\(metric.id.rawValue)") }
        #expect(last.goals.map(\.value) == [5])
        #expect(last.goals.map(\.value) == metrics.goals.map { $0.latest?.value })
        #expect(last.goals.map(\.progress) == metrics.goals.map(\.progress))
        // Time passed since the last meeting: the survey became overdue, so the outcome moved after 2026-04-10.
        #expect(metrics.history[1].outcomeIndex != last.outcomeIndex)
    }

    @Test func noDuplicatePointWhenTheLastMeetingIsOnTheReportDate() throws {
        let metrics = Fx.measure(Fx.partnership(Self.charter, Self.meetings(last: "2026-06-01")), asOf: "2026-06-01")
        #expect(metrics.history.map(\.date) == [Fx.day("2026-02-01"), Fx.day("2026-06-01")])
        #expect(metrics.history.last?.outcomeIndex == metrics.outcome.index)
    }

    @Test func meetingsAfterTheReportDateAddNoPoint() {
        let meetings = Self.meetings() + [Fx.meeting("2026-07-01", kpis: [("G1", 9)])]
        let metrics = Fx.measure(Fx.partnership(Self.charter, meetings), asOf: "2026-06-01")
        #expect(metrics.history.map(\.date) == [Fx.day("2026-02-01"), Fx.day("2026-04-10"), Fx.day("2026-06-01")])
        #expect(metrics.history.last?.goals.map(\.value) == [5])
    }

    @Test func aPartnershipWithNoCountedMeetingHasOnePointAtTheReportDate() throws {
        let metrics = Fx.measure(Fx.partnership(Self.charter, [Fx.meeting("2026-07-01")]), asOf: "2026-06-01")
        #expect(metrics.history.map(\.date) == [Fx.day("2026-06-01")])
        let only = try #require(metrics.history.first)
        #expect(only.alignmentIndex == metrics.alignment.index)
        #expect(only.alignmentIndex != nil)
        #expect(only.outcomeIndex == metrics.outcome.index)
    }

    /// The sparkline of the partnership and portfolio pages says, in its text alternative, the printed figure at
    /// the report date.
    @Test func sparklinesEndAtThePrintedIndex() throws {
        let partnership = Fx.partnership(Self.charter, Self.meetings())
        let metrics = Fx.measure(partnership, asOf: "2026-06-01")
        let portfolio = Portfolio(config: Fx.config(), partnerships: [partnership])
        let view = PartnershipPageView(
            partnership: partnership, metrics: metrics, charterHTML: "",
            links: LinkMap(portfolio: portfolio))
        let alignment = NumberText.score(metrics.alignment.index)
        let outcome = NumberText.score(metrics.outcome.index)
        #expect(view.indices.map(\.score) == [alignment, outcome])
        // Charts trim a trailing zero (75.0 is drawn as 75): the same number, to one decimal.
        let drawnAlignment = NumberText.trimmed(try #require(metrics.alignment.index), places: 1)
        let drawnOutcome = NumberText.trimmed(try #require(metrics.outcome.index), places: 1)
        #expect(Double(drawnAlignment) == Double(alignment))
        #expect(Double(drawnOutcome) == Double(outcome))
        #expect(view.indices[0].sparkline.summary.hasPrefix("Alignment index history: \(drawnAlignment) on 1 Jun 2026"))
        #expect(view.indices[1].sparkline.summary.hasPrefix("Outcome index history: \(drawnOutcome) on 1 Jun 2026"))
        #expect(view.goals.first?.trend?.summary.hasPrefix("G1 over time: 5 on 1 Jun 2026") == true)
        let measured = MetricsEngine.measure(portfolio, asOf: Fx.day("2026-06-01"))
        let index = IndexPageView(portfolio: portfolio, metrics: measured, links: LinkMap(portfolio: portfolio))
        // The portfolio's compact sparklines end at the printed figure too: their last dot is at its height.
        func lastDot(_ value: Double) -> String {
            "cy=\"\(NumberText.trimmed(25 - value / 100 * 22, places: 1))\" r=\"2.5\""
        }
        #expect(index.rows.first?.alignmentTrend.contains(lastDot(try #require(metrics.alignment.index))) == true)
        #expect(index.rows.first?.outcomeTrend.contains(lastDot(try #require(metrics.outcome.index))) == true)
    }
}
