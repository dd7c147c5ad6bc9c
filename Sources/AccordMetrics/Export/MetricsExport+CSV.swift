import AccordCore

extension MetricsExport {
    /// CSV (RFC 4180, `\n` line ends) with a header and one row per partnership × metric, A1…O5;
    /// the score has one decimal and is empty when there is no data; `red_flags` and `warnings` list the
    /// partnership's ids separated by spaces.
    public static func csv(_ metrics: PortfolioMetrics, slug: String? = nil) -> String {
        var lines = [
            "slug,status,tier,family,metric,name,score,band,inputs,alignment_index,outcome_index,red_flags,warnings"
        ]
        for partnership in selected(metrics, slug: slug) {
            let flags: String = partnership.redFlags.map(\.kind.rawValue).joined(separator: " ")
            let warnings: String = partnership.warnings.map(\.kind.rawValue).joined(separator: " ")
            for metric in partnership.allMetrics {
                let fields: [String] = [
                    partnership.slug, partnership.status.rawValue, partnership.tier.rawValue, metric.family.rawValue,
                    metric.id.rawValue, metric.name, metric.score.map { NumberText.fixed($0, places: 1) } ?? "",
                    metric.band.rawValue, String(metric.inputs.count),
                    partnership.alignment.index.map { NumberText.fixed($0, places: 1) } ?? "",
                    partnership.outcome.index.map { NumberText.fixed($0, places: 1) } ?? "",
                    flags, warnings,
                ]
                lines.append(fields.map(csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    package static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
