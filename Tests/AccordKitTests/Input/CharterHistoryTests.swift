import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// `git: true`: the partnership page lists the commits that touched its charter, newest first, escaped, and
/// only the commits decide what it shows.
@Suite struct CharterHistoryTests {
    static func build(_ repository: GitFixture, output: String = "Output") -> (Pipeline.Outcome, String) {
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = repository.path("Content")
        options.outputPath = repository.root.deletingLastPathComponent().appendingPathComponent(output).path
        let outcome = Pipeline.run(options, mode: .build)
        let page =
            (try? String(
                contentsOfFile: options.outputPath + "/partnerships/acme-globex/index.html",
                encoding: .utf8)) ?? ""
        return (outcome, page)
    }

    /// The history section of a page, from its heading to the end of its list.
    static func section(_ page: String) -> String {
        guard let start = page.range(of: "<h3 id=\"charter-history\">"),
            let end = page.range(of: "</ol>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func listsTheCharterCommitsNewestFirstEscaped() throws {
        let repository = try TwoCommitPortfolio.make()
        let ids = try repository.git("log", "--format=%H", "--", "Content/partnerships/acme-globex/charter.md")
            .split(separator: "\n").map { String($0.prefix(12)) }
        #expect(ids.count == 2)
        let (outcome, page) = Self.build(repository)
        #expect(outcome.exitCode == 0)
        #expect(
            Self.section(page) == """
                <h3 id="charter-history">Charter history <span class="meta">commits that changed charter.md, newest first</span></h3>
                <ol class="records charter-history" reversed>
                <li><strong>2026-05-30</strong> Steering 6; review moved &lt;b&gt;&amp; &quot;later&quot;&lt;/b&gt; <span class="people">Bo Reviewer</span> <code class="meta">\(ids[0])</code></li>
                <li><strong>2026-05-16</strong> Charter and first steering <span class="people">Ann Author</span> <code class="meta">\(ids[1])</code></li>
                </ol>
                """)
    }

    @Test func commitsThatDoNotTouchTheCharterAreLeftOutAndRenamesAreFollowed() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.write(
            "Content/partnerships/acme-globex/meetings/2026-05-31-review.md",
            "---\ndate: 2026-05-31\nkind: review\n---\n# Review\n")
        try repository.commit("A note only", date: "2026-05-31T09:00:00Z")
        let (_, page) = Self.build(repository)
        #expect(!Self.section(page).contains("A note only"))
        #expect(Self.section(page).components(separatedBy: "<li>").count == 3)

        // beta-gamma's charter, first added in commit 2, moved to a new slug: its history follows the rename
        try repository.git("mv", "Content/partnerships/beta-gamma", "Content/partnerships/acme-globex-2")
        try repository.commit("Rename beta-gamma", date: "2026-05-31T10:00:00Z")
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = repository.path("Content")
        options.outputPath = repository.root.deletingLastPathComponent().appendingPathComponent("Out2").path
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let renamed = try String(
            contentsOfFile: options.outputPath + "/partnerships/acme-globex-2/index.html", encoding: .utf8)
        let subjects = Self.section(renamed).components(separatedBy: "<li>").dropFirst()
            .map { $0.components(separatedBy: "</strong> ").last?.components(separatedBy: " <span").first ?? "" }
        // beta-gamma's charter was added as a near copy of acme-globex's, and `git log --follow` follows copies
        // too: the first commit (of acme-globex's charter) is listed as well (docs/decisions.md).
        #expect(
            subjects == [
                "Rename beta-gamma", "Steering 6; review moved &lt;b&gt;&amp; &quot;later&quot;&lt;/b&gt;",
                "Charter and first steering",
            ])
    }

    @Test func theSameCommitsGiveTheSameBytes() throws {
        let repository = try TwoCommitPortfolio.make()
        let (_, first) = Self.build(repository, output: "A")
        let (_, second) = Self.build(repository, output: "B")
        #expect(!Self.section(first).isEmpty)
        #expect(first == second)
    }

    @Test func outsideARepositoryItIsAWarningAndNoSection() throws {
        let temp = try TempContent()
        try temp.write("accord.yml", "title: T\ngit: true\n")
        try temp.writeCharter()
        let outcome = Pipeline.run(temp.options(), mode: .build)
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
                "accord.yml:2:6: warning: git: true, but the content folder is not in a git repository; "
                    + "the charter history is left out"
            ])
        let page = try String(contentsOfFile: temp.path("Output/partnerships/acme-globex/index.html"), encoding: .utf8)
        #expect(!page.contains("charter-history"))
    }

    @Test func withoutGitTrueThereIsNoSection() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.write("Content/accord.yml", "title: Test portfolio\nas_of: 2026-06-01\n")
        let (outcome, page) = Self.build(repository)
        #expect(outcome.exitCode == 0)
        #expect(!page.isEmpty && !page.contains("charter-history"))
    }

    @Test func anUncommittedCharterHasAnEmptyHistory() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.write(
            "Content/partnerships/new-one/charter.md",
            TwoCommitPortfolio.charter(title: "New one", review: "2027-01-15"))
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = repository.path("Content")
        options.outputPath = repository.root.deletingLastPathComponent().appendingPathComponent("Out").path
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let page = try String(contentsOfFile: options.outputPath + "/partnerships/new-one/index.html", encoding: .utf8)
        #expect(page.contains("<p class=\"meta\">No commit has changed charter.md yet.</p>"))
    }

    @Test func aBadGitValueIsAnError() throws {
        let temp = try TempContent()
        try temp.write("accord.yml", "git: yes please\n")
        try temp.writeCharter()
        #expect(
            temp.check().diagnostics.map { "\($0.location): \($0.message)" }
                == ["accord.yml:1:6: 'git' must be true or false, not yes please"])
    }

    @Test func theLogParserSplitsOnNULOnly() {
        let bytes = Array(
            "a1\u{0}2026-05-30\u{0}Ann; \"x\"\u{0}subject: with\ttab\u{0}b2\u{0}2026-05-01\u{0}Bo\u{0}s\u{0}".utf8)
        #expect(
            CharterHistory.parse(bytes) == [
                CharterCommit(id: "a1", date: "2026-05-30", author: "Ann; \"x\"", subject: "subject: with\ttab"),
                CharterCommit(id: "b2", date: "2026-05-01", author: "Bo", subject: "s"),
            ])
        #expect(CharterHistory.parse([]) == [])
    }
}
