import AccordCore

/// The GitHub pipe-table rules on source lines: splitting a row into cells, recognising the
/// delimiter row, and finding where a table starts inside a paragraph's lines.
package enum PipeTableSyntax {
    /// The cells of a row: split on pipes not escaped by a backslash, the leading and trailing pipe
    /// optional, each cell trimmed, `\|` read as `|` (also inside code spans, as GitHub does).
    package static func cells(_ line: Substring) -> [String] {
        var text = line.trimmed[...]
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmed)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmed)
        return cells
    }

    /// The column alignments when the line is a delimiter row (cells of `-` with optional colons at
    /// either end, and at least one pipe or more than one cell), else nil.
    package static func delimiterRow(_ line: Substring) -> [MarkdownTable.Alignment?]? {
        guard line.contains("|") else { return nil }
        let cells = cells(line)
        var alignments: [MarkdownTable.Alignment?] = []
        for cell in cells {
            let left = cell.hasPrefix(":")
            let right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : nil)
        }
        return alignments
    }

    /// The index of the header line of the first table in a paragraph's lines: a line followed by a
    /// delimiter row with as many cells as it has. Nil when the paragraph holds no table.
    package static func headerIndex(in lines: [Substring]) -> (index: Int, alignments: [MarkdownTable.Alignment?])? {
        guard lines.count >= 2 else { return nil }
        for index in 0..<(lines.count - 1) {
            guard let alignments = delimiterRow(lines[index + 1]) else { continue }
            if cells(lines[index]).count == alignments.count { return (index, alignments) }
        }
        return nil
    }

    /// Put before a cell's text so that cmark reads it as a paragraph whatever it starts with (`# `,
    /// `- `, `1. `, `>`, a fence, a thematic break) and still sees its first character after white
    /// space (smart quotes and emphasis open as they would at the start of a line). Removed again after parsing.
    package static let cellPrefix: Character = "\u{00A0}"

    /// A cell's inlines without the `cellPrefix` that was put before its text.
    package static func removingCellPrefix(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        guard case .text(let text)? = inlines.first, text.first == cellPrefix else { return inlines }
        let rest = String(text.dropFirst())
        return rest.isEmpty ? Array(inlines.dropFirst()) : [.text(rest)] + inlines.dropFirst()
    }
}
