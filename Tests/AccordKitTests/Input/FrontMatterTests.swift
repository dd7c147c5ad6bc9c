import Testing

@testable import AccordInput
@testable import AccordKit

/// Splitting a file into front matter and body, and where YAML problems are reported.
@Suite struct FrontMatterTests {
    static func split(_ text: String) -> Result<FrontMatter, Diagnostic> {
        FrontMatter.split(SourceFile(path: "n.md", text: text))
    }

    @Test func splitGivesYAMLBodyAndLineOffsets() throws {
        let front = try Self.split("---\ntitle: T\ndate: 2026-01-01\n---\n# Heading\n\nText\n").get()
        #expect(
            front
                == FrontMatter(
                    yaml: "title: T\ndate: 2026-01-01\n", yamlLineOffset: 1,
                    body: "# Heading\n\nText\n", bodyLineOffset: 4))
    }

    @Test func dotsCloseTheBlock() throws {
        let front = try Self.split("---\na: 1\n...\nbody\n").get()
        #expect(front == FrontMatter(yaml: "a: 1\n", yamlLineOffset: 1, body: "body\n", bodyLineOffset: 3))
        // `...` does not open a block.
        let plain = try Self.split("...\na: 1\n...\n").get()
        #expect(plain == FrontMatter(yaml: nil, yamlLineOffset: 0, body: "...\na: 1\n...\n", bodyLineOffset: 0))
    }

    @Test func fencesMayHaveTrailingSpacesButNothingElse() throws {
        let front = try Self.split("--- \na: 1\n---\t\nbody").get()
        #expect(front == FrontMatter(yaml: "a: 1\n", yamlLineOffset: 1, body: "body", bodyLineOffset: 3))
        // `----` and ` ---` are not fences: no front matter.
        #expect(try Self.split("----\na: 1\n----\n").get().yaml == nil)
        #expect(try Self.split(" ---\na: 1\n---\n").get().yaml == nil)
        // A `----` line inside the block does not close it.
        let long = try Self.split("---\na: |\n  ----\n---\nx\n").get()
        #expect(long == FrontMatter(yaml: "a: |\n  ----\n", yamlLineOffset: 1, body: "x\n", bodyLineOffset: 4))
    }

    @Test func noFrontMatterKeepsTheWholeFile() throws {
        let front = try Self.split("# Title\n---\n").get()
        #expect(front == FrontMatter(yaml: nil, yamlLineOffset: 0, body: "# Title\n---\n", bodyLineOffset: 0))
    }

    @Test func emptyBlockAndBlockAtEndOfFile() throws {
        #expect(
            try Self.split("---\n---\n").get() == FrontMatter(yaml: "", yamlLineOffset: 1, body: "", bodyLineOffset: 2))
        #expect(
            try Self.split("---\na: 1\n---").get()
                == FrontMatter(yaml: "a: 1\n", yamlLineOffset: 1, body: "", bodyLineOffset: 3))
    }

    @Test func unclosedBlockIsAnErrorAtLineOne() {
        let expected = Diagnostic.error(
            SourceLocation(path: "n.md", line: 1, column: 1), "front matter is not closed",
            hint: "end the YAML block with a line '---'")
        #expect(Self.split("---\ntitle: T\n\n# Body\n") == .failure(expected))
        #expect(Self.split("---") == .failure(expected))
        #expect(Self.split("---\n") == .failure(expected))
    }

    @Test func unclosedNoteThroughThePipeline() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-01-01.md", "---\ndate: 2026-01-01\n# Notes\n")
        #expect(
            content.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-01-01.md:1:1: error: front matter is not closed\n"
                    + "  hint: end the YAML block with a line '---'\n"
            ])
    }

    // MARK: YAML locations are file locations

    static func parse(_ file: String) -> (YAMLValue?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let front = try! split(file).get()
        let value = YAMLValue.parse(front.yaml ?? "", path: "n.md", lineOffset: front.yamlLineOffset, diagnostics: &bag)
        return (value, bag.all)
    }

    @Test func keyAndValueLocationsCountTheOpeningFence() throws {
        let (value, problems) = Self.parse("---\ntitle: T\nparties:\n  - id: acme\n    name: Acme\n---\n")
        #expect(problems.isEmpty)
        guard case .mapping(let entries)? = value?.shape else {
            Issue.record("not a mapping")
            return
        }
        #expect(entries.map(\.key) == ["title", "parties"])
        #expect(entries[0].keyLocation == SourceLocation(path: "n.md", line: 2, column: 1))
        #expect(entries[0].value.location == SourceLocation(path: "n.md", line: 2, column: 8))
        guard case .sequence(let parties) = entries[1].value.shape, case .mapping(let party)? = parties.first?.shape
        else {
            Issue.record("parties not a list of mappings")
            return
        }
        #expect(party[1].keyLocation == SourceLocation(path: "n.md", line: 5, column: 5))
        #expect(party[1].value.location == SourceLocation(path: "n.md", line: 5, column: 11))
    }

    @Test func yamlSyntaxErrorIsReportedAtItsFileLine() {
        let (value, problems) = Self.parse("---\ntitle: T\nattendees: [a, b\ndate: 2026-01-01\n---\n")
        #expect(value == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.location.line == 4)
        #expect(problems.first?.message.hasPrefix("invalid YAML: ") == true)
    }

    @Test func duplicateKeyInBlockMapping() {
        let (_, problems) = Self.parse("---\ndate: 2026-01-01\ntitle: A\ntitle: B\n---\n")
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "n.md", line: 4, column: 1), "key 'title' is given twice in one mapping",
                    hint: "keep one 'title' entry")
            ])
    }

    @Test func duplicateKeyInNestedAndFlowMappings() {
        let (_, nested) = Self.parse("---\nparties:\n  - id: a\n    name: A\n    id: b\n---\n")
        #expect(
            nested == [
                .error(
                    SourceLocation(path: "n.md", line: 5, column: 5), "key 'id' is given twice in one mapping",
                    hint: "keep one 'id' entry")
            ])
        let (_, flow) = Self.parse("---\ndate: 2026-01-01\nkpis: {G1: 3, G2: 4, G1: 5}\n---\n")
        #expect(
            flow == [
                .error(
                    SourceLocation(path: "n.md", line: 3, column: 22), "key 'G1' is given twice in one mapping",
                    hint: "keep one 'G1' entry")
            ])
    }

    @Test func duplicateKeyThroughThePipeline() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-01-01.md", "---\ndate: 2026-01-01\nkind: steering\nkind: review\n---\n")
        #expect(
            content.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-01-01.md:4:1: error: key 'kind' is given twice in one mapping\n"
                    + "  hint: keep one 'kind' entry\n"
            ])
    }
}
