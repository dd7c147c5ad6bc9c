/// A link or image of a Markdown body that may point to another note (its destination mentions
/// `.md`), with the line and column of the destination in the file: the site plan checks it
/// before anything is measured or rendered, so `check` reports what `build` would.
public struct MarkdownLink: Sendable, Hashable, Codable {
    /// The destination as cmark read it (`../charter.md#goals`).
    public var destination: String
    /// Where the destination is written (the block's line when it cannot be found on a line).
    public var location: SourceLocation

    /// A link at a location.
    public init(destination: String, location: SourceLocation) {
        self.destination = destination
        self.location = location
    }

    /// The links of a document whose destination mentions `.md`; `body` is the Markdown text the document
    /// was parsed from, `lineOffset` the number of file lines before it.
    package static func noteLinks(in document: MarkdownDocument, body: String, lineOffset: Int, path: String)
        -> [MarkdownLink]
    {
        var found: [(destination: String, line: Int)] = []
        for block in document.blocks { collect(block, into: &found) }
        guard !found.isEmpty else { return [] }
        var locator = Locator(body: body)
        return found.map { destination, line in
            let place = locator.find(destination, fromLine: line - lineOffset)
            return MarkdownLink(
                destination: destination,
                location: SourceLocation(
                    path: path, line: (place?.line ?? line - lineOffset) + lineOffset,
                    column: place?.column))
        }
    }

    /// Finds destinations in the body in document order, in time linear in the body: each search starts
    /// after the previous find (or at the link's block) and looks at most `window` bytes ahead; columns
    /// are counted on from the previous find on the same line.
    package struct Locator {
        package static let window = 4096
        package let bytes: [UInt8]
        /// Where each body line starts (the one line index of the project).
        package let lines: LineIndex
        package var cursor = 0
        package var last: (line: Int, offset: Int, column: Int)?

        package init(body: String) {
            bytes = Array(body.utf8)
            lines = LineIndex(body)
        }

        /// The 1-based body line and column of `needle` at or after body line `line`, if found nearby.
        package mutating func find(_ needle: String, fromLine line: Int) -> (line: Int, column: Int)? {
            let target = Array(needle.utf8)
            guard let first = target.first, line >= 1, line <= lines.lineCount else { return nil }
            let start = max(cursor, lines.starts[line - 1])
            let end = min(bytes.count - target.count + 1, start + Self.window)
            var index = start
            while index < end {
                if bytes[index] == first, bytes[index..<(index + target.count)].elementsEqual(target) { break }
                index += 1
            }
            guard index < end else { return nil }
            cursor = index + target.count
            let foundLine = lines.line(atByteOffset: index)
            let lineStart = lines.starts[foundLine - 1]
            let from = last.map { $0.line == foundLine ? $0.offset : lineStart } ?? lineStart
            let base = last.map { $0.line == foundLine ? $0.column : 1 } ?? 1
            let column = base + String(decoding: bytes[from..<index], as: UTF8.self).count
            last = (foundLine, index, column)
            return (foundLine, column)
        }
    }

    package static func collect(_ block: MarkdownBlock, into found: inout [(destination: String, line: Int)]) {
        switch block {
        case .paragraph(let inlines, let line), .heading(_, let inlines, let line):
            collect(inlines, line: line, into: &found)
        case .blockQuote(let blocks, _):
            for child in blocks { collect(child, into: &found) }
        case .list(let list, _):
            for item in list.items { for child in item.blocks { collect(child, into: &found) } }
        case .table(let table, let line):
            for cell in table.header { collect(cell, line: line, into: &found) }
            for (row, rowLine) in zip(table.rows, table.rowLines) {
                for cell in row { collect(cell, line: rowLine, into: &found) }
            }
        case .codeBlock, .html, .thematicBreak:
            break
        }
    }

    package static func collect(
        _ inlines: [MarkdownInline], line: Int, into found: inout [(destination: String, line: Int)]
    ) {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let children), .image(let destination, _, let children):
                if destination.lowercased().contains(".md") { found.append((destination, line)) }
                collect(children, line: line, into: &found)
            case .emphasis(let children), .strong(let children):
                collect(children, line: line, into: &found)
            case .text, .softBreak, .lineBreak, .code, .html:
                break
            }
        }
    }
}
