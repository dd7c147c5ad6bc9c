/// An inline SVG chart with its text alternatives: a one-paragraph summary and the data as a table.
public struct SVGChart: Sendable, Hashable {
    /// The `<svg>` element, ready to paste into HTML (already escaped).
    public let svg: String
    /// Plain-text summary of what the chart shows (not escaped: the template escapes it).
    public let summary: String
    /// The data behind the chart, for screen readers and print (plain text, not escaped).
    public let table: ChartTable

    /// A chart from its markup, summary and table.
    public init(svg: String, summary: String, table: ChartTable) {
        self.svg = svg
        self.summary = summary
        self.table = table
    }
}
