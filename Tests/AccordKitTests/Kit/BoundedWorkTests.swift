import Foundation
import Testing

@testable import AccordKit

/// Linear, bounded work: lines found through one index, YAML aliases and nesting bounded, size limits.
/// No assertion here is about time: each checks a structure that the old, quadratic code could only
/// reach after minutes (or never), and the exact diagnostics of the bounds.
@Suite struct BoundedWorkTests {
    static func decode(_ text: String, path: String = "n.md") -> (Meeting?, [String]) {
        var bag = DiagnosticBag()
        let meeting = MeetingDecoder.decode(SourceFile(path: path, text: text), pagePath: "n.html", diagnostics: &bag)
        return (meeting, bag.sorted.printed.map { String($0.dropFirst("Content/".count)) })
    }

    // MARK: Line index

    @Test func lineIndexFindsEveryLineAndOffset() {
        let text = "one\ntwo × three\r\n\rfour"
        let index = LineIndex(text)
        #expect(index.starts == [0, 4, 18, 19])
        #expect(index.lineCount == 4)
        #expect((1...4).map { index.line($0, in: text) } == ["one", "two × three", "", "four"])
        #expect(index.line(5, in: text) == "" && index.line(0, in: text) == "")
        #expect([0, 3, 4, 18, 19, 20, 23].map(index.line(atByteOffset:)) == [1, 1, 2, 3, 4, 4, 4])
        #expect(LineIndex("").lineCount == 1 && LineIndex("a\n").lineCount == 2)
    }

    @Test func sourceFileIndexesItsLinesOnce() {
        let file = SourceFile(path: "x.md", text: "a\nb\nc")
        #expect(file.lines.starts == [0, 2, 4])
        #expect(file.line(3) == "c")
    }

    /// 4 MB of actions, each owner located on its own line: the old code walked the note from its first
    /// byte for every owner (37 s for 1 MB, a 4 MB note never finished).
    @Test func aFourMegabyteNoteOfActionsIsReadWhole() throws {
        var lines = ["---", "date: 2026-03-12", "---", "", "## Actions", ""]
        var count = 0
        var size = 0
        while size < 4_000_000 {
            let line = "- [ ] Owner \(count % 97): review the runbook with the team, part \(count) (due 2026-04-01)"
            lines.append(line)
            size += line.utf8.count + 1
            count += 1
        }
        lines.append("- [ ] Ünïcødé Öwner: the last one (due 2026-04-02)")
        let (meeting, _) = Self.decode(lines.joined(separator: "\n") + "\n")
        let actions = try #require(meeting?.actions)
        #expect(actions.count == count + 1)
        let last = try #require(actions.last)
        #expect(last.location == SourceLocation(path: "n.md", line: lines.count, column: 1))
        #expect(last.text == "the last one")
        #expect(last.due == Day(iso: "2026-04-02"))
        guard case .person(let owner)? = last.owner else {
            Issue.record("no owner")
            return
        }
        #expect(owner.name == "Ünïcødé Öwner")
        #expect(owner.location == SourceLocation(path: "n.md", line: lines.count, column: 7))
        #expect(actions[count / 2].text == "review the runbook with the team, part \(count / 2)")
    }

    /// cmark splits text at every entity and bracket; the runs are merged in one buffer.
    @Test func aParagraphOfManyTextRunsIsOneRun() {
        let document = CmarkParser.parse(String(repeating: "a&amp;[", count: 100_000))
        guard case .paragraph(let inlines, _)? = document.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(inlines == [.text(String(repeating: "a&[", count: 100_000))])
    }

    @Test func thousandsOfEqualHeadingsGetNumberedIDs() {
        let document = CmarkParser.parse(String(repeating: "## Same\n\n", count: 20_000) + "## Same-1\n")
        let html = MarkdownHTMLRenderer().render(document)
        #expect(html.hasPrefix("<h2 id=\"same\">Same</h2>\n<h2 id=\"same-1\">Same</h2>\n"))
        #expect(html.contains("<h2 id=\"same-19999\">Same</h2>\n<h2 id=\"same-1-1\">Same-1</h2>\n"))
    }

    // MARK: Markdown nesting

    static let deepBodies = [
        String(repeating: "> ", count: 50_000) + "deep\n",
        (0..<3_000).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n"),
        String(repeating: "*a ", count: 20_000) + String(repeating: "* ", count: 20_000) + "\n",
        String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000),
    ]

    @Test(arguments: deepBodies.indices)
    func deepMarkdownIsCutAtTheCopierDepth(_ index: Int) {
        let document = CmarkParser.parse(Self.deepBodies[index])
        #expect(Self.depth(document.blocks) <= CmarkParser.maximumDepth + 2)
        let html = MarkdownHTMLRenderer().render(document)
        #expect(!html.isEmpty)
    }

    static func depth(_ blocks: [MarkdownBlock]) -> Int {
        blocks.map { block in
            switch block {
            case .blockQuote(let inner, _): 1 + depth(inner)
            case .list(let list, _): 1 + (list.items.map { depth($0.blocks) }.max() ?? 0)
            case .paragraph(let inlines, _), .heading(_, let inlines, _): depth(inlines)
            default: 1
            }
        }.max() ?? 0
    }

    static func depth(_ inlines: [MarkdownInline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .emphasis(let inner), .strong(let inner), .link(_, _, let inner), .image(_, _, let inner):
                1 + depth(inner)
            default: 1
            }
        }.max() ?? 0
    }
}
