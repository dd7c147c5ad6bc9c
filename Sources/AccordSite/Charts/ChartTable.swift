/// The data behind a chart as plain-text cells, for an HTML `<table>` beside the chart.
public struct ChartTable: Sendable, Hashable {
    /// Caption of the table (the chart's title).
    public let caption: String
    /// Column headers.
    public let headers: [String]
    /// Rows of cells, each with as many cells as there are headers.
    public let rows: [[String]]

    /// A table from its caption, headers and rows.
    public init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }
}
