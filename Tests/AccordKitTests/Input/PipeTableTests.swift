import Testing

@testable import AccordKit

/// Pipe tables built on cmark's tree, checked on cases written from the text of the GFM spec's
/// table section (alignment, escaped pipes, inline content, ragged rows, where a table ends).
@Suite struct PipeTableTests {
    func html(_ markdown: String) -> String {
        MarkdownHTMLRenderer().render(CmarkParser.parse(markdown))
    }

    func region(_ label: String, _ rows: String) -> String {
        "<div class=\"table-scroll md-table\" tabindex=\"0\" role=\"region\" aria-label=\"Table: \(label)\">\n<table>\n"
            + rows + "</table>\n</div>\n"
    }

    @Test func headerDelimiterAndBodyRows() {
        #expect(
            html("| foo | bar |\n| --- | --- |\n| baz | bim |\n")
                == region(
                    "foo, bar",
                    """
                    <thead>
                    <tr id="L1">
                    <th scope="col">foo</th>
                    <th scope="col">bar</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr id="L3">
                    <td>baz</td>
                    <td>bim</td>
                    </tr>
                    </tbody>

                    """))
    }

    @Test func alignmentFromColonsAndOptionalOuterPipes() {
        #expect(
            html("| abc | defghi |\n:-: | -----------:\nbar | baz\n")
                == region(
                    "abc, defghi",
                    """
                    <thead>
                    <tr id="L1">
                    <th scope="col" style="text-align: center">abc</th>
                    <th scope="col" style="text-align: right">defghi</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr id="L3">
                    <td style="text-align: center">bar</td>
                    <td style="text-align: right">baz</td>
                    </tr>
                    </tbody>

                    """))
        let table = tables(in: "a | b | c\n:-- | --- | ---:\n").first
        #expect(table?.alignments == [.left, nil, .right])
    }

    @Test func escapedPipesAlsoInsideCodeAndStrong() {
        #expect(
            html("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n")
                == region(
                    "f|oo",
                    """
                    <thead>
                    <tr id="L1">
                    <th scope="col">f|oo</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr id="L3">
                    <td>b <code>|</code> az</td>
                    </tr>
                    <tr id="L4">
                    <td>b <strong>|</strong> im</td>
                    </tr>
                    </tbody>

                    """))
    }

    @Test func aBlockQuoteEndsTheTable() {
        let output = html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n")
        #expect(output.hasSuffix("</table>\n</div>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"))
        #expect(tables(in: "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n").first?.rows.count == 1)
    }

    @Test func aLineWithoutPipesIsARowUntilABlankLine() {
        let markdown = "| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n"
        let table = tables(in: markdown).first
        #expect(table?.rows.map { $0.map(\.plainText) } == [["bar", "baz"], ["bar", ""]])
        #expect(html(markdown).hasSuffix("</table>\n</div>\n<p>bar</p>\n"))
    }

    @Test func headerAndDelimiterOfDifferentWidthsAreNoTable() {
        #expect(html("| abc | def |\n| --- |\n| bar |\n") == "<p>| abc | def |\n| — |\n| bar |</p>\n")
    }

    @Test func raggedRowsArePaddedOrCut() {
        let table = tables(in: "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n").first
        #expect(table?.rows.map { $0.map(\.plainText) } == [["bar", ""], ["bar", "baz"]])
        #expect(table?.rowLines == [3, 4])
    }

    @Test func noBodyNoTbody() {
        #expect(
            html("| abc | def |\n| --- | --- |\n")
                == region(
                    "abc, def",
                    """
                    <thead>
                    <tr id="L1">
                    <th scope="col">abc</th>
                    <th scope="col">def</th>
                    </tr>
                    </thead>

                    """))
    }

    @Test func inlineContentLinksAndTextThatWouldOpenABlock() {
        let table = tables(
            in: "| Item | Note |\n|---|---|\n| # 1 | [spec](a.md) *now* |\n| - x | 2. y |\n| --- | *b* |\n"
        ).first
        #expect(table?.rows.first?[0] == [.text("# 1")])
        #expect(
            table?.rows.first?[1] == [
                .link(destination: "a.md", title: "", [.text("spec")]), .text(" "),
                .emphasis([.text("now")]),
            ])
        #expect(table?.rows.dropFirst().map { $0.map(\.plainText) } == [["- x", "2. y"], ["—", "b"]])
    }

    @Test func textBeforeTheHeaderStaysAParagraph() {
        let document = CmarkParser.parse("Budget for Q3\n| Item | EUR |\n|---|--:|\n| Pilot | 40 |\n", lineOffset: 10)
        #expect(document.blocks.count == 2)
        #expect(document.blocks.first == .paragraph([.text("Budget for Q3")], line: 11))
        #expect(document.blocks.last?.line == 12)
    }

    @Test func tablesInsideListItemsAndQuotes() {
        #expect(tables(in: "> | q | r |\n> |---|---|\n> | 1 | 2 |\n").first?.rows.count == 1)
        #expect(tables(in: "- | l | m |\n  |---|--:|\n  | 3 | 4 |\n").first?.alignments == [nil, .right])
    }

    @Test func everythingElseRendersAsBefore() {
        let markdown = "# Title\n\nA | pipe in prose, and a dash -- here.\n\n- item | one\n- item two\n"
        #expect(
            html(markdown) == "<h1 id=\"title\">Title</h1>\n<p>A | pipe in prose, and a dash – here.</p>\n"
                + "<ul>\n<li id=\"L5\">item | one</li>\n<li id=\"L6\">item two</li>\n</ul>\n")
    }

    @Test func plainTextReadsEveryCell() {
        let document = CmarkParser.parse("| a | b |\n|---|---|\n| c | **d** |\n")
        #expect(document.blocks.first?.plainText == "a b c d")
    }

    @Test func aTableUnderActionsIsNoRecordAndTheListAfterItStillIs() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/x/charter.md",
            """
            ---
            title: X
            parties:
              - {id: a, name: A, people: [Ann]}
              - {id: b, name: B, people: [Bob]}
            goals: []
            ---
            """)
        try content.write(
            "partnerships/x/meetings/2026-01-10.md",
            """
            ---
            date: 2026-01-10
            attendees: [Ann, Bob]
            ---
            ## Actions
            | Owner | What |
            |---|---|
            | Ann | not an action |

            - [ ] Ann: write the plan (due 2026-01-20)
            """)
        let outcome = content.check()
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.metrics?.partnership("x")?.actions.map(\.text) == ["write the plan"])
    }

    func tables(in markdown: String) -> [MarkdownTable] {
        func collect(_ blocks: [MarkdownBlock]) -> [MarkdownTable] {
            blocks.flatMap { block -> [MarkdownTable] in
                switch block {
                case .table(let table, _): [table]
                case .blockQuote(let children, _): collect(children)
                case .list(let list, _): list.items.flatMap { collect($0.blocks) }
                default: []
                }
            }
        }
        return collect(CmarkParser.parse(markdown).blocks)
    }
}

extension PipeTableTests {
    @Test func cellsStartingWithQuotesOrEmphasisReadAsAtTheStartOfALine() {
        let table = tables(in: "| Said | Mark |\n|---|---|\n| \"yes\" it's | *b* and **c** |\n").first
        #expect(table?.rows.first?[0] == [.text("“yes” it’s")])
        #expect(table?.rows.first?[1] == [.emphasis([.text("b")]), .text(" and "), .strong([.text("c")])])
    }
}
