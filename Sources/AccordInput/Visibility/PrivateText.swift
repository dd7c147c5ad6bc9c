import AccordCore

/// One line of text a view leaves out, with where it is written: what the leak check looks for in the output.
public struct PrivateText: Sendable, Hashable {
    /// The line's plain text (markup dropped).
    public var text: String
    /// Where it is written.
    public var location: SourceLocation
    /// Who may read it.
    public var visibility: Visibility
}

extension MarkdownBlock {
    /// The block's lines of plain text with their file lines: a paragraph line by line (at its breaks), list
    /// items and quotes block by block, a table cell by cell, a code block line by line. The leak check and the
    /// text the view shows are both cut this way, so that the two compare.
    package func textLines() -> [(text: String, line: Int)] {
        var out: [(text: String, line: Int)] = []
        appendTextLines(to: &out)
        return out
    }

    package func appendTextLines(to out: inout [(text: String, line: Int)]) {
        switch self {
        case .paragraph(let inlines, let line), .heading(_, let inlines, let line):
            var current: [MarkdownInline] = []
            var number = line
            for inline in inlines {
                if inline == .softBreak || inline == .lineBreak {
                    out.append((current.plainText.trimmed, number))
                    current = []
                    number += 1
                } else {
                    current.append(inline)
                }
            }
            out.append((current.plainText.trimmed, number))
            if case .heading = self, let last = out.popLast() {
                out.append((PrivateMarker.split(last.text).title, last.line))
            }
        case .blockQuote(let blocks, _):
            for block in blocks { block.appendTextLines(to: &out) }
        case .list(let list, _):
            for item in list.items {
                for block in item.blocks { block.appendTextLines(to: &out) }
            }
        case .codeBlock(_, let literal, let line):
            for (offset, text) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                out.append((text.trimmed, line + 1 + offset))
            }
        case .html(let text, let line):
            out.append((text.trimmed, line))
        case .thematicBreak:
            break
        case .table(let table, let line):
            for cell in table.header { out.append((cell.plainText.trimmed, line)) }
            for (row, cells) in table.rows.enumerated() {
                let number = row < table.rowLines.count ? table.rowLines[row] : line
                for cell in cells { out.append((cell.plainText.trimmed, number)) }
            }
        }
    }

    /// Every link and image destination in the block, nested ones included.
    package func destinations() -> [String] {
        var out: [String] = []
        func walk(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .link(let destination, _, let children), .image(let destination, _, let children):
                    out.append(destination)
                    walk(children)
                case .emphasis(let children), .strong(let children): walk(children)
                default: break
                }
            }
        }
        switch self {
        case .paragraph(let inlines, _), .heading(_, let inlines, _): walk(inlines)
        case .blockQuote(let blocks, _): out += blocks.flatMap { $0.destinations() }
        case .list(let list, _): out += list.items.flatMap { $0.blocks.flatMap { $0.destinations() } }
        case .table(let table, _): for cell in table.header + table.rows.flatMap({ $0 }) { walk(cell) }
        case .codeBlock, .html, .thematicBreak: break
        }
        return out
    }
}
