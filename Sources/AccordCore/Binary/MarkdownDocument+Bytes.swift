// A Markdown tree as bytes (`ByteWriter`) and back (`ByteReader`): each block and inline is a tag byte, then its
// fields in the order of its case.

extension ByteWriter {
    /// Appends a Markdown tree.
    package mutating func document(_ document: MarkdownDocument) { array(document.blocks) { $0.block($1) } }

    /// Appends a block.
    package mutating func block(_ block: MarkdownBlock) {
        switch block {
        case .paragraph(let inlines, let line):
            tag(0, line: line)
            self.inlines(inlines)
        case .heading(let level, let inlines, let line):
            tag(1, line: line)
            int(level)
            self.inlines(inlines)
        case .blockQuote(let blocks, let line):
            tag(2, line: line)
            array(blocks) { $0.block($1) }
        case .list(let list, let line):
            tag(3, line: line)
            bool(list.isOrdered)
            int(list.start)
            bool(list.isTight)
            array(list.items) { writer, item in
                writer.optional(item.task) { $0.bool($1 == .done) }
                writer.array(item.blocks) { $0.block($1) }
                writer.int(item.line)
                writer.int(item.column)
            }
        case .codeBlock(let info, let literal, let line):
            tag(4, line: line)
            string(info)
            string(literal)
        case .html(let text, let line):
            tag(5, line: line)
            string(text)
        case .thematicBreak(let line):
            tag(6, line: line)
        case .table(let table, let line):
            tag(7, line: line)
            array(table.alignments) { writer, alignment in
                writer.int(alignment.map { [.left, .center, .right].firstIndex(of: $0) ?? 0 } ?? -1)
            }
            array(table.header) { $0.inlines($1) }
            array(table.rows) { $0.array($1) { $0.inlines($1) } }
            array(table.rowLines) { $0.int($1) }
        }
    }

    private mutating func tag(_ tag: Int, line: Int) {
        int(tag)
        int(line)
    }

    /// Appends a run of inlines.
    package mutating func inlines(_ inlines: [MarkdownInline]) { array(inlines) { $0.inline($1) } }

    /// Appends an inline.
    package mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            int(0)
            string(text)
        case .softBreak: int(1)
        case .lineBreak: int(2)
        case .code(let text):
            int(3)
            string(text)
        case .html(let text):
            int(4)
            string(text)
        case .emphasis(let children):
            int(5)
            inlines(children)
        case .strong(let children):
            int(6)
            inlines(children)
        case .link(let destination, let title, let children):
            int(7)
            string(destination)
            string(title)
            inlines(children)
        case .image(let source, let title, let children):
            int(8)
            string(source)
            string(title)
            inlines(children)
        }
    }
}

extension ByteReader {
    /// Reads a Markdown tree.
    package mutating func document() throws -> MarkdownDocument {
        MarkdownDocument(blocks: try array { try $0.block() })
    }

    /// Reads a block.
    package mutating func block() throws -> MarkdownBlock {
        let (tag, line) = (try int(), try int())
        switch tag {
        case 0: return .paragraph(try inlines(), line: line)
        case 1: return .heading(level: try int(), try inlines(), line: line)
        case 2: return .blockQuote(try array { try $0.block() }, line: line)
        case 3:
            let (isOrdered, start, isTight) = (try bool(), try int(), try bool())
            let items = try array { reader in
                MarkdownListItem(
                    task: try reader.optional { try $0.bool() ? .done : .open },
                    blocks: try reader.array { try $0.block() }, line: try reader.int(), column: try reader.int())
            }
            return .list(MarkdownList(isOrdered: isOrdered, start: start, isTight: isTight, items: items), line: line)
        case 4: return .codeBlock(info: try string(), literal: try string(), line: line)
        case 5: return .html(try string(), line: line)
        case 6: return .thematicBreak(line: line)
        case 7:
            let alignments = try array { reader -> MarkdownTable.Alignment? in
                let index = try reader.int()
                guard index >= 0 else { return nil }
                guard index < 3 else { throw Malformed() }
                return [MarkdownTable.Alignment.left, .center, .right][index]
            }
            let header = try array { try $0.inlines() }
            let rows = try array { try $0.array { try $0.inlines() } }
            return .table(
                MarkdownTable(alignments: alignments, header: header, rows: rows, rowLines: try array { try $0.int() }),
                line: line)
        default: throw Malformed()
        }
    }

    /// Reads a run of inlines.
    package mutating func inlines() throws -> [MarkdownInline] { try array { try $0.inline() } }

    /// Reads an inline.
    package mutating func inline() throws -> MarkdownInline {
        switch try int() {
        case 0: .text(try string())
        case 1: .softBreak
        case 2: .lineBreak
        case 3: .code(try string())
        case 4: .html(try string())
        case 5: .emphasis(try inlines())
        case 6: .strong(try inlines())
        case 7: .link(destination: try string(), title: try string(), try inlines())
        case 8: .image(source: try string(), title: try string(), try inlines())
        default: throw Malformed()
        }
    }
}
