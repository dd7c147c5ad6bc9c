import Testing

@testable import AccordKit

@Suite struct ChartEdgeCaseTests {
    let day = ChartSamples.day

    /// Every chart is an accessible image whose labels point at its own title and desc.
    func expectAccessible(_ chart: SVGChart, prefix: String) {
        #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart "))
        #expect(chart.svg.contains("role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\""))
        #expect(chart.svg.contains("<title id=\"\(prefix)-title\">"))
        #expect(chart.svg.contains("<desc id=\"\(prefix)-desc\">"))
        #expect(chart.svg.contains("viewBox=\"0 0 "))
        #expect(chart.svg.hasSuffix("</svg>"))
        #expect(
            !chart.svg.contains("-0 ") && !chart.svg.contains("\"-0\"") && !chart.svg.contains("NaN")
                && !chart.svg.contains("inf"))
        for row in chart.table.rows {
            #expect(row.count == chart.table.headers.count)
        }
    }

    @Test func sparklineWithNoPoints() {
        let chart = SparklineChart.build(idPrefix: "s", title: "Outcome index", points: [])
        expectAccessible(chart, prefix: "s")
        #expect(chart.summary == "Outcome index: no history yet.")
        #expect(chart.svg.contains(">no data</text>"))
        #expect(!chart.svg.contains("polyline"))
        #expect(chart.table.rows.isEmpty)
    }

    @Test func sparklineAllNil() {
        let chart = SparklineChart.build(
            idPrefix: "s", title: "Outcome index",
            points: [
                ChartPoint(day: day("2026-01-12"), value: nil),
                ChartPoint(day: day("2026-02-09"), value: .nan),
            ])
        expectAccessible(chart, prefix: "s")
        #expect(chart.summary == "Outcome index: no data at 2 dates from 12 Jan 2026 to 9 Feb 2026.")
        #expect(!chart.svg.contains("polyline") && !chart.svg.contains("spark-last"))
        #expect(chart.table.rows == [["12 Jan 2026", "no data"], ["9 Feb 2026", "no data"]])
    }

    @Test func sparklineSinglePointIsCentredAndMarked() {
        let chart = SparklineChart.build(
            idPrefix: "s", title: "Alignment index",
            points: [
                ChartPoint(day: day("2026-01-12"), value: 50, band: .red)
            ])
        expectAccessible(chart, prefix: "s")
        #expect(
            chart.svg.contains(
                "<circle class=\"spark-last band-red\" cx=\"60\" cy=\"14\" r=\"2.5\" fill=\"currentColor\"/>"))
        #expect(!chart.svg.contains("polyline"))
        #expect(chart.summary == "Alignment index: 50 (red) on 12 Jan 2026.")
    }

    @Test func sparklineGapBreaksTheLineAndKeepsIsolatedPoints() {
        let chart = SparklineChart.build(
            idPrefix: "s", title: "Index",
            points: [
                ChartPoint(day: day("2026-01-01"), value: 10),
                ChartPoint(day: day("2026-01-02"), value: nil),
                ChartPoint(day: day("2026-01-03"), value: 20),
                ChartPoint(day: day("2026-01-04"), value: 30),
                ChartPoint(day: day("2026-01-05"), value: nil),
            ])
        #expect(chart.svg.components(separatedBy: "<polyline").count == 2)
        #expect(chart.svg.contains("<circle cx=\"3\""))  // the isolated first point
        #expect(
            chart.summary.hasPrefix(
                "Index: no data on 5 Jan 2026; last value 30 on 4 Jan 2026, up 10 from 20 on 3 Jan 2026."))
    }

    @Test func progressBeyondOneIsClamped() {
        let chart = ProgressBarChart.build(
            idPrefix: "p", title: "G2", progress: 1.7, baseline: 10, target: 20, latest: 27)
        expectAccessible(chart, prefix: "p")
        #expect(chart.svg.contains("width=\"160\" height=\"10\""))
        #expect(chart.svg.contains(">100%</text>"))
        #expect(
            chart.summary == "G2: 100% (target passed) of the way from baseline 10 to target 20; latest reading 27.")
    }

    @Test func progressBelowZeroAndMissing() {
        let below = ProgressBarChart.build(idPrefix: "p", title: "G3", progress: -0.25, unit: "%")
        #expect(!below.svg.contains("progress-fill"))
        #expect(below.summary == "G3: 0% (below baseline).")
        let missing = ProgressBarChart.build(
            idPrefix: "p", title: "G4", progress: nil, baseline: 1, target: 2, unit: "%")
        #expect(missing.summary == "G4: no data; from baseline 1% to target 2%; status: no data.")
        #expect(missing.svg.contains(">no data</text>"))
        #expect(missing.table.rows.last == ["Status", "no data"])
    }

    @Test func lineChartWithNoSeries() {
        let chart = PartyLineChart.build(idPrefix: "l", title: "Pulse", series: [])
        expectAccessible(chart, prefix: "l")
        #expect(chart.summary == "Pulse: no data.")
        #expect(chart.svg.contains(">no data</text>"))
        #expect(chart.table.rows.isEmpty)
    }

    @Test func lineChartSinglePoint() {
        let chart = PartyLineChart.build(
            idPrefix: "l", title: "Pulse",
            series: [
                ChartSeries(name: "Acme", points: [ChartPoint(day: day("2026-01-12"), value: 3)])
            ])
        expectAccessible(chart, prefix: "l")
        #expect(chart.svg.contains("<circle cx=\"288\" cy=\"102\" r=\"3.5\" fill=\"currentColor\"/>"))
        #expect(chart.summary == "Pulse. Score (1–5) at 1 date, 12 Jan 2026. Acme: 3 on 12 Jan 2026.")
    }

    @Test func partyNamesAreEscaped() {
        let name = "R&D <Lab> \"West\""
        let line = PartyLineChart.build(
            idPrefix: "l", title: "Trust & <pulse>",
            series: [
                ChartSeries(name: name, points: [ChartPoint(day: day("2026-01-12"), value: 3)])
            ])
        #expect(line.svg.contains(">R&amp;D &lt;Lab&gt; &quot;West&quot;</text>"))
        #expect(line.svg.contains("<title id=\"l-title\">Trust &amp; &lt;pulse&gt;</title>"))
        #expect(!line.svg.contains("<Lab>") && !line.svg.contains("<pulse>"))
        #expect(line.table.headers == ["Date", name])  // tables stay plain text: the template escapes them
        let bars = ParticipationChart.build(
            idPrefix: "b", title: "Attendees", parties: [name, "Acme"],
            bars: [
                ParticipationBar(label: "<kick-off>", counts: [1, 1])
            ])
        #expect(bars.svg.contains("<title>R&amp;D &lt;Lab&gt; &quot;West&quot;: 1 of 2, 50%</title>"))
        #expect(bars.svg.contains(">&lt;kick-off&gt; (2 attendees)</text>"))
        #expect(!bars.svg.contains("<Lab>") && !bars.svg.contains("<kick-off>"))
        #expect(bars.summary.contains("R&D <Lab> \"West\" 50% (1)"))
    }

    @Test func idPrefixIsSanitized() {
        let chart = SparklineChart.build(idPrefix: "1 \"x\"><script>", title: "T", points: [])
        expectAccessible(chart, prefix: "chart-1--x---script-")
    }

    @Test func participationWithoutBarsOrAttendees() {
        let empty = ParticipationChart.build(idPrefix: "b", title: "Attendees", parties: [], bars: [])
        expectAccessible(empty, prefix: "b")
        #expect(empty.summary == "Attendees: 0 meetings, 0 attendees in all.")
        let zero = ParticipationChart.build(
            idPrefix: "b", title: "Attendees", parties: ["Acme"],
            bars: [
                ParticipationBar(label: "m1", counts: [])
            ])
        #expect(zero.svg.contains(">no attendees</text>"))
        #expect(zero.table.rows == [["m1", "0", "0"]])
    }

    @Test func tierDistributionEmptyAndSingle() {
        let empty = TierDistributionChart.build(idPrefix: "t", title: "Tiers", counts: [:])
        expectAccessible(empty, prefix: "t")
        #expect(empty.summary == "Tiers: 0 partnerships.")
        #expect(empty.svg.contains(">no partnerships</text>"))
        let one = TierDistributionChart.build(idPrefix: "t", title: "Tiers", counts: [.atRisk: 1])
        #expect(one.summary == "Tiers: 1 partnership (1 at risk).")
        #expect(one.svg.contains(">At risk 1</text>"))
        #expect(one.svg.contains(">At risk: 1</text>"))
        #expect(one.svg.contains("class=\"tier-at-risk\""))
    }
}
