import AccordCore
import AccordMetrics

/// A horizontal bar of a goal's KPI progress (0…1, clamped) with its percentage written beside it.
public enum ProgressBarChart {
    /// Width of the whole chart in SVG units (bar plus label).
    package static let width = 200.0
    /// Height of the chart in SVG units.
    package static let height = 16.0
    /// Length of the bar at 100 %.
    package static let barLength = 160.0

    /// Builds the bar for `progress` (nil = no data), describing baseline → target, the latest reading and status.
    public static func build(
        idPrefix: String, title: String, progress: Double?,
        baseline: Double? = nil, target: Double? = nil, latest: Double? = nil, unit: String = "",
        status: GoalStatus? = nil, elapsed: Double? = nil, decimals: Int = 2
    ) -> SVGChart {
        let ids = ChartIDs(prefix: idPrefix)
        let raw = progress.flatMap { $0.isFinite ? $0 : nil }
        let clamped = raw.map { min(max($0, 0), 1) }
        let elapsedShare = elapsed.flatMap { $0.isFinite ? min(max($0, 0), 1) : nil }
        let effectiveStatus = status ?? (clamped == nil ? .noData : nil)
        let n = SVGMarkup.n

        func amount(_ value: Double) -> String {
            let number = NumberText.trimmed(value, places: decimals)
            if unit.isEmpty { return number }
            return unit == "%" ? number + "%" : number + " " + unit
        }

        // Summary.
        var summary = "\(title): "
        if let raw, let clamped {
            summary += ChartNumber.percent(clamped)
            if raw > 1 {
                summary += " (target passed)"
            } else if raw < 0 {
                summary += " (below baseline)"
            }
        } else {
            summary += "no data"
        }
        if let baseline, let target, baseline.isFinite, target.isFinite {
            summary += raw == nil ? "; " : " of the way "
            summary += "from baseline \(amount(baseline)) to target \(amount(target))"
        }
        if let latest, latest.isFinite {
            summary += "; latest reading \(amount(latest))"
        }
        if let effectiveStatus {
            summary += "; status: \(effectiveStatus.word)"
        }
        if let elapsedShare {
            summary += "; \(ChartNumber.percent(elapsedShare)) of the time has passed"
        }
        summary += "."

        // Table.
        var rows: [[String]] = []
        if let baseline, baseline.isFinite { rows.append(["Baseline", amount(baseline)]) }
        if let target, target.isFinite { rows.append(["Target", amount(target)]) }
        if let latest, latest.isFinite { rows.append(["Latest reading", amount(latest)]) }
        rows.append(["Progress", clamped.map { ChartNumber.percent($0) } ?? "no data"])
        if let elapsedShare { rows.append(["Time elapsed", ChartNumber.percent(elapsedShare)]) }
        if let effectiveStatus { rows.append(["Status", effectiveStatus.word]) }
        let table = ChartTable(caption: title, headers: ["Measure", "Value"], rows: rows)

        // Markup.
        let barTop = 3.0
        let barHeight = 10.0
        var body: [String] = [
            "<rect class=\"progress-track\" x=\"0.5\" y=\"\(n(barTop - 0.5))\" width=\"\(n(barLength - 1))\" height=\"\(n(barHeight + 1))\" "
                + "rx=\"2\" fill=\"none\" stroke=\"currentColor\"/>"
        ]
        if let clamped, clamped > 0 {
            let statusClass = effectiveStatus.map { " " + $0.cssClass } ?? ""
            body.append(
                "<rect class=\"progress-fill\(statusClass)\" x=\"0\" y=\"\(n(barTop))\" width=\"\(n(clamped * barLength))\" "
                    + "height=\"\(n(barHeight))\" rx=\"2\" fill=\"currentColor\"/>"
            )
        }
        if let elapsedShare {
            let x = min(max(elapsedShare * barLength, 1), barLength - 1)
            body.append(
                "<line class=\"progress-expected\" x1=\"\(n(x))\" y1=\"0\" x2=\"\(n(x))\" y2=\"\(n(height))\" "
                    + "stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"2 1\"/>"
            )
        }
        let label = clamped.map { ChartNumber.percent($0) } ?? "no data"
        body.append(SVGMarkup.text(label, x: barLength + 6, y: 12, size: 11))

        let svg = SVGMarkup.document(
            ids: ids, kind: "progress", width: width, height: height,
            title: title, description: summary, body: body
        )
        return SVGChart(svg: svg, summary: summary, table: table)
    }
}
