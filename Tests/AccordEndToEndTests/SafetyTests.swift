import Foundation
import Testing

/// Exit codes, diagnostics and output safety, through the built binary.
@Suite(.serialized) struct SafetyTests {
    /// A copy of the demo content in a temporary folder, to break on purpose.
    func demoCopy(_ name: String) throws -> URL {
        let work = try AccordProcess.temporaryFolder(name)
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        return work
    }

    @Test func oneMistakeFailsWithItsLineAndLeavesThePreviousOutputUntouched() throws {
        let work = try demoCopy("mistake")
        defer { try? FileManager.default.removeItem(at: work) }
        let good = try AccordProcess.run(["build"], in: work)
        #expect(good.status == 0, "\(good.stderr)")
        let before = SiteInspector(root: work.appending(path: "Output")).contents()

        let note = work.appending(
            path: "Content/partnerships/northwind-globex-service-desk/meetings/2025-12-10-steering.md")
        var text = try String(contentsOf: note, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2025-12-10", with: "date: 2025-12-32")
        try text.write(to: note, atomically: true, encoding: .utf8)

        let bad = try AccordProcess.run(["build"], in: work)
        #expect(bad.status == 1)
        #expect(
            bad.stderr.contains(
                "Content/partnerships/northwind-globex-service-desk/meetings/2025-12-10-steering.md:2:7: error: 'date' is not a real calendar date: '2025-12-32'"
            ),
            "\(bad.stderr)")
        let after = SiteInspector(root: work.appending(path: "Output")).contents()
        #expect(after == before)
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let work = try demoCopy("foreign")
        defer { try? FileManager.default.removeItem(at: work) }
        let foreign = work.appending(path: "Output")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appending(path: "notes.txt"))
        let result = try AccordProcess.run(["build"], in: work)
        #expect(result.status == 3)
        #expect(result.stderr.contains("was not written by Accord"))
        #expect(try String(contentsOf: foreign.appending(path: "notes.txt"), encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["notes.txt"])
    }

    @Test func usageErrorsExitWithTwo() throws {
        let work = try AccordProcess.temporaryFolder("usage")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try AccordProcess.run(["build", "--as-of", "yesterday"], in: work)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--as-of 'yesterday' is not a date: write the date as YYYY-MM-DD"))
        let version = try AccordProcess.run(["--version"], in: work)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func checkWritesNothingAndStrictFailsOnWarnings() throws {
        let work = try demoCopy("check")
        defer { try? FileManager.default.removeItem(at: work) }
        let note = work.appending(
            path: "Content/partnerships/northwind-globex-service-desk/meetings/2025-12-10-steering.md")
        var text = try String(contentsOf: note, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2025-12-10\n", with: "date: 2025-12-10\nlocation: Leeds\n")
        try text.write(to: note, atomically: true, encoding: .utf8)
        let check = try AccordProcess.run(["check"], in: work)
        #expect(check.status == 0)
        #expect(
            check.stderr.contains("2025-12-10-steering.md:3:1: warning: unknown key 'location' in the meeting note"))
        #expect(!FileManager.default.fileExists(atPath: work.appending(path: "Output").path))
        let strict = try AccordProcess.run(["check", "--strict"], in: work)
        #expect(strict.status == 1)
    }
}
