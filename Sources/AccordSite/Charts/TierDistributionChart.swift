import AccordCore
import AccordMetrics

/// One horizontal bar of the number of partnerships per health tier, every segment labelled in words.
public enum TierDistributionChart {
    /// Width of the chart in SVG units.
    package static let width = 560.0
    package static let left = 8.0
    package static let right = 552.0

    /// Builds the bar from the count of partnerships per tier (missing tiers count 0), in `HealthTier` order.
    public static func build(idPrefix: String, title: String, counts: [HealthTier: Int]) -> SVGChart {
        let ids = ChartIDs(prefix: idPrefix)
        let n = SVGMarkup.n
        let tiers = HealthTier.allCases.map { (tier: $0, count: max(counts[$0] ?? 0, 0)) }
        let present = tiers.filter { $0.count > 0 }
        let total = present.reduce(0) { $0 + $1.count }
        let barTop = 22.0
        let barHeight = 20.0
        let barWidth = right - left

        var body: [String] = []
        if total == 0 {
            body.append(
                "<rect class=\"chart-axis\" x=\"\(n(left + 0.5))\" y=\"\(n(barTop + 0.5))\" width=\"\(n(barWidth - 1))\" height=\"\(n(barHeight - 1))\" "
                    + "fill=\"none\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/>"
            )
            body.append(
                SVGMarkup.text("no partnerships", x: (left + right) / 2, y: barTop + 14, anchor: "middle", size: 11))
        }
        var cumulative = 0
        for item in present {
            let x0 = left + Double(cumulative) / Double(total) * barWidth
            cumulative += item.count
            let x1 = left + Double(cumulative) / Double(total) * barWidth
            let words = "\(item.tier.title) \(item.count)"
            body.append("<g class=\"\(item.tier.cssClass)\">")
            body.append(
                "<title>\(SVGMarkup.e("\(item.tier.title): \(ChartWords.count(item.count, "partnership"))"))</title>")
            body += ChartStyle.patternedRect(
                x: x0, y: barTop, width: x1 - x0, height: barHeight, pattern: item.tier.patternIndex, ids: ids)
            body.append("</g>")
            let segment = x1 - x0
            if segment >= ChartStyle.textWidth(words, size: 11) + 4 {
                body.append(SVGMarkup.text(words, x: (x0 + x1) / 2, y: barTop - 6, anchor: "middle", size: 11))
            } else if segment >= ChartStyle.textWidth(String(item.count), size: 11) + 2 {
                body.append(
                    SVGMarkup.text(String(item.count), x: (x0 + x1) / 2, y: barTop - 6, anchor: "middle", size: 11))
            }
        }
        // Legend: every tier present, in bar order, with words and counts.
        let legendTop = barTop + barHeight + 14
        let labels = present.map { "\($0.tier.title): \($0.count)" }
        let layout = ChartStyle.flowLayout(
            widths: labels.map { 12 + 6 + ChartStyle.textWidth($0, size: 11) }, start: left, maxWidth: right, gap: 18
        )
        for (index, item) in present.enumerated() {
            let x = layout[index].x
            let y = legendTop + Double(layout[index].row) * 18
            body.append("<g class=\"legend-item \(item.tier.cssClass)\">")
            body += ChartStyle.patternedRect(
                x: x, y: y, width: 12, height: 12, pattern: item.tier.patternIndex, ids: ids)
            body.append("</g>")
            body.append(SVGMarkup.text(labels[index], x: x + 18, y: y + 10, size: 11))
        }
        let legendRows = present.isEmpty ? 0 : (layout.map(\.row).max() ?? 0) + 1
        let height = legendTop + Double(legendRows) * 18

        var summary = "\(title): \(ChartWords.count(total, "partnership"))"
        if !present.isEmpty {
            summary += " (" + ChartWords.list(present.map { "\($0.count) \($0.tier.title.lowercased())" }) + ")"
        }
        summary += "."
        let rows = tiers.map { item -> [String] in
            let share = total == 0 ? "0%" : ChartNumber.percent(Double(item.count) / Double(total), decimals: 1)
            return [item.tier.title, String(item.count), share]
        }
        let table = ChartTable(caption: title, headers: ["Tier", "Partnerships", "Share"], rows: rows)
        let defs = ChartStyle.patternDefinitions(present.map(\.tier.patternIndex), ids: ids)
        let svg = SVGMarkup.document(
            ids: ids, kind: "tiers", width: width, height: height,
            title: title, description: summary, defs: defs, body: body
        )
        return SVGChart(svg: svg, summary: summary, table: table)
    }
}
