import AccordCore

extension SparklineChart {
    /// Most points a compact sparkline draws: the latest ones.
    package static let compactPointLimit = 10

    /// A small sparkline for a table row of the portfolio (hundreds per page): the latest ten points at one
    /// decimal, styled by CSS (`svg.spark-compact`), named by a short `aria-label` (`Outcome trend: down 9.5 since
    /// 12 Oct 2026`) because the cell beside it already gives the value and its band. About 350 bytes.
    public static func compact(label: String, points: [ChartPoint], domain: ClosedRange<Double> = 0...100) -> String {
        let sorted = ChartGeometry.sortedByDay(points)
        let recent = Array(sorted.suffix(compactPointLimit))
        let valued = recent.filter { $0.finiteValue != nil }
        var words = "\(label) trend: "
        if valued.count >= 2, let last = valued.last?.finiteValue, let previous = valued[valued.count - 2].finiteValue {
            words +=
                ChartWords.change(from: previous, to: last, decimals: 1)
                + " since \(valued[valued.count - 2].day.readable)"
        } else {
            words += valued.isEmpty ? "no data" : "one value"
        }
        // No width and height: the stylesheet sizes it (`svg.spark-compact`), which saves bytes on every row.
        var svg =
            "<svg class=\"spark-compact\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"\(Escape.xml(words))\">"
        if valued.isEmpty {
            svg += "<line x1=\"3\" y1=\"25\" x2=\"117\" y2=\"25\" stroke-dasharray=\"2 3\"/>"
        } else {
            let xScale = ChartGeometry.TimeScale(days: recent.map(\.day), from: padding, to: width - padding)
            let yScale = ChartGeometry.LinearScale(domain: domain, from: height - padding, to: padding)
            func n(_ value: Double) -> String { NumberText.trimmed(value, places: 1) }
            for run in ChartGeometry.runs(recent) {
                let coordinates = run.map {
                    "\(n(xScale.x($0.day))),\(n(yScale.y($0.finiteValue ?? domain.lowerBound)))"
                }
                if coordinates.count >= 2 { svg += "<polyline points=\"\(coordinates.joined(separator: " "))\"/>" }
            }
            if let last = valued.last, let value = last.finiteValue {
                svg += "<circle cx=\"\(n(xScale.x(last.day)))\" cy=\"\(n(yScale.y(value)))\" r=\"2.5\"/>"
            }
        }
        return svg + "</svg>"
    }
}
