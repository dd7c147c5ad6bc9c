/// The element ids of one chart, all derived from a caller-supplied prefix so they are unique on a page.
package struct ChartIDs: Sendable, Hashable {
    /// The sanitized prefix: ASCII letters, digits, `-` and `_`, starting with a letter.
    package let prefix: String

    /// Ids from a prefix; characters other than ASCII letters, digits, `-` and `_` become `-`.
    package init(prefix raw: String) {
        var cleaned = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": cleaned.unicodeScalars.append(scalar)
            default: cleaned += "-"
            }
        }
        if let first = cleaned.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            prefix = cleaned
        } else {
            prefix = "chart-" + cleaned
        }
    }

    /// Id of the `<title>`.
    package var title: String { prefix + "-title" }
    /// Id of the `<desc>`.
    package var desc: String { prefix + "-desc" }
    /// Id of fill pattern number `index`.
    package func pattern(_ index: Int) -> String { prefix + "-pattern-" + String(index) }
}
