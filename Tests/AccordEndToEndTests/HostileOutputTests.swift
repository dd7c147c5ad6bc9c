import Foundation
import Testing

/// The site is never lost, through the built binary: kills at random moments, concurrent builds, foreign
/// files, refused output folders, mount points, a full disk and many threads creating the same folders.
@Suite(.serialized) struct HostileOutputTests {
    static let dates = ["2026-01-15", "2026-03-15"]

    /// A generated portfolio and its two reference sites (one per report date), with the slower build's duration.
    static func portfolio(_ name: String, copies: Int = 1) throws -> (URL, [[String: Data]], Double) {
        let work = try AccordProcess.temporaryFolder(name)
        try GeneratedPortfolio.make(in: work, copies: copies)
        var references: [[String: Data]] = []
        var duration = 0.0
        for (index, date) in dates.enumerated() {
            let start = Date()
            let result = try AccordProcess.run(
                ["build", "--quiet", "--as-of", date, "--output", "Ref\(index)"], in: work)
            duration = max(duration, Date().timeIntervalSince(start))
            #expect(result.status == 0, "\(result.stderr)")
            references.append(GeneratedPortfolio.snapshot(work.appending(path: "Ref\(index)")))
        }
        return (work, references, duration)
    }

    /// Starts `accord build` for a report date without waiting for it.
    static func start(_ date: String, in work: URL) throws -> Process {
        let process = Process()
        process.executableURL = AccordProcess.binary
        process.arguments = ["build", "--quiet", "--as-of", date]
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedBuildsAlwaysLeaveACompleteOldOrNewSite() throws {
        let (work, references, duration) = try Self.portfolio("kill")
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(references[0].count > 150)
        #expect(references[0] != references[1])
        let output = work.appending(path: "Output")
        try FileManager.default.copyItem(at: work.appending(path: "Ref0"), to: output)  // the old site, as built
        var current = 0
        var kills = 0
        var rounds = 0
        // About ten seconds on an idle machine; the bound only matters on a loaded one.
        let deadline = Date().addingTimeInterval(180)
        while kills < 10 && rounds < 60 && Date() < deadline {
            rounds += 1
            let target = 1 - current
            // Half the kills anywhere in the build, half near its end, where the swap happens.
            // A loaded machine makes a build faster or slower than the reference one, so the delays stay inside
            // 0.9 of it (a build that finishes first is not a kill) and the loop allows up to 60 rounds.
            let delay =
                rounds % 2 == 0
                ? Double.random(in: 0...(0.9 * duration)) : Double.random(in: (0.6 * duration)...(0.9 * duration))
            let process = try Self.start(Self.dates[target], in: work)
            usleep(UInt32(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 }
            let now = GeneratedPortfolio.snapshot(output)
            if now == references[target] {
                current = target
            } else if now != references[current] {
                let found = now.count
                let expected = references[current].count
                Issue.record(
                    "round \(rounds), killed after \(delay) s: the output is neither the old nor the new site (\(found) files, expected \(expected))"
                )
                return
            }
        }
        #expect(kills >= 10, "only \(kills) kills in \(rounds) rounds (build takes \(duration) s)")
        // The next build cleans what the killed ones left beside the output.
        #expect(try AccordProcess.run(["build", "--quiet", "--as-of", Self.dates[0]], in: work).status == 0)
        #expect(GeneratedPortfolio.snapshot(output) == references[0])
        // The spare (the site before) is there when the last build had the cache of the one before.
        #expect(
            GeneratedPortfolio.names(work).filter { $0 != ".Output.accord-spare" } == [
                ".Output.accord-cache", ".Output.accord-cachedata", ".Ref0.accord-cache", ".Ref0.accord-cachedata",
                ".Ref1.accord-cache", ".Ref1.accord-cachedata", "Content", "Output", "Ref0", "Ref1",
            ])
    }

    @Test func twoConcurrentBuildsPublishOneCompleteSite() throws {
        let (work, references, _) = try Self.portfolio("concurrent")
        defer { try? FileManager.default.removeItem(at: work) }
        var waited = 0
        for round in 0..<3 {
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                results.set(index, try? AccordProcess.run(["build", "--as-of", Self.dates[index]], in: work))
            }
            let both = results.all
            #expect(both.map { $0?.status } == [0, 0], "round \(round): \(both.map { $0?.stderr ?? "did not run" })")
            waited +=
                both.filter { $0?.stderr.contains("accord: waiting for another build of Output to finish…\n") == true }
                .count
            let site = GeneratedPortfolio.snapshot(work.appending(path: "Output"))
            #expect(site == references[0] || site == references[1], "round \(round): \(site.count) files")
            // Two builds started together: the second has the cache of the first only if it read it after.
            #expect(
                GeneratedPortfolio.names(work).filter { $0 != ".Output.accord-spare" } == [
                    ".Output.accord-cache", ".Output.accord-cachedata", ".Ref0.accord-cache", ".Ref0.accord-cachedata",
                    ".Ref1.accord-cache", ".Ref1.accord-cachedata", "Content", "Output", "Ref0",
                    "Ref1",
                ])
        }
        #expect(waited >= 1, "the two builds never overlapped")
    }

    @Test func foreignFilesInTheOutputStopTheBuildWithExitThreeAndStay() throws {
        let work = try AccordProcess.temporaryFolder("foreign-manifest")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        #expect(try AccordProcess.run(["build"], in: work).status == 0)
        let output = work.appending(path: "Output")
        let before = GeneratedPortfolio.snapshot(output)
        try Data("pdf".utf8).write(to: output.appending(path: "keep-me.pdf"))
        try Data("Deny from all\n".utf8).write(to: output.appending(path: ".htaccess"))
        let result = try AccordProcess.run(["build", "--as-of", "2026-01-01"], in: work)
        #expect(result.status == 3)
        #expect(
            result.stderr.contains(
                "accord: error: output folder Output holds files Accord did not write: "
                    + ".htaccess, keep-me.pdf; Accord never deletes what it did not create"), "\(result.stderr)")
        var expected = before
        expected["keep-me.pdf"] = Data("pdf".utf8)
        expected[".htaccess"] = Data("Deny from all\n".utf8)
        #expect(GeneratedPortfolio.snapshot(output) == expected)
        #expect(
            GeneratedPortfolio.names(work) == [".Output.accord-cache", ".Output.accord-cachedata", "Content", "Output"])
    }

    @Test func outputInsideTheContentIsRefusedWithExitTwo() throws {
        let work = try AccordProcess.temporaryFolder("inside")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        for output in ["Content/site", "Content/", "."] {
            let result = try AccordProcess.run(["build", "--output", output], in: work)
            #expect(result.status == 2, "\(output): \(result.stderr)")
            #expect(result.stderr.hasPrefix("accord: error: the "), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.appending(path: "Content/site").path))
        #expect(GeneratedPortfolio.names(work) == ["Content"])
    }

    @Test func aSymbolicLinkAsOutputIsRefusedAndItsTargetKept() throws {
        let work = try AccordProcess.temporaryFolder("link")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        try FileManager.default.createDirectory(at: work.appending(path: "www"), withIntermediateDirectories: true)
        try Data("live".utf8).write(to: work.appending(path: "www/index.html"))
        try FileManager.default.createSymbolicLink(
            atPath: work.appending(path: "Output").path, withDestinationPath: "www")
        let result = try AccordProcess.run(["build"], in: work)
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("accord: error: output folder Output is a symbolic link (to www)"),
            "\(result.stderr)")
        #expect(GeneratedPortfolio.snapshot(work.appending(path: "www")) == ["index.html": Data("live".utf8)])
    }

    @Test(.enabled(if: GeneratedPortfolio.isRoot, "mounting a tmpfs needs root"))
    func aMountPointAsOutputIsRefusedAndAFolderInsideItWorks() throws {
        let work = try AccordProcess.temporaryFolder("mount")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        let mount = work.appending(path: "Output")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        try #require(try GeneratedPortfolio.shell(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.path]) == 0)
        defer { _ = try? GeneratedPortfolio.shell(["umount", mount.path]) }
        let refused = try AccordProcess.run(["build"], in: work)
        #expect(refused.status == 3)
        #expect(
            refused.stderr.contains(
                "accord: error: output folder Output is a mount point, which cannot be replaced "
                    + "in one atomic step: build into a folder inside it (for example --output Output/site)"),
            "\(refused.stderr)")
        #expect(GeneratedPortfolio.names(mount) == [])
        let inside = try AccordProcess.run(["build", "--output", "Output/site"], in: work)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(GeneratedPortfolio.names(mount) == [".site.accord-cache", ".site.accord-cachedata", "site"])
    }
}

/// Results of concurrent runs, by index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [AccordProcess.Result?] = [nil, nil]

    func set(_ index: Int, _ result: AccordProcess.Result?) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [AccordProcess.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
