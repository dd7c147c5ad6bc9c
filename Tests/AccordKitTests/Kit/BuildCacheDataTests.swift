import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// The build cache's data file: a rebuild appends what it made and leaves what it reused where it is; a data file
/// the index was not written with, or mostly dead bytes, is never read or appended to; a foreign file at its name
/// is left alone.
@Suite struct BuildCacheDataTests {
    typealias Fixture = IncrementalBuildTests

    static func stat(_ path: String) -> (inode: UInt64, size: Int)? {
        FileStamp.of(path).map { ($0.inode, Int($0.size)) }
    }

    /// Where each slug's parse and metrics are in the data file.
    static func spans(_ cache: BuildCache) -> [String: [Int]] {
        cache.entries.mapValues { entry in
            [entry.model, entry.metrics].flatMap { part -> [Int] in
                guard case .stored(_, let offset, let count) = part.place else { return [] }
                return [offset, count]
            }
        }
    }

    @Test func aRebuildAppendsOnlyWhatItMade() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        let (index, data) = (temp.path(".Output.accord-cache"), temp.path(".Output.accord-cachedata"))
        let before = try #require(BuildCache.read(index))
        let (first, head) = (try #require(Self.stat(data)), try Data(contentsOf: URL(fileURLWithPath: data)).prefix(42))
        #expect(before.entries.count == 5)
        // The parses the build encoded as it rendered each partnership are the record-less parses of its files
        // (compared as values: the encoding of a dictionary follows its order, which two equal ones need not share).
        var bag = DiagnosticBag()
        let (parsed, _, _) = try #require(Pipeline.loadAndParse(temp.options(), diagnostics: &bag))
        for partnership in parsed.partnerships {
            let cached = try Partnership(bytes: try #require(before.entries[partnership.slug]?.model.bytes))
            #expect(cached == partnership.listed)
        }
        #expect(before.liveBytes == first.size - 42)  // magic (26 bytes) and identity (16), then the entries
        try Fixture.editNote(temp, "acme-globex-2", "draft the joint runbook", "write the joint runbook")
        let outcome = try Fixture.expectSameAsFullBuild(temp, "one note edited")
        #expect(outcome.partnershipsReused == 4)
        let after = try #require(BuildCache.read(index))
        let second = try #require(Self.stat(data))
        // The same file, grown by the edited partnership's new entry only; the reused entries did not move.
        #expect(second.inode == first.inode)
        let grown =
            (after.entries["acme-globex-2"]?.model.count ?? 0) + (after.entries["acme-globex-2"]?.metrics.count ?? 0)
        #expect(grown > 0)
        #expect(second.size == first.size + grown)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)).prefix(42) == head)
        let (old, new) = (Self.spans(before), Self.spans(after))
        for slug in ["acme-globex", "acme-globex-1", "acme-globex-3", "portal-cocreation"] {
            #expect(new[slug]?.count == 4, "\(slug)")
            #expect(new[slug] == old[slug], "\(slug)")
        }
        #expect(new["acme-globex-2"]?[0] == first.size)
    }

    @Test func aDataFileTheIndexWasNotWrittenWithIsNotRead() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        #expect(Fixture.build(temp, output: "Other").exitCode == 0)
        let data = temp.path(".Output.accord-cachedata")
        try FileManager.default.removeItem(atPath: data)
        try FileManager.default.copyItem(atPath: temp.path(".Other.accord-cachedata"), toPath: data)
        #expect(BuildCache.read(temp.path(".Output.accord-cache")) == nil)
        let outcome = try Fixture.expectSameAsFullBuild(temp, "another build's data")
        #expect(outcome.partnershipsReused == 0)
        #expect(BuildCache.read(temp.path(".Output.accord-cache"))?.entries.count == 5)
    }

