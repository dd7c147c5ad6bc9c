import Foundation
import Testing

/// `kill -9` at the exact moments that matter, not only at random ones: the build runs under `strace`, which
/// delivers SIGKILL on entry to the n-th `rename`, `renameat` or `renameat2` (for every n the build makes) and to
/// the first and a middle `unlinkat` and `rmdir` of the clean-up (and of bringing the spare site up to date).
/// After each kill the output must be the complete
/// old or the complete new site, and the next build cleans what was left. On the writer before the atomic swap
/// (rename the output aside, then rename the new site in), the kill at the second rename left no output at all.
@Suite(.serialized) struct KillAtEverySwapStepTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let renames = ["rename", "renameat", "renameat2"]

    /// Runs `strace -f -qq ARGUMENTS accord build --quiet --as-of DATE` in `work`; the exit status of strace.
    static func traced(_ strace: String, _ arguments: [String], date: String, in work: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments =
            ["-f", "-qq"] + arguments + [AccordProcess.binary.path, "build", "--quiet", "--as-of", date]
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// How many times the busiest thread of a build calls each syscall (strace counts per syscall and thread).
    static func calls(_ strace: String, of syscalls: [String], date: String, in work: URL) throws -> [String: Int] {
        let log = work.appending(path: "trace.log")
        _ = try traced(
            strace, ["-e", "trace=" + syscalls.joined(separator: ","), "-o", log.path], date: date, in: work)
        let text = try String(contentsOf: log, encoding: .utf8)
        try FileManager.default.removeItem(at: log)
        var perThread: [String: [String: Int]] = [:]
        for line in text.split(separator: "\n") {
            // "PID name(args) = result", the PID padded with spaces to a width that depends on the machine.
            let fields = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard fields.count == 2 else { continue }
            let call = fields[1].drop(while: { $0 == " " })
            guard let open = call.firstIndex(of: "(") else { continue }
            perThread[String(call[..<open]), default: [:]][String(fields[0]), default: 0] += 1
        }
        return perThread.mapValues { $0.values.max() ?? 0 }
    }

    @Test func aKillBeforeEachRenameAndDuringCleanUpLeavesACompleteSite() throws {
        guard let strace = Self.strace else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("strace is missing (bash .ci/install-browser-deps installs it)")
            }
            print("KillAtEverySwapStepTests: skipped, strace is not installed")
            return
        }
        let (work, references, _) = try HostileOutputTests.portfolio("kill-steps")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appending(path: "Output")
        try FileManager.default.copyItem(at: work.appending(path: "Ref0"), to: output)
        // The syscalls a rebuild over an existing site makes (it is then the site of the second date).
        let counts = try Self.calls(
            strace, of: Self.renames + ["unlinkat", "rmdir"], date: HostileOutputTests.dates[1], in: work)
        #expect(GeneratedPortfolio.snapshot(output) == references[1])
        #expect(Self.renames.reduce(0) { $0 + (counts[$1] ?? 0) } >= 2, "\(counts)")
        var moments: [(String, Int)] = []
        for name in Self.renames {
            for n in stride(from: 1, through: counts[name] ?? 0, by: 1) { moments.append((name, n)) }
        }
        for name in ["unlinkat", "rmdir"] where (counts[name] ?? 0) > 0 {
            moments += Set([1, max(1, (counts[name] ?? 1) / 2)]).sorted().map { (name, $0) }
        }
        var current = 1
        var kills = 0
        for (name, n) in moments {
            let target = 1 - current
            let status = try Self.traced(
                strace, ["-e", "trace=\(name)", "-e", "inject=\(name):signal=KILL:when=\(n)", "-o", "/dev/null"],
                date: HostileOutputTests.dates[target], in: work)
            if status != 0 { kills += 1 }
            let now = GeneratedPortfolio.snapshot(output)
            if now == references[target] {
                current = target
            } else if now != references[current] {
                Issue.record(
                    "killed at \(name) #\(n): the output is neither the old nor the new site (\(now.count) files, expected \(references[current].count))"
                )
                return
            }
        }
        #expect(kills >= moments.count - 1, "only \(kills) of \(moments.count) builds were killed")
        // The next build cleans what the killed ones left beside the output.
        #expect(
            try AccordProcess.run(["build", "--quiet", "--as-of", HostileOutputTests.dates[0]], in: work).status == 0)
        #expect(GeneratedPortfolio.snapshot(output) == references[0])
        // Besides the output: the caches, and the spare site (the one before) when the last build kept it.
        #expect(
            GeneratedPortfolio.names(work).filter { $0 != ".Output.accord-spare" } == [
                ".Output.accord-cache", ".Output.accord-cachedata", ".Ref0.accord-cache", ".Ref0.accord-cachedata",
                ".Ref1.accord-cache", ".Ref1.accord-cachedata", "Content", "Output", "Ref0", "Ref1",
            ])
    }
}
