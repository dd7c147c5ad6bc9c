import AccordCore

// Each series has its own CSS class, dash pattern and marker shape, so colour never carries meaning alone.
/// A line chart with one series per party over meeting dates (e.g. trust on the 1–5 scale).
public enum PartyLineChart {
    /// Width of the chart in SVG units.
    package static let width = 560.0
    package static let plotLeft = 56.0
    package static let plotRight = 520.0
    package static let plotTop = 12.0
    package static let plotBottom = 192.0

    /// Builds the chart of `series` on the value scale `domain` with grid lines at `ticks` (default: whole numbers).
    public static func build(
        idPrefix: String, title: String, series: [ChartSeries],
        domain: ClosedRange<Double> = 1...5, ticks: [Double]? = nil,
        valueLabel: String = "Score (1–5)", decimals: Int = 2
    ) -> SVGChart {
        let ids = ChartIDs(prefix: idPrefix)
        let n = SVGMarkup.n
        let sortedSeries = series.map { ChartSeries(name: $0.name, points: ChartGeometry.sortedByDay($0.points)) }
        let allDays = Array(Set(sortedSeries.flatMap { $0.points.map(\.day) })).sorted()
        let hasValues = sortedSeries.contains { $0.points.contains { $0.finiteValue != nil } }

        let xScale = ChartGeometry.TimeScale(days: allDays, from: plotLeft, to: plotRight)
        let yScale = ChartGeometry.LinearScale(domain: domain, from: plotBottom, to: plotTop)

        var body: [String] = []
        // Grid and y axis labels.
        body.append("<g class=\"chart-grid\" stroke=\"currentColor\" stroke-width=\"1\">")
        let tickValues = (ticks ?? defaultTicks(domain)).filter { $0.isFinite && domain.contains($0) }
        for tick in tickValues {
            let y = yScale.y(tick)
            body.append("<line x1=\"\(n(plotLeft))\" y1=\"\(n(y))\" x2=\"\(n(plotRight))\" y2=\"\(n(y))\"/>")
        }
        body.append("</g>")
        body.append(
            "<line class=\"chart-axis\" x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(plotBottom))\" stroke=\"currentColor\"/>"
        )
        for tick in tickValues {
            body.append(
                SVGMarkup.text(
                    NumberText.trimmed(tick, places: decimals), x: plotLeft - 6, y: yScale.y(tick) + 4, anchor: "end",
                    size: 10))
        }
        let middle = (plotTop + plotBottom) / 2
        body.append(
            SVGMarkup.text(
                valueLabel, x: -middle, y: 14, anchor: "middle", size: 11, extra: "transform=\"rotate(-90)\"")
        )
        // X axis labels.
        for day in xLabelDays(allDays, scale: xScale) {
            body.append(SVGMarkup.text(day.readable, x: xScale.x(day), y: plotBottom + 16, anchor: "middle", size: 10))
        }
        // Series.
        if hasValues {
            for (index, item) in sortedSeries.enumerated() {
                let dash = ChartStyle.dashArray(index).map { " stroke-dasharray=\"\($0)\"" } ?? ""
                body.append("<g class=\"series \(ChartStyle.seriesClass(index))\">")
                for run in ChartGeometry.runs(item.points) where run.count >= 2 {
                    let coordinates = run.map {
                        (x: xScale.x($0.day), y: yScale.y($0.finiteValue ?? domain.lowerBound))
                    }
                    body.append(
                        "<polyline points=\"\(SVGMarkup.points(coordinates))\" fill=\"none\" stroke=\"currentColor\" "
                            + "stroke-width=\"2\"\(dash) stroke-linejoin=\"round\"/>"
                    )
                }
                for point in item.points {
                    guard let value = point.finiteValue else { continue }
                    body.append(ChartStyle.marker(index, x: xScale.x(point.day), y: yScale.y(value)))
                }
                body.append("</g>")
            }
        } else {
            body.append(
                SVGMarkup.text("no data", x: (plotLeft + plotRight) / 2, y: middle + 4, anchor: "middle", size: 12))
        }
        // Legend.
        let legendTop = plotBottom + 36
        let entryWidths = sortedSeries.map { 30 + 6 + ChartStyle.textWidth($0.name, size: 11) }
        let layout = ChartStyle.flowLayout(widths: entryWidths, start: plotLeft, maxWidth: width - 8, gap: 18)
        for (index, item) in sortedSeries.enumerated() {
            let x = layout[index].x
            let y = legendTop + Double(layout[index].row) * 18
            let dash = ChartStyle.dashArray(index).map { " stroke-dasharray=\"\($0)\"" } ?? ""
            body.append("<g class=\"legend-item \(ChartStyle.seriesClass(index))\">")
            body.append(
                "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 30))\" y2=\"\(n(y))\" stroke=\"currentColor\" stroke-width=\"2\"\(dash)/>"
            )
            body.append(ChartStyle.marker(index, x: x + 15, y: y))
            body.append("</g>")
            body.append(SVGMarkup.text(item.name, x: x + 36, y: y + 4, size: 11))
        }
        let rows = layout.map(\.row).max().map { $0 + 1 } ?? 0
        let height = legendTop + Double(max(rows, 1)) * 18 - 4

        let summary = summarize(
            title: title, series: sortedSeries, days: allDays, valueLabel: valueLabel, decimals: decimals)
        let table = makeTable(title: title, series: sortedSeries, days: allDays, decimals: decimals)
        let svg = SVGMarkup.document(
            ids: ids, kind: "line", width: width, height: height,
            title: title, description: summary, body: body
        )
        return SVGChart(svg: svg, summary: summary, table: table)
    }