    @Test func mostlyDeadBytesAreWrittenAnew() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        let data = temp.path(".Output.accord-cachedata")
        let handle = try #require(FileHandle(forWritingAtPath: data))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0xAB, count: 3 << 20))  // what a killed build appended
        try handle.close()
        let first = try #require(Self.stat(data))
        // Still read (the dead bytes follow every entry), then replaced by a file of the live entries only.
        #expect(BuildCache.read(temp.path(".Output.accord-cache"))?.entries.count == 5)
        let outcome = try Fixture.expectSameAsFullBuild(temp, "dead bytes")
        #expect(outcome.partnershipsReused == 5)
        let second = try #require(Self.stat(data))
        #expect(second.inode != first.inode)
        #expect(second.size < 1 << 20)
        #expect(BuildCache.read(temp.path(".Output.accord-cache")).map { $0.liveBytes + 42 } == second.size)
    }

    @Test func aCacheOfAnotherVersionIsReplaced() throws {
        let temp = try Fixture.portfolio()
        let (index, data) = (temp.path(".Output.accord-cache"), temp.path(".Output.accord-cachedata"))
        try Data("accord build cache 2\nold entries".utf8).write(to: URL(fileURLWithPath: index))
        try Data("accord build cache data 0\nold bytes".utf8).write(to: URL(fileURLWithPath: data))
        #expect(BuildCache.read(index) == nil)
        #expect(Fixture.build(temp).exitCode == 0)
        #expect(BuildCache.read(index)?.entries.count == 5)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)).starts(with: BuildCacheData.magic))
    }

    @Test func aForeignFileAtTheDataFilesNameIsLeftAlone() throws {
        let temp = try Fixture.portfolio()
        let data = temp.path(".Output.accord-cachedata")
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: data))
        #expect(Fixture.build(temp).exitCode == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == Data("my notes\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: temp.path(".Output.accord-cache")))
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.root.path).sorted()
        #expect(names == [".Output.accord-cachedata", "Content", "Output"])
    }

    @Test func theHeaderRoundTripsAndRefusesWhatIsNotOne() throws {
        var settings = ContentHash("settings")
        settings.combine("more")
        let header = BuildCache.Header(
            settings: settings, rendering: ContentHash("rendering"),
            files: [
                BuildCache.CachedFile(
                    path: "partnerships/ça-va/index.html",
                    file: PreviousFile(
                        hash: ContentHash("page"),
                        stamp: FileStamp(device: 66, inode: 1 << 40, size: 12_345, modified: -5))),
                BuildCache.CachedFile(
                    path: "index.html",
                    file: PreviousFile(
                        hash: ContentHash(),
                        stamp: FileStamp(device: 0, inode: 7, size: 0, modified: 1_764_000_000_123_456_789))),
            ])
        let bytes = header.encoded()
        #expect(bytes.count == 2 * 24 + 8 + 2 * (8 + 24 + 32) + 30 + 10)
        #expect(header.encodedCount == bytes.count)
        #expect(BuildCache.Header(encoded: bytes[...]) == header)
        #expect(BuildCache.Header(encoded: bytes.dropLast()) == nil)
        #expect(BuildCache.Header(encoded: (bytes + [0])[...]) == nil)
        #expect(BuildCache.Header(encoded: [][...]) == nil)
        var huge = bytes
        huge[48] = 0xFF  // a file count the bytes cannot hold
        #expect(BuildCache.Header(encoded: huge[...]) == nil)
    }

    /// An entry's metadata comes back equal (diagnostics of every shape among it), refuses bytes that end early
    /// or run on, and carries every stored property (a field added to `Meta` or `Diagnostic` fails here until
    /// `BuildCache+MetaBytes.swift` writes it).
    @Test func anEntrysMetadataComesBackEqual() throws {
        var note = Diagnostic(.warning, SourceLocation(path: "partnerships/p/meetings/a.md"), "no attendees")
        note.isInContent = false
        note.title = "Meeting notes"
        let meta = BuildCache.Meta(
            slug: "p", input: ContentHash("notes"),
            diagnostics: [
                Diagnostic(
                    .error, SourceLocation(path: "partnerships/p/charter.md", line: 3, column: 7), "unknown party",
                    hint: "add it under parties:"),
                note,
            ],
            pages: ["partnerships/p/index.html", "partnerships/p/meetings/a.html"], links: ContentHash("links"))
        let bytes = meta.bytes
        #expect(try BuildCache.Meta(bytes: bytes) == meta)
        for end in 0..<bytes.count {
            #expect(throws: ByteReader.Malformed.self) { try BuildCache.Meta(bytes: Array(bytes[..<end])) }
        }
        #expect(throws: ByteReader.Malformed.self) { try BuildCache.Meta(bytes: bytes + [0]) }
        let counts: [Int] = [Mirror(reflecting: meta).children.count, Mirror(reflecting: note).children.count]
        #expect(counts == [5, 6])
    }

}
