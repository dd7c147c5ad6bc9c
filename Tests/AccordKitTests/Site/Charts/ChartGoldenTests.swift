import Foundation
import Testing

@testable import AccordKit

/// Compares one chart of each kind with its golden SVG in `Fixtures/Charts/`.
/// Run with `ACCORD_UPDATE_GOLDENS=1` to rewrite the goldens after an intended change.
@Suite struct ChartGoldenTests {
    static let cases: [(name: String, chart: SVGChart)] = [
        ("sparkline", ChartSamples.sparkline),
        ("progress", ChartSamples.progress),
        ("line", ChartSamples.line),
        ("participation", ChartSamples.participation),
        ("tiers", ChartSamples.tiers),
    ]

    @Test(arguments: ["sparkline", "progress", "line", "participation", "tiers"])
    func matchesGolden(name: String) throws {
        let chart = try #require(Self.cases.first { $0.name == name }?.chart)
        let actual = chart.svg + "\n"
        if ProcessInfo.processInfo.environment["ACCORD_UPDATE_GOLDENS"] != nil {
            let source = Golden.testsFolder.appendingPathComponent("Fixtures/Charts/\(name).svg")
            try actual.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/Charts/\(name).svg"))
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func sameInputGivesByteIdenticalOutput() {
        #expect(
            ChartSamples.line
                == PartyLineChart.build(
                    idPrefix: "acme-globex-trust", title: "Trust by party",
                    series: [
                        ChartSeries(
                            name: "Acme Corp",
                            points: [
                                ChartPoint(day: ChartSamples.day("2026-04-13"), value: 4.2),
                                ChartPoint(day: ChartSamples.day("2026-03-09"), value: nil),
                                ChartPoint(day: ChartSamples.day("2026-02-09"), value: 4),
                                ChartPoint(day: ChartSamples.day("2026-01-12"), value: 3.8),
                            ]),
                        ChartSeries(
                            name: "Globex",
                            points: [
                                ChartPoint(day: ChartSamples.day("2026-01-12"), value: 3),
                                ChartPoint(day: ChartSamples.day("2026-02-09"), value: 3.5),
                                ChartPoint(day: ChartSamples.day("2026-03-09"), value: 3.25),
                                ChartPoint(day: ChartSamples.day("2026-04-13"), value: 2.75),
                            ]),
                        ChartSeries(
                            name: "Initech",
                            points: [
                                ChartPoint(day: ChartSamples.day("2026-03-09"), value: 4.5)
                            ]),
                    ],
                    valueLabel: "Trust (1–5)"
                ))
        #expect(
            ChartSamples.tiers.svg
                == TierDistributionChart.build(
                    idPrefix: "portfolio-tiers", title: "Partnerships by tier",
                    counts: [.ended: 1, .unrated: 1, .atRisk: 1, .marginal: 3, .healthy: 5, .highPerforming: 2]
                ).svg)
    }

    @Test func summariesAndTables() {
        #expect(
            ChartSamples.sparkline.summary
                == "Alignment index: 78.5 (amber) on 11 May 2026, down 2.8 from 81.3 on 13 Apr 2026. Over 5 dates from 12 Jan 2026 to 11 May 2026: lowest 62.5, highest 81.3; no data at 1 date."
        )
        #expect(
            ChartSamples.progress.summary
                == "G1 Reduce open tickets: 44% of the way from baseline 120 tickets to target 60 tickets; latest reading 93.6 tickets; status: behind; 60% of the time has passed."
        )
        #expect(
            ChartSamples.line.summary
                == "Trust by party. Trust (1–5) at 4 dates from 12 Jan 2026 to 13 Apr 2026. Acme Corp: 4.2 on 13 Apr 2026, up 0.4 from 3.8 on 12 Jan 2026. Globex: 2.75 on 13 Apr 2026, down 0.25 from 3 on 12 Jan 2026. Initech: 4.5 on 9 Mar 2026."
        )
        #expect(
            ChartSamples.participation.summary
                == "Attendees by party: 3 meetings, 11 attendees in all. Overall share: Acme Corp 64% (7), Globex 18% (2), Initech 18% (2). 1 meeting with no attendees."
        )
        #expect(
            ChartSamples.tiers.summary
                == "Partnerships by tier: 13 partnerships (2 high-performing, 5 healthy, 3 marginal, 1 at risk, 1 unrated, 1 ended)."
        )
        #expect(ChartSamples.line.table.headers == ["Date", "Acme Corp", "Globex", "Initech"])
        #expect(ChartSamples.line.table.rows[2] == ["9 Mar 2026", "no data", "3.25", "4.5"])
        #expect(
            ChartSamples.participation.table.rows[0] == [
                "12 Jan 2026 steering", "3 (50%)", "2 (33.3%)", "1 (16.7%)", "6",
            ])
        #expect(ChartSamples.tiers.table.rows.count == 8)  // v1.2: exiting between unrated and draft
        #expect(ChartSamples.tiers.table.rows[5] == ["Exiting", "0", "0%"])
        #expect(ChartSamples.tiers.table.rows[6] == ["Draft", "0", "0%"])
        #expect(ChartSamples.sparkline.table.rows[2] == ["9 Mar 2026", "no data", "no data"])
    }
}
