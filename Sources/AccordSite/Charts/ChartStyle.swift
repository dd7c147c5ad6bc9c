/// The non-colour encodings of series (dash patterns, marker shapes, fill patterns) and layout helpers.
package enum ChartStyle {
    /// Number of distinct series styles before they repeat.
    package static let seriesStyleCount = 6

    /// CSS class of series number `index` (0-based): `series-1` … `series-6`, then again.
    package static func seriesClass(_ index: Int) -> String {
        "series-" + String(index % seriesStyleCount + 1)
    }

    /// The `stroke-dasharray` of series `index`, or nil for a solid line.
    package static func dashArray(_ index: Int) -> String? {
        let patterns: [String?] = [nil, "8 4", "2 3", "8 3 2 3", "4 2", "12 3 2 3 2 3"]
        return patterns[index % patterns.count]
    }

    /// A filled marker of series `index` centred at `(x, y)`: circle, square, triangle, diamond, down-triangle, plus.
    package static func marker(_ index: Int, x: Double, y: Double) -> String {
        let n = SVGMarkup.n
        switch index % seriesStyleCount {
        case 0:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.5\" fill=\"currentColor\"/>"
        case 1:
            return "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"currentColor\"/>"
        case 2:
            return path("M\(n(x)),\(n(y - 4.5)) L\(n(x + 4)),\(n(y + 3)) L\(n(x - 4)),\(n(y + 3)) Z")
        case 3:
            return path("M\(n(x)),\(n(y - 4.5)) L\(n(x + 4.5)),\(n(y)) L\(n(x)),\(n(y + 4.5)) L\(n(x - 4.5)),\(n(y)) Z")
        case 4:
            return path("M\(n(x)),\(n(y + 4.5)) L\(n(x + 4)),\(n(y - 3)) L\(n(x - 4)),\(n(y - 3)) Z")
        default:
            let a = 1.5
            let b = 4.5
            return path(
                "M\(n(x - a)),\(n(y - b)) L\(n(x + a)),\(n(y - b)) L\(n(x + a)),\(n(y - a)) L\(n(x + b)),\(n(y - a)) "
                    + "L\(n(x + b)),\(n(y + a)) L\(n(x + a)),\(n(y + a)) L\(n(x + a)),\(n(y + b)) L\(n(x - a)),\(n(y + b)) "
                    + "L\(n(x - a)),\(n(y + a)) L\(n(x - b)),\(n(y + a)) L\(n(x - b)),\(n(y - a)) L\(n(x - a)),\(n(y - a)) Z"
            )
        }
    }

    private static func path(_ d: String) -> String {
        "<path d=\"\(d)\" fill=\"currentColor\"/>"
    }

    /// Number of fill patterns (index 0 is solid and has no pattern element).
    package static let fillPatternCount = 8

    /// The `<pattern>` element of fill pattern `index` (1…7), drawn in the background colour over a fill.
    package static func patternDefinition(_ index: Int, ids: ChartIDs) -> String? {
        let shapes: [String] = [
            "",
            "<path class=\"pattern-ink\" d=\"M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5\" stroke-width=\"1.5\"/>",
            "<circle class=\"pattern-ink\" cx=\"3\" cy=\"3\" r=\"1.2\"/>",
            "<path class=\"pattern-ink\" d=\"M0,3 L6,3\" stroke-width=\"1.5\"/>",
            "<path class=\"pattern-ink\" d=\"M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5 M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1\" stroke-width=\"1\"/>",
            "<path class=\"pattern-ink\" d=\"M3,0 L3,6\" stroke-width=\"1.5\"/>",
            "<path class=\"pattern-ink\" d=\"M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1\" stroke-width=\"1.5\"/>",
            "<circle class=\"pattern-ink\" cx=\"3\" cy=\"3\" r=\"2\" fill=\"none\" stroke-width=\"1\"/>",
        ]
        let slot = index % fillPatternCount
        guard slot != 0 else { return nil }
        return "<pattern id=\"\(ids.pattern(slot))\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
            + shapes[slot] + "</pattern>"
    }

    /// The pattern definitions for a set of pattern indices, in ascending order, without duplicates.
    package static func patternDefinitions(_ indices: [Int], ids: ChartIDs) -> [String] {
        Set(indices.map { $0 % fillPatternCount }).sorted().compactMap { patternDefinition($0, ids: ids) }
    }

    /// A filled rectangle in the current colour with fill pattern `pattern` drawn over it.
    package static func patternedRect(x: Double, y: Double, width: Double, height: Double, pattern: Int, ids: ChartIDs)
        -> [String]
    {
        let n = SVGMarkup.n
        let geometry = "x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\""
        var out = ["<rect class=\"segment\" \(geometry) fill=\"currentColor\"/>"]
        let slot = pattern % fillPatternCount
        if slot != 0 {
            out.append("<rect \(geometry) fill=\"url(#\(ids.pattern(slot)))\"/>")
        }
        return out
    }

    /// Estimated width of a text at a font size (0.6 em per character): deterministic, for layout only.
    package static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }

    /// Positions of legend entries laid out left to right, wrapping at `maxWidth`: (x, row) per entry.
    package static func flowLayout(widths: [Double], start: Double, maxWidth: Double, gap: Double) -> [(
        x: Double, row: Int
    )] {
        var out: [(x: Double, row: Int)] = []
        var x = start
        var row = 0
        for width in widths {
            if x > start, x + width > maxWidth {
                row += 1
                x = start
            }
            out.append((x, row))
            x += width + gap
        }
        return out
    }
}
