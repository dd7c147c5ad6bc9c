import Foundation
import Testing

@testable import AccordKit

/// The output folder is replaced atomically, only when Accord owns it, and only after a good build.
@Suite struct OutputWriterTests {
    static let files = [
        OutputFile(path: "index.html", content: .text("<p>new</p>\n")),
        OutputFile(path: "partnerships/a/index.html", content: .text("<p>a</p>\n")),
    ]

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The names in the temporary folder (to see leftovers such as `.Output.accord-tmp`).
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func textInPiecesIsWrittenAsOneFile() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        let parts = ["{\n  \"a\": [\n", "    1,\n", "    2\n", "  ]\n}\n"]
        let pieces = TextPieces(count: parts.count) { parts[$0] }
        try OutputWriter(outputPath: output).write([OutputFile(path: "metrics.json", content: .pieces(pieces))])
        #expect(try String(contentsOfFile: output + "/metrics.json", encoding: .utf8) == parts.joined())
        #expect(pieces.joined == parts.joined())
    }

    @Test func nonEmptyFolderWithoutMarkerIsRefusedAndUntouched() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try Self.write("my own notes\n", to: output + "/notes.txt")
        try Self.write("x", to: output + "/sub/page.html")
        let before = try snapshot(of: output)
        let writer = OutputWriter(outputPath: output)
        #expect {
            try writer.write(Self.files)
        } throws: { error in
            (error as? OutputWriter.Failure)?.description
                == "output folder \(output) is not empty and was not written by Accord "
                + "(no .accord-output file); Accord never deletes what it did not create: choose another --output or empty it yourself"
        }
        #expect(try snapshot(of: output) == before)
        #expect(try Self.names(in: temp.root.path) == ["Output"])
    }

    @Test func refusalThroughThePipelineIsAnIOFailure() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try Self.write("keep me\n", to: temp.path("Output/keep.txt"))
        let outcome = Pipeline.run(temp.options(), mode: .build)
        #expect(outcome.exitCode == 3)
        #expect(
            outcome.failure?.hasPrefix(
                "output folder \(temp.path("Output")) is not empty and was not written by Accord") == true)
        #expect(try snapshot(of: temp.path("Output")) == ["keep.txt": Data("keep me\n".utf8)])
        #expect(try Self.names(in: temp.root.path) == ["Content", "Output"])
    }

    @Test func folderWithMarkerIsReplaced() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try Self.write(OutputWriter.markerText, to: output + "/" + OutputWriter.markerName)
        try Self.write("old", to: output + "/old.html")
        try Self.write("old", to: output + "/index.html")
        try OutputWriter(outputPath: output).write(Self.files)
        #expect(
            try snapshot(of: output) == [
                ".accord-output": Data(
                    (OutputWriter.markerText + OutputManifest.explanation
                        + "11\tindex.html\n9\tpartnerships/a/index.html\nend of manifest: 2 files\n").utf8),
                "index.html": Data("<p>new</p>\n".utf8),
                "partnerships/a/index.html": Data("<p>a</p>\n".utf8),
            ])
        #expect(try Self.names(in: temp.root.path) == ["Output"])
    }

    @Test func missingOrEmptyFolderIsCreatedWithTheMarker() throws {
        let temp = try TempContent()
        try FileManager.default.createDirectory(atPath: temp.path("Empty"), withIntermediateDirectories: true)
        for name in ["Empty", "Fresh/nested/site"] {
            try OutputWriter(outputPath: temp.path(name)).write(Self.files)
            #expect(
                try snapshot(of: temp.path(name)).keys.sorted() == [
                    ".accord-output", "index.html", "partnerships/a/index.html",
                ])
        }
    }

    @Test func fileInPlaceOfTheFolderIsRefused() throws {
        let temp = try TempContent()
        try Self.write("not a folder", to: temp.path("Output"))
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter(outputPath: temp.path("Output")).write(Self.files)
        }
        #expect(try String(contentsOfFile: temp.path("Output"), encoding: .utf8) == "not a folder")
    }

    @Test func unsafePathFailsAndKeepsThePreviousSite() throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        try OutputWriter(outputPath: output).write(Self.files)
        let before = try snapshot(of: output)
        for path in ["../escape.html", "/etc/x.html", "a//b.html", "a/./b.html", ""] {
            #expect(throws: OutputWriter.Failure.self) {
                try OutputWriter(outputPath: output).write([OutputFile(path: path, content: .text("x"))])
            }
        }
        #expect(try snapshot(of: output) == before)
        #expect(try Self.names(in: temp.root.path) == ["Output"])
        #expect(!FileManager.default.fileExists(atPath: temp.path("escape.html")))
    }

    // MARK: Whole builds

    /// A copy of the fixture portfolio in a temporary folder, as `Content/`.
    static func fixtureCopy() throws -> TempContent {
        let temp = try TempContent()
        try FileManager.default.copyItem(
            at: try Golden.fixture("Portfolio"), to: URL(fileURLWithPath: temp.contentPath))
        return temp
    }

    static func build(
        _ temp: TempContent, output: String = "Output", configure: (inout BuildOptions) -> Void = { _ in }
    )
        -> Pipeline.Outcome
    {
        var options = temp.options(output: output)
        options.asOf = nil  // the report date comes from as_of in accord.yml
        configure(&options)
        return Pipeline.run(options, mode: .build)
    }

    @Test func failedBuildLeavesThePreviousOutputByteIdentical() throws {
        let temp = try Self.fixtureCopy()
        let good = Self.build(temp)
        #expect(good.exitCode == 0)
        #expect(good.diagnostics.isEmpty)
        let before = try snapshot(of: temp.path("Output"))
        #expect(before.count > 10)

        // Break the content: an error in one note.
        try temp.write(
            "partnerships/acme-globex/meetings/2026/2026-04-20-workshop.md", "---\ndate: 2026-02-30\n---\n# Broken\n")
        try temp.write(
            "partnerships/portal-cocreation/meetings/2026-06-01-new.md", "---\ndate: 2026-06-01\n---\nNew page.\n")
        let bad = Self.build(temp)
        #expect(bad.exitCode == 1)
        #expect(
            bad.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026/2026-04-20-workshop.md:2:7: error: 'date' is not a real calendar date: '2026-02-30'\n"
                    + "  hint: February 2026 has 28 days\n"
            ])
        #expect(bad.filesWritten == 0)
        let after = try snapshot(of: temp.path("Output"))
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, data) in before {
            #expect(after[path] == data, "\(path) changed after a failed build")
        }
        #expect(
            try Self.names(in: temp.root.path) == [
                ".Output.accord-cache", ".Output.accord-cachedata", "Content", "Output",
            ])
    }

    @Test func strictBuildWithWarningsLeavesThePreviousOutput() throws {
        let temp = try Self.fixtureCopy()
        #expect(Self.build(temp).exitCode == 0)
        let before = try snapshot(of: temp.path("Output"))
        try temp.write(
            "partnerships/acme-globex/meetings/2026-05-01.md", "---\ndate: 2026-05-01\nattendees: [Nobody Known]\n---\n"
        )
        let strict = Self.build(temp) { $0.strict = true }
        #expect(strict.exitCode == 1)
        #expect(try snapshot(of: temp.path("Output")) == before)
        // Without --strict the warning does not stop the build.
        let relaxed = Self.build(temp)
        #expect(relaxed.exitCode == 0)
        #expect(
            try snapshot(of: temp.path("Output")).keys.contains("partnerships/acme-globex/meetings/2026-05-01.html"))
    }

    @Test func sameInputGivesIdenticalBytesInDifferentFolders() throws {
        let temp = try Self.fixtureCopy()
        #expect(Self.build(temp, output: "One").exitCode == 0)
        #expect(Self.build(temp, output: "deep/Two").exitCode == 0)
        let one = try snapshot(of: temp.path("One"))
        let two = try snapshot(of: temp.path("deep/Two"))
        #expect(one.keys.sorted() == two.keys.sorted())
        #expect(one == two)
        // Rebuilding into the same folder gives the same bytes again.
        #expect(Self.build(temp, output: "One").exitCode == 0)
        #expect(try snapshot(of: temp.path("One")) == one)
    }

    @Test func todayAndSourceDateEpochDoNotMatterWhenTheReportDateIsSet() throws {
        let temp = try Self.fixtureCopy()
        let first = Self.build(temp, output: "A") { $0.today = Day(iso: "2026-06-02")! }
        let second = Self.build(temp, output: "B") {
            $0.today = Day(iso: "2099-12-31")!
            $0.sourceDateEpoch = "1780000000"
        }
        // The flag with the same date as accord.yml's as_of.
        let third = Self.build(temp, output: "C") {
            $0.today = Day(iso: "1999-01-01")!
            $0.asOf = Day(iso: "2026-06-01")
        }
        #expect([first, second, third].map(\.exitCode) == [0, 0, 0])
        #expect([first, second, third].map(\.reportDate) == Array(repeating: Day(iso: "2026-06-01"), count: 3))
        #expect([first, second, third].map(\.reportDateSource) == [.settings, .settings, .flag])
        let a = try snapshot(of: temp.path("A"))
        #expect(try snapshot(of: temp.path("B")) == a)
        #expect(try snapshot(of: temp.path("C")) == a)
    }

    @Test(arguments: [true, false])
    func unchangedFilesAreLinkedOrCopiedFromThePreviousSite(links: Bool) throws {
        let temp = try TempContent()
        let output = temp.path("Output")
        let writer = OutputWriter(outputPath: output)
        let first = try writer.begin()
        try first.write(Self.files)
        try writer.commit(first)
        var previous = PreviousOutput(folder: output, files: first.remembered)
        previous.linksFiles = links
        let index = try #require(FileStamp.of(output + "/index.html"))
        let second = try writer.begin(previous: previous)
        try second.write([
            OutputFile(path: "index.html", content: .text("<p>new</p>\n")),
            OutputFile(path: "partnerships/a/index.html", content: .previous),
            OutputFile(path: "about.html", content: .text("<p>about</p>\n")),
        ])
        try writer.commit(second)
        #expect(second.linkedCount == 2)
        #expect(
            try snapshot(of: output).filter { $0.key != ".accord-output" } == [
                "index.html": Data("<p>new</p>\n".utf8),
                "partnerships/a/index.html": Data("<p>a</p>\n".utf8),
                "about.html": Data("<p>about</p>\n".utf8),
            ])
        // Linked: the same inode; copied: another one, and what the next build remembers is the new file.
        #expect((FileStamp.of(output + "/index.html")?.inode == index.inode) == links)
        #expect(
            second.remembered["partnerships/a/index.html"]?.stamp == FileStamp.of(output + "/partnerships/a/index.html")
        )
        // A file changed since it was written is never reused.
        try Self.write("<p>b</p>\n", to: output + "/partnerships/a/index.html")
        let third = try writer.begin(previous: PreviousOutput(folder: output, files: second.remembered))
        #expect(throws: OutputWriter.Failure.self) {
            try third.write([OutputFile(path: "partnerships/a/index.html", content: .previous)])
        }
        third.discard()
    }
}
