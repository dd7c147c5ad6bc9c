import AccordCore

extension MetricsExport {
    /// The plain-text report of `accord metrics`: an overview row per partnership, then each partnership's
    /// metrics with score and band, aligned in columns (widths counted in characters).
    public static func table(_ metrics: PortfolioMetrics, slug: String? = nil) -> String {
        let partnerships = selected(metrics, slug: slug)
        var out = "Report date: \(metrics.asOf)\n\n"
        let overview =
            [["PARTNERSHIP", "TIER", "ALIGNMENT", "OUTCOME", "RED FLAGS", "WARNINGS"]]
            + partnerships.map { item in
                [
                    item.slug, item.tier.rawValue, NumberText.score(item.alignment.index),
                    NumberText.score(item.outcome.index),
                    item.redFlags.isEmpty ? "—" : item.redFlags.map(\.kind.rawValue).joined(separator: ", "),
                    item.warnings.isEmpty ? "—" : item.warnings.map(\.kind.rawValue).joined(separator: ", "),
                ]
            }
        out += alignedRows(overview, rightAligned: [2, 3])
        for item in partnerships {
            out += "\n\(item.slug) — \(item.title)\n"
            var rows = [["METRIC", "NAME", "SCORE", "BAND"]]
            for family in [item.alignment, item.outcome] {
                for metric in family.metrics {
                    rows.append([metric.id.rawValue, metric.name, NumberText.score(metric.score), metric.band.rawValue])
                }
                rows.append([
                    "", "\(family.family == .alignment ? "Alignment" : "Outcome") index",
                    NumberText.score(family.index), "",
                ])
            }
            out += alignedRows(rows, rightAligned: [2])
        }
        return out
    }

    /// Rows padded to column widths with two spaces between columns; trailing spaces trimmed.
    package static func alignedRows(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for row in rows {
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                cells.append(rightAligned.contains(index) ? padding + cell : cell + padding)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
