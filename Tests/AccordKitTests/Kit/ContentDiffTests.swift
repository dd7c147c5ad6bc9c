import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// `accord diff` on a repository with two commits: exact Markdown and JSON, and the errors for a missing
/// revision, a folder outside a repository and a shallow clone.
@Suite struct ContentDiffTests {
    static func options(_ repository: GitFixture, folder: String = "Content") -> BuildOptions {
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = repository.path(folder)
        return options
    }

    static let markdown = """
        ## Accord: health changes

        2 partnerships changed between `HEAD~1` and `HEAD` (report date 2026-06-01).

        - [Beta \\& Gamma](partnerships/beta-gamma/index.html): added: at-risk, alignment 95.0, outcome 0.0
        - [Acme × Globex](partnerships/acme-globex/index.html): tier marginal → at-risk
        - [Acme × Globex](partnerships/acme-globex/index.html): alignment index 96.9 → 93.1
        - [Acme × Globex](partnerships/acme-globex/index.html): outcome index 41.7 → 53.9
        - [Acme × Globex](partnerships/acme-globex/index.html): A5 Shared view: green → red (100.0 → 70.0)
        - [Acme × Globex](partnerships/acme-globex/index.html): O1 KPI attainment: amber → red (66.7 → 5.6)
        - [Acme × Globex](partnerships/acme-globex/index.html): O2 Commitment reliability (say/do): red → green (0.0 → 100.0)
        - [Acme × Globex](partnerships/acme-globex/index.html): O5 Relationship health: green → amber (75.0 → 60.0)
        - [Acme × Globex](partnerships/acme-globex/index.html): red flag appeared: low-trust (Acme Corp's trust 2.0)
        - [Acme × Globex](partnerships/acme-globex/index.html): warning sign appeared: trust-falling (Acme Corp's trust fell 4.0 → 2.0)
        - [Acme × Globex](partnerships/acme-globex/index.html): warning sign appeared: trust-gap (trust gap 2.0 (Globex Services 4.0, Acme Corp 2.0))
        - [Acme × Globex](partnerships/acme-globex/index.html): action done: Raj Patel: draft the joint runbook (done on 2026-05-19)
        - [Acme × Globex](partnerships/acme-globex/index.html): goal G1 Cut resolution time: on-track → behind

        """

    @Test func markdownNamesEveryChangeInTheAttentionOrder() throws {
        let repository = try TwoCommitPortfolio.make()
        let outcome = try ContentDiff.run(Self.options(repository), base: "HEAD~1", head: "HEAD")
        #expect(outcome.diff.markdown() == Self.markdown)
        #expect(outcome.baseErrors == 0 && outcome.headErrors == 0)
    }

