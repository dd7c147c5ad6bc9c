import Foundation
import Testing

@testable import AccordKit
@testable import AccordSite

/// The manifest, the lock, the leftovers, the link layout and the refused output folders.
@Suite struct OutputSafetyTests {
    static let files = OutputWriterTests.files

    static func names(in folder: String) throws -> [String] { try OutputWriterTests.names(in: folder) }

    @Test func foreignFilesInAnAccordFolderStopTheBuildAndAreNamed() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        let foreign = ["keep-me.pdf", ".htaccess", "partnerships/a/notes.txt", "z1", "z2", "z3", "z4"]
        for name in foreign { try OutputWriterTests.write("mine\n", to: output + "/" + name) }
        try FileManager.default.createDirectory(atPath: output + "/uploads", withIntermediateDirectories: true)
        let before = try snapshot(of: output)
        #expect {
            try OutputWriter(outputPath: output).write([OutputFile(path: "index.html", content: .text("other"))])
        } throws: { error in
            (error as? OutputWriter.Failure)?.description
                == "output folder \(output) holds files Accord did not write: "
                + ".htaccess, keep-me.pdf, partnerships/a/notes.txt, uploads/, z1 and 3 more; Accord never deletes "
                + "what it did not create: move them out of the folder (or delete them yourself) and build again"
        }
        #expect(try snapshot(of: output) == before)
        #expect(FileManager.default.fileExists(atPath: output + "/uploads"))
        #expect(try Self.names(in: temp.root.path) == ["Output"])
    }

    @Test func aChangedFileIsNotAccordsAnyMore() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        try OutputWriterTests.write("<p>edited by hand</p>\n", to: output + "/index.html")
        #expect {
            try OutputWriter(outputPath: output).write(Self.files)
        } throws: { error in
            (error as? OutputWriter.Failure)?.description.hasPrefix(
                "output folder \(output) holds files Accord did not "
                    + "write: index.html (changed since Accord wrote it); ") == true
        }
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "<p>edited by hand</p>\n")
    }

    @Test func theMarkerOfEarlierVersionsIsAcceptedOnceThenTheManifestRules() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriterTests.write(OutputWriter.markerText, to: output + "/" + OutputWriter.markerName)
        try OutputWriterTests.write("old", to: output + "/old.html")
        try OutputWriter(outputPath: output).write(Self.files)
        #expect(
            OutputManifest.read(folder: output)
                == .manifest(
                    OutputManifest(files: [
                        "index.html": 11, "partnerships/a/index.html": 9,
                    ])))
        try OutputWriterTests.write("old", to: output + "/old.html")
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(outputPath: output).write(Self.files) }
        #expect(FileManager.default.fileExists(atPath: output + "/old.html"))
    }

    @Test func aDamagedMarkerIsRefused() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        try OutputWriterTests.write(
            OutputWriter.markerText + "something else\n", to: output + "/" + OutputWriter.markerName)
        #expect {
            try OutputWriter(outputPath: output).write(Self.files)
        } throws: { error in
            (error as? OutputWriter.Failure)?.description.hasPrefix(
                "output folder \(output) has a .accord-output file "
                    + "that is not Accord's manifest") == true
        }
        #expect(
            try snapshot(of: output).keys.sorted() == [".accord-output", "index.html", "partnerships/a/index.html"])
    }

    @Test func manifestPathsWithControlCharactersRoundTrip() {
        let manifest = OutputManifest(files: ["a\tb%c\nd.png": 3, "ümlaut/x.html": 0])
        #expect(manifest.text.contains("3\ta%09b%25c%0Ad.png\n"))
        let temp = try? TempContent()
        guard let temp else {
            Issue.record("no temporary folder")
            return
        }
        try? OutputWriterTests.write(manifest.text, to: temp.path("Site/.accord-output"))
        #expect(OutputManifest.read(folder: temp.path("Site")) == .manifest(manifest))
    }

    @Test func leftoversOfKilledBuildsAreCleanedButNothingElse() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        let marker = OutputWriter.markerText
        try OutputWriterTests.write(marker, to: temp.path(".Output.accord-tmp-12-ab/.accord-output"))
        try OutputWriterTests.write("page", to: temp.path(".Output.accord-tmp-12-ab/index.html"))
        try OutputWriterTests.write(marker, to: temp.path(".Output.accord-old/.accord-output"))
        try FileManager.default.createDirectory(
            atPath: temp.path(".Output.accord-old-7-ff"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: temp.path(".Output.accord-link-3-ef"), withDestinationPath: "x")
        try OutputWriterTests.write("spooled", to: temp.path(".Output.accord-spool-9-a1"))
        // Not Accord's: no marker, another name, or a name Accord never gives.
        try OutputWriterTests.write("mine", to: temp.path(".Output.accord-tmp-13-cd/mine.txt"))
        try OutputWriterTests.write(marker, to: temp.path(".Output.accord-tmp-1.accord-tmp-5-ab/.accord-output"))
        try OutputWriterTests.write(marker, to: temp.path(".Other.accord-tmp-1-ab/.accord-output"))
        try OutputWriterTests.write("mine", to: temp.path(".Output.accord-spool"))
        try OutputWriter(outputPath: output).write(Self.files)
        #expect(
            try Self.names(in: temp.root.path) == [
                ".Other.accord-tmp-1-ab", ".Output.accord-spool", ".Output.accord-tmp-1.accord-tmp-5-ab",
                ".Output.accord-tmp-13-cd", "Output",
            ])
    }

    @Test func stagingFoldersAreUniquePerBuild() throws {
        let temp = try TempContent()
        let writer = OutputWriter(outputPath: temp.path("Output"))
        let first = try writer.begin()
        first.discard()
        let second = try writer.begin()
        defer { second.discard() }
        #expect(first.root != second.root)
        #expect(second.root.lastPathComponent.hasPrefix(".Output.accord-tmp-\(getpid())-"))
    }

    @Test func aSecondBuildWaitsForTheLockThenGivesUpWithoutWriting() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        let before = try snapshot(of: output)
        let holder = try OutputWriter(outputPath: output).begin()
        let notices = Notices()
        let waiting = OutputWriter(outputPath: output, lockTimeout: 0.3) { notices.add($0) }
        #expect {
            try waiting.write([OutputFile(path: "index.html", content: .text("half"))])
        } throws: { error in
            (error as? OutputWriter.Failure)?.description == "another build of \(output) still holds "
                + "\(temp.path(".Output.accord-lock")) after 0.3 seconds; nothing was written: try again when it has finished"
        }
        #expect(notices.all == ["waiting for another build of \(output) to finish…"])
        try holder.write(Self.files)
        try OutputWriter(outputPath: output).commit(holder)
        #expect(try snapshot(of: output) == before)
        try waiting.write([OutputFile(path: "index.html", content: .text("after"))])
        #expect(try snapshot(of: output)["index.html"] == Data("after".utf8))
        #expect(try Self.names(in: temp.root.path) == ["Output"])
    }

    @Test func checkTakesNoLockAndWritesNothing() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        let holder = try OutputWriter(outputPath: temp.path("Output"), lockTimeout: 0).begin()
        defer { holder.discard() }
        let names = try Self.names(in: temp.root.path)
        var options = temp.options()
        options.lockTimeout = 0
        #expect(Pipeline.run(options, mode: .check).exitCode == 0)
        #expect(try Self.names(in: temp.root.path) == names)
        #expect(
            Pipeline.run(options, mode: .build).failure?.hasPrefix(
                "another build of \(temp.path("Output")) still holds") == true)
    }

    @Test func threadsCreatingTheSameFoldersAllSucceed() throws {
        let temp = try TempContent()
        for round in 0..<30 {
            let staging = try OutputWriter(outputPath: temp.path("Out\(round)")).begin()
            let failures = Notices()
            DispatchQueue.concurrentPerform(iterations: 16) { job in
                let files = (0..<8).map { OutputFile(path: "p/f\($0)/deep/\(job).html", content: .text("x")) }
                do { try staging.write(files) } catch { failures.add("\(error)") }
            }
            #expect(failures.all == [])
            try OutputWriter(outputPath: temp.path("Out\(round)")).commit(staging)
            #expect(try snapshot(of: temp.path("Out\(round)")).count == 16 * 8 + 1)
        }
    }

    // MARK: The link layout (file systems without RENAME_EXCHANGE)

    @Test func withoutExchangeTheOutputBecomesALinkSwappedInOneRename() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        var writer = OutputWriter(outputPath: output)
        writer.usesExchange = false
        try writer.write(Self.files)
        let first = try FileManager.default.destinationOfSymbolicLink(atPath: output)
        #expect(first.hasPrefix(".Output.accord-site-"))
        try writer.write([OutputFile(path: "index.html", content: .text("second"))])
        let second = try FileManager.default.destinationOfSymbolicLink(atPath: output)
        #expect(second != first)
        #expect(try snapshot(of: output).keys.sorted() == [".accord-output", "index.html"])
        #expect(try Self.names(in: temp.root.path) == [second, "Output"])
        // Foreign files are found through Accord's own link, and kept.
        try OutputWriterTests.write("mine", to: output + "/keep-me.pdf")
        #expect(throws: OutputWriter.Failure.self) { try writer.write(Self.files) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output) == second)
    }

    @Test func withoutExchangeARealFolderIsConvertedToTheLinkLayout() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        var writer = OutputWriter(outputPath: output)
        writer.usesExchange = false
        try writer.write([OutputFile(path: "index.html", content: .text("converted"))])
        let target = try FileManager.default.destinationOfSymbolicLink(atPath: output)
        #expect(try snapshot(of: output)["index.html"] == Data("converted".utf8))
        #expect(try Self.names(in: temp.root.path) == [target, "Output"])
        // With the exchange available again, Accord's link layout is kept.
        try OutputWriter(outputPath: output).write(Self.files)
        #expect(try snapshot(of: output).count == 3)
    }

    // MARK: Refused output folders

    @Test func aLinkTheUserMadeIsNeverReplaced() throws {
        let temp = try TempContent()
        try OutputWriterTests.write("served elsewhere", to: temp.path("www/index.html"))
        try FileManager.default.createSymbolicLink(atPath: temp.path("Output"), withDestinationPath: temp.path("www"))
        #expect {
            try OutputWriter(outputPath: temp.path("Output")).write(Self.files)
        } throws: { error in
            (error as? OutputWriter.Failure)?.description == "output folder \(temp.path("Output")) is a symbolic link "
                + "(to \(temp.path("www"))); Accord replaces its output folder in one atomic step and never replaces or "
                + "writes through a link it did not make: pass the real folder as --output, or remove the link"
        }
        #expect(try snapshot(of: temp.path("www")) == ["index.html": Data("served elsewhere".utf8)])
        #expect(try Self.names(in: temp.root.path) == ["Output", "www"])
    }

    @Test func anOutputInsideEqualToOrAboveTheContentIsRefusedBeforeAnythingIsRead() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try FileManager.default.createSymbolicLink(atPath: temp.path("Alias"), withDestinationPath: temp.contentPath)
        let before = try snapshot(of: temp.contentPath)
        let cases: [(String, String)] = [
            ("Content/site", "is inside the content folder"), ("Alias/site/", "is inside the content folder"),
            ("Content/partnerships/../static", "is inside the content folder"),
            ("Content", "is the content folder"), ("Content/", "is the content folder"),
            ("Alias", "is the content folder"),
            ("Content/partnerships/..", "is the content folder"),
            (".", "is inside the output folder"), ("Content/..", "is inside the output folder"),
            ("/", "is inside the output folder"),
        ]
        for (output, words) in cases {
            var options = temp.options()
            options.outputPath = output.hasPrefix("/") ? output : temp.path(output)
            let outcome = Pipeline.run(options, mode: .build)
            #expect(outcome.exitCode == 2, "\(output)")
            #expect(outcome.failure?.contains(words) == true, "\(output): \(outcome.failure ?? "no failure")")
            #expect(outcome.metrics == nil)
        }
        #expect(try snapshot(of: temp.contentPath) == before)
        #expect(try Self.names(in: temp.root.path) == ["Alias", "Content"])
        // A sibling whose name starts like the content folder is fine.
        #expect(Pipeline.run(temp.options(output: "Content-site"), mode: .build).exitCode == 0)
    }
}

/// Strings collected from several threads.
final class Notices: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