    /// Whole numbers of the domain when there are at most 11 of them, else five even steps.
    package static func defaultTicks(_ domain: ClosedRange<Double>) -> [Double] {
        let low = domain.lowerBound.rounded(.up)
        let high = domain.upperBound.rounded(.down)
        if high >= low, high - low <= 10 {
            return stride(from: low, through: high, by: 1).map { $0 }
        }
        let step = (domain.upperBound - domain.lowerBound) / 4
        return (0...4).map { domain.lowerBound + Double($0) * step }
    }

    /// Dates to label on the x axis: first, then each one at least 72 units right of the previous label, and the last.
    package static func xLabelDays(_ days: [Day], scale: ChartGeometry.TimeScale) -> [Day] {
        let minimumGap = 72.0
        var labels: [Day] = []
        for day in days {
            guard let previous = labels.last else {
                labels.append(day)
                continue
            }
            if scale.x(day) - scale.x(previous) >= minimumGap {
                labels.append(day)
            }
        }
        if let last = days.last, labels.last != last {
            if labels.count >= 2 { labels.removeLast() }
            if let previous = labels.last, scale.x(last) - scale.x(previous) >= minimumGap {
                labels.append(last)
            }
        }
        return labels
    }

    package static func summarize(title: String, series: [ChartSeries], days: [Day], valueLabel: String, decimals: Int)
        -> String
    {
        guard let first = days.first, let last = days.last,
            series.contains(where: { $0.points.contains { $0.finiteValue != nil } })
        else {
            return "\(title): no data."
        }
        var sentence = "\(title). \(valueLabel) at "
        sentence +=
            days.count == 1
            ? "1 date, \(first.readable)."
            : "\(ChartWords.count(days.count, "date")) from \(first.readable) to \(last.readable)."
        for item in series {
            let valued = item.points.filter { $0.finiteValue != nil }
            sentence += " \(item.name): "
            guard let latest = valued.last, let latestValue = latest.finiteValue else {
                sentence += "no data."
                continue
            }
            sentence += "\(NumberText.trimmed(latestValue, places: decimals)) on \(latest.day.readable)"
            if valued.count >= 2, let earliest = valued.first, let earliestValue = earliest.finiteValue {
                let change = ChartWords.change(from: earliestValue, to: latestValue, decimals: decimals)
                sentence +=
                    ", \(change) from \(NumberText.trimmed(earliestValue, places: decimals)) on \(earliest.day.readable)"
            }
            sentence += "."
        }
        return sentence
    }

    package static func makeTable(title: String, series: [ChartSeries], days: [Day], decimals: Int) -> ChartTable {
        let headers = ["Date"] + series.map(\.name)
        let rows = days.map { day -> [String] in
            [day.readable]
                + series.map { item in
                    let value = item.points.last { $0.day == day }?.finiteValue
                    return value.map { NumberText.trimmed($0, places: decimals) } ?? "no data"
                }
        }
        return ChartTable(caption: title, headers: headers, rows: rows)
    }
}
