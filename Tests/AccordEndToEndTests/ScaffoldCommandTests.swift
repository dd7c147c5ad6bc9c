import Foundation
import Testing

/// The newcomer's path through the binary: `init`, `new partnership`, `new meeting` (carrying actions
/// forward), `check --strict` clean at every step, and precise errors.
@Suite struct ScaffoldCommandTests {
    @Test func newcomerPathChecksCleanAtEveryStep() throws {
        let work = try AccordProcess.temporaryFolder("scaffold")
        defer { try? FileManager.default.removeItem(at: work) }
        let initialised = try AccordProcess.run(["init", "Content"], in: work)
        #expect(initialised.status == 0)
        #expect(initialised.stdout.split(separator: "\n").first == "Content/accord.yml")
        let check = try AccordProcess.run(["check", "--strict"], in: work)
        #expect(check.status == 0)
        #expect(check.stderr.hasPrefix("accord: 1 partnership checked, no errors"))

        let partnership = try AccordProcess.run(
            ["new", "partnership", "acme-globex", "--title", "Acme × Globex"], in: work)
        #expect(partnership.stdout == "Content/partnerships/acme-globex/charter.md\n")
        for arguments in [["--kind", "workshop", "--title", "Portal design"], [], []] {
            let note = try AccordProcess.run(["new", "meeting", "example-partnership"] + arguments, in: work)
            #expect(note.status == 0, "\(note.stderr)")
            let path = note.stdout.trimmingCharacters(in: .newlines)
            let text = try String(contentsOf: work.appending(path: path), encoding: .utf8)
            #expect(text.contains("- [ ] Sam Supplier: draft the joint runbook (due "))
        }
        let strict = try AccordProcess.run(["check", "--strict"], in: work)
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stderr.hasPrefix("accord: 2 partnerships checked, no errors"))
    }

    @Test func errorsSayWhatIsWrong() throws {
        let work = try AccordProcess.temporaryFolder("scaffold-errors")
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try AccordProcess.run(["init"], in: work)
        let again = try AccordProcess.run(["init"], in: work)
        #expect(again.status == 3)
        #expect(again.stderr.hasPrefix("accord: error: Content already exists and is not empty"))
        let impossible = try AccordProcess.run(
            ["new", "meeting", "example-partnership", "--date", "2026-02-30"], in: work)
        #expect(impossible.status == 2)
        #expect(impossible.stderr.hasPrefix("Error: --date '2026-02-30' is not a date: February 2026 has 28 days"))
        let missing = try AccordProcess.run(["new", "meeting", "nope"], in: work)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("there is no partnership 'nope'"))
        let future = try AccordProcess.run(
            [
                "new", "meeting", "example-partnership", "--date", "2099-01-01",
                "--as-of", "2098-12-01",
            ], in: work)
        #expect(future.status == 0)
        #expect(future.stderr.contains("2099-01-01 is after the report date 2098-12-01 (--as-of)"))
    }
}
