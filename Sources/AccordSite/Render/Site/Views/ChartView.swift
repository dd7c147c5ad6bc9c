import AccordCore

/// A chart as templates show it: the inline SVG, its text summary and its data table.
package struct ChartView: TemplateView {
    package struct Row: TemplateView {
        package var header: String
        package var cells: [String]
    }

    package var svg: String
    package var summary: String
    package var caption: String
    package var headers: [String]
    /// Headers after the first (the first heads the row-header column).
    package var valueHeaders: [String]
    package var firstHeader: String
    package var rows: [Row]
    /// `rows` as the built-in chart partial shows them (one `<tr>` a line), built in Swift: a page has
    /// hundreds of table cells, too many tiny items for Mustache sections.
    package var rowsHTML: String
    package var hasRows: Bool

    package init(_ chart: SVGChart) {
        svg = chart.svg
        summary = chart.summary
        caption = chart.table.caption
        headers = chart.table.headers
        firstHeader = chart.table.headers.first ?? ""
        valueHeaders = Array(chart.table.headers.dropFirst())
        rows = chart.table.rows.map { Row(header: $0.first ?? "", cells: Array($0.dropFirst())) }
        hasRows = !rows.isEmpty
        rowsHTML = Self.rowsHTML(rows)
    }

    /// The data rows as `partials/chart.mustache` rendered them item by item:
    /// `<tr><th scope="row">header</th><td>cell</td>…</tr>`, one a line.
    package static func rowsHTML(_ rows: [Row]) -> String {
        var html = ""
        for (index, row) in rows.enumerated() {
            if index > 0 { html += "\n" }
            html += "<tr><th scope=\"row\">"
            Escape.appendAttribute(row.header, to: &html)
            html += "</th>"
            for cell in row.cells {
                html += "<td>"
                Escape.appendAttribute(cell, to: &html)
                html += "</td>"
            }
            html += "</tr>"
        }
        return html
    }
}
