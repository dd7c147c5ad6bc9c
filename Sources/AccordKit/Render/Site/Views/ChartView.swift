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
