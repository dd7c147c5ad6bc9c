import AccordCore

// Each party has a CSS class and a fill pattern; shares are written under the segments that are wide enough.
/// Stacked 100 % bars of the share of attendees by party, one bar per meeting (or per party).
public enum ParticipationChart {
    /// Width of the chart in SVG units.
    package static let width = 560.0
    package static let left = 8.0
    package static let right = 552.0
    package static let rowHeight = 50.0

    /// Builds one bar per entry of `bars`, split by `parties`; `barNoun` and `categoryHeader` word the summary and table.
    public static func build(
        idPrefix: String, title: String, parties: [String], bars: [ParticipationBar],
        barNoun: String = "meeting", categoryHeader: String = "Meeting"
    ) -> SVGChart {
        let ids = ChartIDs(prefix: idPrefix)
        let n = SVGMarkup.n
        let counts = bars.map { bar in
            parties.indices.map { index in index < bar.counts.count ? max(bar.counts[index], 0) : 0 }
        }
        let barWidth = right - left

        var body: [String] = []
        for (row, bar) in bars.enumerated() {
            let top = 8 + Double(row) * rowHeight
            let total = counts[row].reduce(0, +)
            body.append(
                SVGMarkup.text("\(bar.label) (\(ChartWords.count(total, "attendee")))", x: left, y: top + 11, size: 11))
            let barTop = top + 16
            if total == 0 {
                body.append(
                    "<rect class=\"chart-axis\" x=\"\(n(left + 0.5))\" y=\"\(n(barTop + 0.5))\" width=\"\(n(barWidth - 1))\" height=\"15\" "
                        + "fill=\"none\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/>"
                )
                body.append(
                    SVGMarkup.text("no attendees", x: (left + right) / 2, y: barTop + 12, anchor: "middle", size: 10))
                continue
            }
            var cumulative = 0
            for (index, party) in parties.enumerated() {
                let count = counts[row][index]
                guard count > 0 else { continue }
                let x0 = left + Double(cumulative) / Double(total) * barWidth
                cumulative += count
                let x1 = left + Double(cumulative) / Double(total) * barWidth
                let share = Double(count) / Double(total)
                body.append("<g class=\"\(ChartStyle.seriesClass(index))\">")
                body.append(
                    "<title>\(SVGMarkup.e("\(party): \(count) of \(total), \(ChartNumber.percent(share))"))</title>")
                body += ChartStyle.patternedRect(x: x0, y: barTop, width: x1 - x0, height: 16, pattern: index, ids: ids)
                body.append("</g>")
                let label = ChartNumber.percent(share)
                if x1 - x0 >= ChartStyle.textWidth(label, size: 10) + 6 {
                    body.append(SVGMarkup.text(label, x: (x0 + x1) / 2, y: barTop + 28, anchor: "middle", size: 10))
                }
            }
        }
        // Legend.
        let legendTop = 8 + Double(bars.count) * rowHeight + 8
        let widths = parties.map { 12 + 6 + ChartStyle.textWidth($0, size: 11) }
        let layout = ChartStyle.flowLayout(widths: widths, start: left, maxWidth: right, gap: 18)
        for (index, party) in parties.enumerated() {
            let x = layout[index].x
            let y = legendTop + Double(layout[index].row) * 18
            body.append("<g class=\"legend-item \(ChartStyle.seriesClass(index))\">")
            body += ChartStyle.patternedRect(x: x, y: y, width: 12, height: 12, pattern: index, ids: ids)
            body.append("</g>")
            body.append(SVGMarkup.text(party, x: x + 18, y: y + 10, size: 11))
        }
        let legendRows = (layout.map(\.row).max() ?? 0) + 1
        let height = legendTop + Double(legendRows) * 18

        let defs = ChartStyle.patternDefinitions(Array(parties.indices), ids: ids)
        let summary = summarize(title: title, parties: parties, counts: counts, barNoun: barNoun)
        let table = makeTable(
            title: title, parties: parties, bars: bars, counts: counts, categoryHeader: categoryHeader)
        let svg = SVGMarkup.document(
            ids: ids, kind: "participation", width: width, height: height,
            title: title, description: summary, defs: defs, body: body
        )
        return SVGChart(svg: svg, summary: summary, table: table)
    }

    package static func summarize(title: String, parties: [String], counts: [[Int]], barNoun: String) -> String {
        let totals = parties.indices.map { index in counts.reduce(0) { $0 + $1[index] } }
        let total = totals.reduce(0, +)
        var sentence =
            "\(title): \(ChartWords.count(counts.count, barNoun)), \(ChartWords.count(total, "attendee")) in all"
        guard total > 0 else { return sentence + "." }
        let shares = parties.indices.map { index in
            "\(parties[index]) \(ChartNumber.percent(Double(totals[index]) / Double(total))) (\(totals[index]))"
        }
        sentence += ". Overall share: " + ChartWords.list(shares) + "."
        let empty = counts.filter { $0.reduce(0, +) == 0 }.count
        if empty > 0 {
            sentence += " \(ChartWords.count(empty, barNoun)) with no attendees."
        }
        return sentence
    }

    package static func makeTable(
        title: String, parties: [String], bars: [ParticipationBar], counts: [[Int]], categoryHeader: String
    ) -> ChartTable {
        let rows = bars.indices.map { row -> [String] in
            let total = counts[row].reduce(0, +)
            let cells = counts[row].map { count -> String in
                total == 0 ? "0" : "\(count) (\(ChartNumber.percent(Double(count) / Double(total), decimals: 1)))"
            }
            return [bars[row].label] + cells + [String(total)]
        }
        return ChartTable(caption: title, headers: [categoryHeader] + parties + ["Total"], rows: rows)
    }
}
