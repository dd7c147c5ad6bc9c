import AccordCore
import AccordMetrics

/// A small line (about 120×28) of an index history: gaps where there is no data, the latest value marked.
public enum SparklineChart {
    /// Width of the sparkline in SVG units.
    package static let width = 120.0
    /// Height of the sparkline in SVG units.
    package static let height = 28.0
    /// Inner padding so that markers are not clipped.
    package static let padding = 3.0

    /// Builds the sparkline of `points` (any order) on the value scale `domain`, values shown with `decimals` places.
    public static func build(
        idPrefix: String, title: String, points: [ChartPoint],
        domain: ClosedRange<Double> = 0...100, valueLabel: String = "Score", decimals: Int = 1
    ) -> SVGChart {
        let ids = ChartIDs(prefix: idPrefix)
        let sorted = ChartGeometry.sortedByDay(points)
        let summary = summarize(title: title, points: sorted, decimals: decimals)
        let table = makeTable(title: title, points: sorted, valueLabel: valueLabel, decimals: decimals)
        let n = SVGMarkup.n

        var body: [String] = []
        let valued = sorted.filter { $0.finiteValue != nil }
        if valued.isEmpty {
            body.append(
                "<line class=\"chart-axis\" x1=\"\(n(padding))\" y1=\"\(n(height - padding))\" x2=\"\(n(width - padding))\" "
                    + "y2=\"\(n(height - padding))\" stroke=\"currentColor\" stroke-dasharray=\"2 3\"/>"
            )
            body.append(SVGMarkup.text("no data", x: width / 2, y: 16, anchor: "middle", size: 10))
        } else {
            let xScale = ChartGeometry.TimeScale(days: sorted.map(\.day), from: padding, to: width - padding)
            let yScale = ChartGeometry.LinearScale(domain: domain, from: height - padding, to: padding)
            let runs = ChartGeometry.runs(sorted)
            var lines: [String] = []
            for (index, run) in runs.enumerated() {
                let coordinates = run.map { (x: xScale.x($0.day), y: yScale.y($0.finiteValue ?? domain.lowerBound)) }
                if coordinates.count >= 2 {
                    lines.append(
                        "<polyline points=\"\(SVGMarkup.points(coordinates))\" fill=\"none\" stroke=\"currentColor\" "
                            + "stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
                    )
                } else if let only = coordinates.first, index < runs.count - 1 {
                    lines.append("<circle cx=\"\(n(only.x))\" cy=\"\(n(only.y))\" r=\"1.5\" fill=\"currentColor\"/>")
                }
            }
            body.append("<g class=\"spark-line\">")
            body += lines
            body.append("</g>")
            if let last = valued.last, let value = last.finiteValue {
                let band = last.band.map { " " + $0.cssClass } ?? ""
                body.append(
                    "<circle class=\"spark-last\(band)\" cx=\"\(n(xScale.x(last.day)))\" cy=\"\(n(yScale.y(value)))\" r=\"2.5\" fill=\"currentColor\"/>"
                )
            }
        }
        let svg = SVGMarkup.document(
            ids: ids, kind: "sparkline", width: width, height: height,
            title: title, description: summary, body: body
        )
        return SVGChart(svg: svg, summary: summary, table: table)
    }

    /// The value with its band word, e.g. `78.4 (amber)`.
    package static func valueWithBand(_ point: ChartPoint, decimals: Int) -> String {
        let value = NumberText.trimmed(point.finiteValue ?? 0, places: decimals)
        guard let band = point.band, band != .noData else { return value }
        return value + " (" + band.word + ")"
    }

    package static func summarize(title: String, points: [ChartPoint], decimals: Int) -> String {
        guard let first = points.first, let last = points.last else {
            return "\(title): no history yet."
        }
        let valued = points.filter { $0.finiteValue != nil }
        let span =
            points.count == 1
            ? "on \(first.day.readable)"
            : "at \(ChartWords.count(points.count, "date")) from \(first.day.readable) to \(last.day.readable)"
        guard let latest = valued.last, let latestValue = latest.finiteValue else {
            return "\(title): no data \(span)."
        }
        var sentence = "\(title): "
        if last.finiteValue == nil {
            sentence +=
                "no data on \(last.day.readable); last value \(valueWithBand(latest, decimals: decimals)) on \(latest.day.readable)"
        } else {
            sentence += "\(valueWithBand(latest, decimals: decimals)) on \(latest.day.readable)"
        }
        if valued.count >= 2 {
            let previous = valued[valued.count - 2]
            let previousValue = previous.finiteValue ?? 0
            let change = ChartWords.change(from: previousValue, to: latestValue, decimals: decimals)
            sentence +=
                ", \(change) from \(NumberText.trimmed(previousValue, places: decimals)) on \(previous.day.readable)"
        }
        sentence += "."
        guard points.count >= 2 else { return sentence }
        sentence += " Over \(ChartWords.count(points.count, "date")) from \(first.day.readable) to \(last.day.readable)"
        let values = valued.compactMap(\.finiteValue)
        if values.count >= 2, let low = values.min(), let high = values.max() {
            sentence +=
                ": lowest \(NumberText.trimmed(low, places: decimals)), highest \(NumberText.trimmed(high, places: decimals))"
        }
        let missing = points.count - valued.count
        if missing > 0 {
            sentence += "; no data at \(ChartWords.count(missing, "date"))"
        }
        return sentence + "."
    }

    package static func makeTable(title: String, points: [ChartPoint], valueLabel: String, decimals: Int) -> ChartTable
    {
        let showBands = points.contains { $0.band != nil }
        let headers = showBands ? ["Date", valueLabel, "Band"] : ["Date", valueLabel]
        let rows = points.map { point -> [String] in
            let value = point.finiteValue.map { NumberText.trimmed($0, places: decimals) } ?? "no data"
            var row = [point.day.readable, value]
            if showBands {
                row.append(point.finiteValue == nil ? MetricBand.noData.word : (point.band?.word ?? ""))
            }
            return row
        }
        return ChartTable(caption: title, headers: headers, rows: rows)
    }
}
