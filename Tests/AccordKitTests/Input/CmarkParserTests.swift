import Testing

@testable import AccordKit

/// Copying cmark's tree into Swift values: sections, task items, nesting, lines, text.
@Suite struct CmarkParserTests {
    static let note = """
        # Steering 3

        Intro paragraph.

        ## Decisions
        - Move triage (agreed: acme, globex)

        ### Detail under decisions
        Still in Decisions.

        ## Actions
        - [ ] Raj Patel: draft the runbook (due 2026-03-26)
        - [x] Tom Lee: give access
        - [X] Mia Chen: upper-case tick
          - nested detail
          - [ ] nested task
        - plain item
        - [ ]
        - [y] not a task
        - [ ]no space is not a task

        # Appendix
        Not in any section.

        ## Wins
        1. First win
        2. Second win
        """

    @Test func sectionsRunToTheNextH1OrH2() {
        let document = CmarkParser.parse(Self.note)
        let sections = document.sections
        #expect(sections.map(\.title) == ["Decisions", "Actions", "Wins"])
        #expect(sections.map(\.line) == [5, 11, 25])
        // Decisions keeps its H3 and the paragraph after it, up to "## Actions".
        #expect(sections[0].blocks.map(\.line) == [6, 8, 9])
        // Actions stops at "# Appendix" (line 21): the appendix paragraph belongs to no section.
        #expect(sections[1].blocks.map(\.line) == [12])
        #expect(sections[2].topLevelItems.map(\.leadText) == ["First win", "Second win"])
        #expect(document.firstTitle == "Steering 3")
    }

    @Test func sectionTitlesAreNormalised() {
        let document = CmarkParser.parse("## 3. Issue-resolution\n## 2) Risks & *Mitigations*\n## “Wins”\n")
        #expect(document.sections.map(\.normalisedTitle) == ["issue resolution", "risks and mitigations", "wins"])
        #expect(document.sections.map(\.title) == ["3. Issue-resolution", "2) Risks & Mitigations", "“Wins”"])
    }

    @Test func taskItemsHaveTheirStateAndLoseTheMarker() {
        let actions = CmarkParser.parse(Self.note).sections[1].topLevelItems
        #expect(actions.map(\.task) == [.open, .done, .done, nil, .open, nil, nil])
        #expect(
            actions.map(\.leadText) == [
                "Raj Patel: draft the runbook (due 2026-03-26)",
                "Tom Lee: give access",
                "Mia Chen: upper-case tick",
                "plain item",
                "",
                "[y] not a task",
                "[ ]no space is not a task",
            ])
        #expect(actions.map(\.line) == [12, 13, 14, 17, 18, 19, 20])
        #expect(actions.allSatisfy { $0.column == 1 })
    }

    @Test func nestedItemsAreChildrenOfTheirParent() throws {
        let actions = CmarkParser.parse(Self.note).sections[1].topLevelItems
        let parent = actions[2]
        #expect(parent.blocks.count == 2)
        guard case .list(let nested, let line)? = parent.blocks.last else {
            Issue.record("no nested list")
            return
        }
        #expect(line == 15)
        #expect(nested.items.map(\.leadText) == ["nested detail", "nested task"])
        #expect(nested.items.map(\.task) == [nil, .open])
        #expect(nested.items.map(\.line) == [15, 16])
        #expect(nested.items.map(\.column) == [3, 3])
        // Nested items are not top-level records.
        #expect(!actions.map(\.leadText).contains("nested detail"))
    }

    @Test func taskMarkerFollowedByEmphasisOrLink() {
        let list = CmarkParser.parse("- [x] **Jane Smith**: sign\n- [ ] [link](a.md) text\n").blocks
        guard case .list(let items, _)? = list.first else {
            Issue.record("no list")
            return
        }
        #expect(items.items.map(\.task) == [.done, .open])
        #expect(items.items[0].leadInlines == [.strong([.text("Jane Smith")]), .text(": sign")])
        #expect(items.items[1].leadInlines == [.link(destination: "a.md", title: "", [.text("link")]), .text(" text")])
    }

    @Test func linesIncludeTheFrontMatterOffset() throws {
        let file = SourceFile(
            path: "n.md", text: "---\ndate: 2026-01-01\ntitle: T\n---\n\n## Actions\n\n- [ ] A: b\n  - c\n")
        let front = try FrontMatter.split(file).get()
        let document = CmarkParser.parse(front.body, lineOffset: front.bodyLineOffset)
        #expect(document.blocks.map(\.line) == [6, 8])
        let item = document.sections[0].topLevelItems[0]
        #expect(item.line == 8)
        guard case .list(let nested, _)? = item.blocks.last else {
            Issue.record("no nested list")
            return
        }
        #expect(nested.items[0].line == 9)
    }

    @Test func orderedListsAndLooseness() {
        let blocks = CmarkParser.parse("3. a\n4. b\n\n- x\n\n- y\n").blocks
        guard case .list(let ordered, _) = blocks[0], case .list(let loose, _) = blocks[1] else {
            Issue.record("lists expected")
            return
        }
        #expect(ordered.isOrdered && ordered.start == 3 && ordered.isTight)
        #expect(!loose.isOrdered && !loose.isTight)
        #expect(loose.items.map(\.line) == [4, 6])
    }

    @Test func plainTextDropsMarkupAndRawHTML() {
        let blocks = CmarkParser.parse("Some *emph* and **strong**, `code`, [a link](x.md), <b>raw</b>\nnext line.\n")
            .blocks
        #expect(blocks.first?.plainText == "Some emph and strong, code, a link, raw next line.")
    }

    @Test func smartPunctuation() {
        let text = CmarkParser.parse("\"Curly\" quotes, it's -- en and --- em... done\n").blocks.first?.plainText
        #expect(text == "“Curly” quotes, it’s – en and — em… done")
    }

    @Test func entitiesAndBracketsAreMergedIntoOneText() {
        let blocks = CmarkParser.parse("Tom &amp; Jerry [not a link] &copy;\n").blocks
        #expect(blocks == [.paragraph([.text("Tom & Jerry [not a link] ©")], line: 1)])
    }

    @Test func blockKindsAreCopied() {
        let document = CmarkParser.parse("```swift\nlet x = 1\n```\n\n<div>raw</div>\n\n---\n\n> quote\n")
        #expect(
            document.blocks == [
                .codeBlock(info: "swift", literal: "let x = 1\n", line: 1),
                .html("<div>raw</div>\n", line: 5),
                .thematicBreak(line: 7),
                .blockQuote([.paragraph([.text("quote")], line: 9)], line: 9),
            ])
    }

    @Test func deepNestingIsFlattenedWithoutCrashing() {
        let deep = String(repeating: ">", count: 200) + " bottom\n"
        let document = CmarkParser.parse(deep)
        #expect(document.blocks.count == 1)
        #expect(document.blocks.first?.plainText.contains("bottom") == true)
    }

    @Test func emptyInput() {
        #expect(CmarkParser.parse("").blocks.isEmpty)
        #expect(CmarkParser.parse("", lineOffset: 5).sections.isEmpty)
    }
}
