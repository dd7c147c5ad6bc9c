/// A chart as templates show it: the inline SVG, its text summary and its data table.
struct ChartView {
    struct Row {
        var header: String
        var cells: [String]
    }

    var svg: String
    var summary: String
    var caption: String
    var headers: [String]
    /// Headers after the first (the first heads the row-header column).
    var valueHeaders: [String]
    var firstHeader: String
    var rows: [Row]
    var hasRows: Bool

    init(_ chart: SVGChart) {
        svg = chart.svg
        summary = chart.summary
        caption = chart.table.caption
        headers = chart.table.headers
        firstHeader = chart.table.headers.first ?? ""
        valueHeaders = Array(chart.table.headers.dropFirst())
        rows = chart.table.rows.map { Row(header: $0.first ?? "", cells: Array($0.dropFirst())) }
        hasRows = !rows.isEmpty
    }
}

/// Words and CSS classes for bands, tiers and goal statuses, so colour never carries meaning alone.
enum Wording {
    static func band(_ band: MetricBand) -> String {
        switch band {
        case .green: "Good"
        case .amber: "Watch"
        case .red: "Concern"
        case .noData: "No data"
        }
    }

    static func score(_ value: Double?) -> String {
        value.map { Self.oneDecimal(MetricMath.rounded($0, places: 1)) } ?? "—"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded(.toNearestOrAwayFromZero)))%" } ?? "—"
    }

    static func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .achieved: "Achieved"
        case .onTrack: "On track"
        case .behind: "Behind"
        case .noData: "No data"
        }
    }
}
