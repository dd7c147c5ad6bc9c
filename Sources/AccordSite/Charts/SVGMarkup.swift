import AccordCore

/// Small helpers that write the SVG markup shared by every chart.
package enum SVGMarkup {
    /// A coordinate or length: at most two decimals, `.` separator, no `-0`.
    package static func n(_ value: Double) -> String {
        NumberText.trimmed(value, places: 2)
    }

    /// Escaped text for element content or an attribute value.
    package static func e(_ text: String) -> String {
        Escape.xml(text)
    }

    /// The whole `<svg>` element: root with `role="img"`, `<title>`, `<desc>`, optional `<defs>`, body.
    package static func document(
        ids: ChartIDs, kind: String, width: Double, height: Double,
        title: String, description: String, defs: [String] = [], body: [String]
    ) -> String {
        var lines: [String] = []
        lines.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
                + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(ids.title) \(ids.desc)\">"
        )
        lines.append("<title id=\"\(ids.title)\">\(e(title))</title>")
        lines.append("<desc id=\"\(ids.desc)\">\(e(description))</desc>")
        if !defs.isEmpty {
            lines.append("<defs>")
            lines += defs
            lines.append("</defs>")
        }
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// A `<text>` element in the chart's text colour.
    package static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start",
        size: Double = 11, cssClass: String = "chart-label", extra: String = ""
    ) -> String {
        let anchorAttribute = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        let extraAttribute = extra.isEmpty ? "" : " " + extra
        return
            "<text class=\"\(cssClass)\" x=\"\(n(x))\" y=\"\(n(y))\"\(anchorAttribute) font-size=\"\(n(size))\" fill=\"currentColor\"\(extraAttribute)>\(e(content))</text>"
    }

    /// A `points` attribute value for a polyline.
    package static func points(_ list: [(x: Double, y: Double)]) -> String {
        list.map { n($0.x) + "," + n($0.y) }.joined(separator: " ")
    }
}
