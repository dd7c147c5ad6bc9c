import AccordCore
import CCmark

/// Parses CommonMark with the cmark C library and copies the tree into Swift values.
/// This is the only file that imports the C module; every C object is freed before it returns.
public enum CmarkParser {
    /// cmark's `CMARK_OPT_SMART`: straight quotes to curly, `--` to dashes, `...` to ellipses.
    package static let smartPunctuation: Int32 = 1 << 10

    /// Deeper nesting than this is flattened to text, so a hostile file cannot exhaust the stack.
    package static let maximumDepth = 64

    /// Parses a Markdown body; `lineOffset` is added to every line so lines are lines of the file.
    public static func parse(_ markdown: String, lineOffset: Int = 0) -> MarkdownDocument {
        var text = markdown
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, smartPunctuation)
            }
        }
        guard let root else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        let copier = Copier(lineOffset: lineOffset, source: markdown)
        return MarkdownDocument(blocks: copier.blocks(under: root, depth: 0))
    }

    /// Parses a fragment and calls `body` with its root, freed afterwards.
    package static func withParsed<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T? {
        var text = markdown
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, smartPunctuation)
            }
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Walks a cmark tree and builds Swift values.
    package struct Copier {
        package let lineOffset: Int
        /// The parsed text, for the pipe tables that cmark reads as paragraphs.
        package let source: String
        /// Where each line of `source` starts; empty when the text has no `|` (so no table).
        package let lineStarts: [String.Index]

        package init(lineOffset: Int, source: String) {
            self.lineOffset = lineOffset
            self.source = source
            var starts: [String.Index] = []
            if source.utf8.contains(UInt8(ascii: "|")) {
                starts.append(source.startIndex)
                var index = source.utf8.startIndex
                while let newline = source.utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
                    index = source.utf8.index(after: newline)
                    starts.append(index)
                }
            }
            lineStarts = starts
        }

        package func blocks(under parent: OpaquePointer, depth: Int) -> [MarkdownBlock] {
            var result: [MarkdownBlock] = []
            var child = cmark_node_first_child(parent)
            while let node = child {
                if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, depth + 1 <= CmarkParser.maximumDepth,
                    let blocks = tableBlocks(node, depth: depth + 1)
                {
                    result += blocks
                } else if let block = block(node, depth: depth + 1) {
                    result.append(block)
                }
                child = cmark_node_next(node)
            }
            return result
        }

        /// A paragraph that holds a pipe table, as the paragraph before it (if any) and the table;
        /// nil when the paragraph's source lines hold no table.
        package func tableBlocks(_ node: OpaquePointer, depth: Int) -> [MarkdownBlock]? {
            let first = Int(cmark_node_get_start_line(node))
            let last = Int(cmark_node_get_end_line(node))
            let indent = max(0, Int(cmark_node_get_start_column(node)) - 1)
            guard !lineStarts.isEmpty, first >= 1, last >= first + 1 else { return nil }
            let lines = sourceLines(first...last, indent: indent)
            guard lines.count == last - first + 1,
                let (header, alignments) = PipeTableSyntax.headerIndex(in: lines)
            else { return nil }
            var result: [MarkdownBlock] = []
            if header > 0 {
                let before =
                    CmarkParser.withParsed(lines[..<header].joined(separator: "\n")) { root in
                        cmark_node_first_child(root).map { inlines(under: $0, depth: depth) } ?? []
                    } ?? []
                result.append(.paragraph(before, line: first + lineOffset))
            }
            let width = alignments.count
            let rows = ([lines[header]] + lines[(header + 2)...]).map { line in
                let cells = PipeTableSyntax.cells(line).prefix(width)
                return Array(cells) + Array(repeating: "", count: width - cells.count)
            }
            let contents = cellInlines(rows.flatMap { $0 }, depth: depth)
            let cells = stride(from: 0, to: contents.count, by: width).map { Array(contents[$0..<($0 + width)]) }
            let headerLine = first + header + lineOffset
            result.append(
                .table(
                    MarkdownTable(
                        alignments: alignments, header: cells[0], rows: Array(cells.dropFirst()),
                        rowLines: rows.indices.dropFirst().map { headerLine + 1 + $0 }),
                    line: headerLine))
            return result
        }

        /// The inline content of every cell, parsed by cmark in one document: one cell a paragraph.
        package func cellInlines(_ cells: [String], depth: Int) -> [[MarkdownInline]] {
            var contents = Array(repeating: [MarkdownInline](), count: cells.count)
            let text = cells.map { $0.isEmpty ? "" : String(PipeTableSyntax.cellPrefix) + $0 }.joined(separator: "\n\n")
            CmarkParser.withParsed(text) { root in
                var child = cmark_node_first_child(root)
                while let node = child {
                    let index = (Int(cmark_node_get_start_line(node)) - 1) / 2
                    if contents.indices.contains(index), cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                        contents[index] = PipeTableSyntax.removingCellPrefix(inlines(under: node, depth: depth))
                    }
                    child = cmark_node_next(node)
                }
            }
            // A cell cmark read as another block (an HTML block) keeps its text.
            for index in cells.indices where contents[index].isEmpty && !cells[index].isEmpty {
                contents[index] = [.text(cells[index])]
            }
            return contents
        }

        /// Source lines `range` (1-based) of the parsed text without their container markup: the first
        /// line from the paragraph's column `indent + 1`, the others without up to `indent` spaces, tabs or `>`.
        package func sourceLines(_ range: ClosedRange<Int>, indent: Int) -> [Substring] {
            guard range.upperBound <= lineStarts.count else { return [] }
            return range.map { number in
                let start = lineStarts[number - 1]
                let end = number < lineStarts.count ? source.utf8.index(before: lineStarts[number]) : source.endIndex
                var line = source[start..<end]
                if line.hasSuffix("\r") { line = line.dropLast() }
                if number == range.lowerBound { return line.utf8.count >= indent ? line.dropFirst(indent) : line }
                var dropped = 0
                while dropped < indent, let character = line.first,
                    character == " " || character == "\t" || character == ">"
                {
                    line = line.dropFirst()
                    dropped += 1
                }
                return line
            }
        }

        package func line(_ node: OpaquePointer) -> Int {
            Int(cmark_node_get_start_line(node)) + lineOffset
        }

        package func literal(_ node: OpaquePointer) -> String {
            guard let pointer = cmark_node_get_literal(node) else { return "" }
            return String(cString: pointer)
        }

        package func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
            let type = cmark_node_get_type(node)
            let line = line(node)
            if depth > CmarkParser.maximumDepth {
                return .paragraph([.text(plainText(node))], line: line)
            }
            switch type {
            case CMARK_NODE_PARAGRAPH:
                return .paragraph(inlines(under: node, depth: depth), line: line)
            case CMARK_NODE_HEADING:
                return .heading(
                    level: Int(cmark_node_get_heading_level(node)), inlines(under: node, depth: depth), line: line)
            case CMARK_NODE_BLOCK_QUOTE:
                return .blockQuote(blocks(under: node, depth: depth), line: line)
            case CMARK_NODE_LIST:
                return .list(list(node, depth: depth), line: line)
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                return .codeBlock(info: info, literal: literal(node), line: line)
            case CMARK_NODE_HTML_BLOCK:
                return .html(literal(node), line: line)
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak(line: line)
            default:
                return nil
            }
        }

        package func list(_ node: OpaquePointer, depth: Int) -> MarkdownList {
            var items: [MarkdownListItem] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                var content = blocks(under: item, depth: depth + 1)
                let task = Self.extractTask(from: &content)
                items.append(
                    MarkdownListItem(
                        task: task, blocks: content, line: line(item),
                        column: Int(cmark_node_get_start_column(item))))
                child = cmark_node_next(item)
            }
            return MarkdownList(
                isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                isTight: cmark_node_get_list_tight(node) != 0,
                items: items)
        }

        package func inlines(under parent: OpaquePointer, depth: Int) -> [MarkdownInline] {
            var result: [MarkdownInline] = []
            // Adjacent text runs are merged (cmark splits text at brackets and entities); the run is built
            // in one buffer, so a paragraph of thousands of runs is not copied once per run.
            var run: String?
            var child = cmark_node_first_child(parent)
            while let node = child {
                if let inline = inline(node, depth: depth + 1) {
                    if case .text(let next) = inline {
                        if run == nil { run = next } else { run?.append(next) }
                    } else {
                        if let text = run { result.append(.text(text)) }
                        run = nil
                        result.append(inline)
                    }
                }
                child = cmark_node_next(node)
            }
            if let text = run { result.append(.text(text)) }
            return result
        }

        package func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline? {
            if depth > CmarkParser.maximumDepth { return .text(plainText(node)) }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: return .text(literal(node))
            case CMARK_NODE_SOFTBREAK: return .softBreak
            case CMARK_NODE_LINEBREAK: return .lineBreak
            case CMARK_NODE_CODE: return .code(literal(node))
            case CMARK_NODE_HTML_INLINE: return .html(literal(node))
            case CMARK_NODE_EMPH: return .emphasis(inlines(under: node, depth: depth))
            case CMARK_NODE_STRONG: return .strong(inlines(under: node, depth: depth))
            case CMARK_NODE_LINK:
                return .link(
                    destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    inlines(under: node, depth: depth))
            case CMARK_NODE_IMAGE:
                return .image(
                    source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    inlines(under: node, depth: depth))
            default: return nil
            }
        }

        package func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }

        /// The text of every literal below a node, for content nested too deep to keep its structure.
        package func plainText(_ node: OpaquePointer) -> String {
            var out = ""
            guard let iterator = cmark_iter_new(node) else { return out }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                    let current = cmark_iter_get_node(iterator)
                else { continue }
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: out += literal(current)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
                default: break
                }
            }
            return out
        }

        /// Removes a leading `[ ]`, `[x]` or `[X]` marker from an item's first paragraph and returns its state.
        package static func extractTask(from blocks: inout [MarkdownBlock]) -> TaskState? {
            guard case .paragraph(var inlines, let line)? = blocks.first,
                case .text(let text)? = inlines.first
            else { return nil }
            let scalars = Array(text.unicodeScalars.prefix(4))
            guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]" else { return nil }
            let state: TaskState
            switch scalars[1] {
            case " ": state = .open
            case "x", "X": state = .done
            default: return nil
            }
            if scalars.count == 4 {
                guard scalars[3] == " " || scalars[3] == "\t" else { return nil }
            } else if inlines.count > 1, inlines[1] != .softBreak {
                return nil
            }
            var rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(scalars.count)))
            while rest.first == " " || rest.first == "\t" { rest.removeFirst() }
            if rest.isEmpty {
                inlines.removeFirst()
                if inlines.first == .softBreak { inlines.removeFirst() }
            } else {
                inlines[0] = .text(rest)
            }
            blocks[0] = .paragraph(inlines, line: line)
            return state
        }
    }
}