    @Test func theWorkTreeIsTheDefaultHeadAndStaysUntouched() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.write("Content/partnerships/acme-globex/meetings/2026-05-31-review.md", "not yet committed\n")
        let before = try repository.git("status", "--porcelain=v1", "-uall")
        let index = try Data(contentsOf: repository.root.appendingPathComponent(".git/index"))
        try repository.remove("Content/partnerships/acme-globex/meetings/2026-05-31-review.md")
        let outcome = try ContentDiff.run(Self.options(repository), base: "HEAD~1", head: nil)
        #expect(outcome.diff.head == "work tree")
        #expect(
            outcome.diff.markdown() == Self.markdown.replacingOccurrences(of: "and `HEAD`", with: "and the work tree"))
        #expect(try repository.git("status", "--porcelain=v1", "-uall") == "")
        #expect(before == "?? Content/partnerships/acme-globex/meetings/2026-05-31-review.md\n")
        #expect(try Data(contentsOf: repository.root.appendingPathComponent(".git/index")) == index)
    }

    @Test func jsonListsTheSameChangesWithIdsAndBothSides() throws {
        let repository = try TwoCommitPortfolio.make()
        let json = try ContentDiff.run(Self.options(repository), base: "HEAD~1", head: "HEAD").diff
            .json(baseURL: "https://dash.example.com/")
        let expected = """
            {
              "base": "HEAD~1",
              "head": "HEAD",
              "as_of": "2026-06-01",
              "changed": true,
              "partnerships": [
                {
                  "slug": "beta-gamma",
                  "title": "Beta & Gamma",
                  "link": "https://dash.example.com/partnerships/beta-gamma/index.html",
                  "presence": "added",
                  "tier": {"base": null, "head": "at-risk"},
                  "changes": [
                    {"kind": "added", "id": null, "before": null, "after": "at-risk", "text": "added: at-risk, alignment 95.0, outcome 0.0"}
                  ]
                },
                {
                  "slug": "acme-globex",
                  "title": "Acme × Globex",
                  "link": "https://dash.example.com/partnerships/acme-globex/index.html",
                  "presence": "changed",
                  "tier": {"base": "marginal", "head": "at-risk"},
                  "changes": [
                    {"kind": "tier", "id": null, "before": "marginal", "after": "at-risk", "text": "tier marginal → at-risk"},
                    {"kind": "alignment-index", "id": null, "before": "96.9", "after": "93.1", "text": "alignment index 96.9 → 93.1"},
                    {"kind": "outcome-index", "id": null, "before": "41.7", "after": "53.9", "text": "outcome index 41.7 → 53.9"},
                    {"kind": "band", "id": "A5", "before": "green", "after": "red", "text": "A5 Shared view: green → red (100.0 → 70.0)"},
                    {"kind": "band", "id": "O1", "before": "amber", "after": "red", "text": "O1 KPI attainment: amber → red (66.7 → 5.6)"},
                    {"kind": "band", "id": "O2", "before": "red", "after": "green", "text": "O2 Commitment reliability (say/do): red → green (0.0 → 100.0)"},
                    {"kind": "band", "id": "O5", "before": "green", "after": "amber", "text": "O5 Relationship health: green → amber (75.0 → 60.0)"},
                    {"kind": "red-flag-appeared", "id": "low-trust", "before": null, "after": "raised", "text": "red flag appeared: low-trust (Acme Corp's trust 2.0)"},
                    {"kind": "warning-sign-appeared", "id": "trust-falling", "before": null, "after": "raised", "text": "warning sign appeared: trust-falling (Acme Corp's trust fell 4.0 → 2.0)"},
                    {"kind": "warning-sign-appeared", "id": "trust-gap", "before": null, "after": "raised", "text": "warning sign appeared: trust-gap (trust gap 2.0 (Globex Services 4.0, Acme Corp 2.0))"},
                    {"kind": "action-done", "id": null, "before": "overdue by 12 days", "after": "done on 2026-05-19", "text": "action done: Raj Patel: draft the joint runbook (done on 2026-05-19)"},
                    {"kind": "goal-status", "id": "G1", "before": "on-track", "after": "behind", "text": "goal G1 Cut resolution time: on-track → behind"}
                  ]
                }
              ]
            }

            """
        #expect(json == expected)
    }

    @Test func reversedTheChangesClearAndAPartnershipIsRemoved() throws {
        let repository = try TwoCommitPortfolio.make()
        let diff = try ContentDiff.run(Self.options(repository), base: "HEAD", head: "HEAD~1").diff
        #expect(diff.partnerships.map(\.slug) == ["acme-globex", "beta-gamma"])
        #expect(diff.partnerships.last?.presence == .removed)
        let lines = diff.markdown().split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "- [Acme × Globex](partnerships/acme-globex/index.html): red flag cleared: low-trust "
                    + "(was Acme Corp's trust 2.0)"))
        #expect(
            lines.contains(
                "- [Acme × Globex](partnerships/acme-globex/index.html): action overdue: Raj Patel: "
                    + "draft the joint runbook (overdue by 12 days)"))
        #expect(lines.last == "- Beta \\& Gamma (`beta-gamma`): removed (was at-risk)")
    }

    @Test func nothingChangedIsOneLine() throws {
        let repository = try TwoCommitPortfolio.make()
        let diff = try ContentDiff.run(Self.options(repository), base: "HEAD", head: nil).diff
        #expect(
            diff.markdown() == "Accord: no partnership's health changed between `HEAD` and the work tree "
                + "(report date 2026-06-01).\n")
        #expect(diff.json().contains("\"changed\": false,\n  \"partnerships\": []\n}\n"))
    }

    @Test func aContentFolderMissingAtBaseMakesEveryPartnershipNew() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.write("README.md", "x\n")
        try repository.git("mv", "Content", "Portfolio")
        try repository.commit("Rename the folder", date: "2026-05-31T09:00:00Z")
        let diff = try ContentDiff.run(Self.options(repository, folder: "Portfolio"), base: "HEAD~1", head: nil).diff
        #expect(diff.partnerships.map(\.presence) == [.added, .added])
    }

    @Test func aMissingRevisionIsExitTwo() throws {
        let repository = try TwoCommitPortfolio.make()
        let error = #expect(throws: GitContentExport.Failure.self) {
            try ContentDiff.run(Self.options(repository), base: "no-such-branch", head: nil)
        }
        #expect(error?.exitCode == 2)
        #expect(
            error?.description
                == "revision 'no-such-branch' does not exist in the repository of '\(repository.path("Content"))'")
        let option = #expect(throws: GitContentExport.Failure.self) {
            try ContentDiff.run(Self.options(repository), base: "--output=/tmp/x", head: nil)
        }
        #expect(option?.exitCode == 2)
        #expect(option?.description == "'--output=/tmp/x' is not a revision")
    }

    @Test func aFolderOutsideARepositoryIsExitThree() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = temp.contentPath
        let error = #expect(throws: GitContentExport.Failure.self) {
            try ContentDiff.run(options, base: "HEAD~1", head: nil)
        }
        #expect(error?.exitCode == 3)
        #expect(
            error?.description == "content folder '\(temp.contentPath)' is not in a git repository; "
                + "accord diff compares two commits of it")
    }

    @Test func aShallowCloneWithoutBaseSaysHowToFetchIt() throws {
        let repository = try TwoCommitPortfolio.make()
        let clone = repository.root.deletingLastPathComponent().appendingPathComponent("clone")
        try repository.git("clone", "-q", "--depth", "1", "file://\(repository.root.path)", clone.path)
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = clone.appendingPathComponent("Content").path
        let error = #expect(throws: GitContentExport.Failure.self) {
            try ContentDiff.run(options, base: "HEAD~1", head: nil)
        }
        #expect(error?.exitCode == 3)
        #expect(
            error?.description == "revision 'HEAD~1' is not in this shallow clone; fetch the history first: "
                + "`git fetch --unshallow` (or `git fetch --deepen=N`), or check out with fetch-depth: 0")
    }

    @Test func markdownEscapingKeepsUserTextFromBecomingMarkup() {
        #expect(
            Escape.markdown("[x](javascript:1) ![i](a) <b>&amp; @team #12 `c` *e* _u_ |t| ~s~ $m$ \\")
                == "\\[x\\](javascript:1) \\!\\[i\\](a) \\<b\\>\\&amp; \\@team \\#12 \\`c\\` \\*e\\* \\_u\\_ \\|t\\| "
                + "\\~s\\~ \\$m\\$ \\\\")
        #expect(Escape.markdown("line\nbreak") == "line\\\\nbreak")
    }
}
