import Testing

@testable import AccordInput
@testable import AccordKit

/// The documented size limits: a file, a front matter block and the whole content, each an error naming it.
@Suite struct SizeLimitTests {
    @Test func sizesAreWrittenInTenthsOfAMegabyteRoundedUp() {
        #expect(ContentLimits.megabytes(41_200_000) == "41.2 MB")
        #expect(ContentLimits.megabytes(32_000_000) == "32 MB")
        #expect(ContentLimits.megabytes(32_000_001) == "32.1 MB")
        #expect(ContentLimits.megabytes(1) == "0.1 MB")
    }

    @Test func aNoteOverTheLimitIsAnErrorNamingIt() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote(
            "2026-03-12-big.md",
            "---\ndate: 2026-03-12\n---\n"
                + String(repeating: "x", count: ContentLimits.fileBytes + 1 - 24))
        try content.writeNote("2026-03-13-small.md", "---\ndate: 2026-03-13\n---\n")
        let outcome = content.check()
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12-big.md: error: note is 32.1 MB; the limit is 32 MB\n"
                    + "  hint: split it into smaller files\n"
            ])
        #expect(outcome.exitCode == 1)
        #expect(outcome.metrics?.partnerships.first?.slug == "acme-globex")
    }

    @Test func aCharterOverTheLimitIsOneError() throws {
        let content = try TempContent()
        try content.writeCharter(body: String(repeating: "y", count: ContentLimits.fileBytes))
        let outcome = content.check()
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/acme-globex/charter.md: error: charter is 32.1 MB; the limit is 32 MB\n"
                    + "  hint: split it into smaller files\n"
            ])
    }

    @Test func frontMatterOverTheLimitIsAnErrorAtLineOne() {
        let yaml =
            "date: 2026-03-12\nextra: \"" + String(repeating: "z", count: ContentLimits.frontMatterBytes) + "\"\n"
        let (meeting, printed) = BoundedWorkTests.decode("---\n" + yaml + "---\nbody\n")
        #expect(meeting == nil)
        #expect(
            printed == [
                "n.md:1:1: error: front matter is 1.1 MB; the limit is 1 MB\n"
                    + "  hint: keep long text in the Markdown body, below the closing '---'\n"
            ])
        // Just under the limit is read.
        let fits =
            "date: 2026-03-12\nextra: \"" + String(repeating: "z", count: ContentLimits.frontMatterBytes - 30) + "\"\n"
        #expect(BoundedWorkTests.decode("---\n" + fits + "---\nbody\n").0 != nil)
    }

    @Test func theTotalIsReportedOnceAtTheFileThatPassesIt() {
        var budget = ContentLimits.Budget()
        var bag = DiagnosticBag()
        let size = 30_000_000
        var admitted = 0
        for index in 0..<20 where budget.admit(size: size, path: "n\(index).md", diagnostics: &bag) { admitted += 1 }
        #expect(admitted == 17)
        #expect(
            bag.all == [
                .error(
                    SourceLocation(path: "n17.md"),
                    "the content reaches 540 MB with this file; the limit is 512 MB in all",
                    hint: "build the portfolio in parts, one content folder each")
            ])
    }
}
