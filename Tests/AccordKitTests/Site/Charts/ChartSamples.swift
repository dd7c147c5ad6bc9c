@testable import AccordKit

/// Sample inputs shared by the chart tests.
enum ChartSamples {
    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("bad date \(text)") }
        return day
    }

    static let sparkline = SparklineChart.build(
        idPrefix: "acme-globex-alignment", title: "Alignment index",
        points: [
            ChartPoint(day: day("2026-01-12"), value: 62.5, band: .amber),
            ChartPoint(day: day("2026-02-09"), value: 70.04, band: .amber),
            ChartPoint(day: day("2026-03-09"), value: nil, band: .noData),
            ChartPoint(day: day("2026-04-13"), value: 81.25, band: .green),
            ChartPoint(day: day("2026-05-11"), value: 78.45, band: .amber),
        ]
    )

    static let progress = ProgressBarChart.build(
        idPrefix: "acme-globex-G1", title: "G1 Reduce open tickets", progress: 0.44,
        baseline: 120, target: 60, latest: 93.6, unit: "tickets", status: .behind, elapsed: 0.6
    )

    static let line = PartyLineChart.build(
        idPrefix: "acme-globex-trust", title: "Trust by party",
        series: [
            ChartSeries(
                name: "Acme Corp",
                points: [
                    ChartPoint(day: day("2026-01-12"), value: 3.8),
                    ChartPoint(day: day("2026-02-09"), value: 4),
                    ChartPoint(day: day("2026-03-09"), value: nil),
                    ChartPoint(day: day("2026-04-13"), value: 4.2),
                ]),
            ChartSeries(
                name: "Globex",
                points: [
                    ChartPoint(day: day("2026-01-12"), value: 3),
                    ChartPoint(day: day("2026-02-09"), value: 3.5),
                    ChartPoint(day: day("2026-03-09"), value: 3.25),
                    ChartPoint(day: day("2026-04-13"), value: 2.75),
                ]),
            ChartSeries(
                name: "Initech",
                points: [
                    ChartPoint(day: day("2026-03-09"), value: 4.5)
                ]),
        ],
        valueLabel: "Trust (1–5)"
    )

    static let participation = ParticipationChart.build(
        idPrefix: "acme-globex-participation", title: "Attendees by party",
        parties: ["Acme Corp", "Globex", "Initech"],
        bars: [
            ParticipationBar(label: "12 Jan 2026 steering", counts: [3, 2, 1]),
            ParticipationBar(label: "9 Feb 2026 review", counts: [4, 0, 1]),
            ParticipationBar(label: "9 Mar 2026 workshop", counts: [0, 0, 0]),
        ]
    )

    static let tiers = TierDistributionChart.build(
        idPrefix: "portfolio-tiers", title: "Partnerships by tier",
        counts: [.highPerforming: 2, .healthy: 5, .marginal: 3, .atRisk: 1, .unrated: 1, .ended: 1]
    )
}
