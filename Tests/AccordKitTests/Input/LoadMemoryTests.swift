import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// `accord serve` keeps the files of its last load: a file listed with the same identity and stamp is taken from
/// memory; a changed, replaced or just-written file is read again; the inventory is the one a plain load gives.
@Suite struct LoadMemoryTests {
    static func texts(_ inventory: ContentInventory) -> [String: String] {
        var texts: [String: String] = [:]
        for files in inventory.partnerships {
            for file in [files.charter] + files.meetings { texts[file.path] = file.text }
        }
        return texts
    }

    static func load(_ temp: TempContent, _ memory: LoadMemory?) throws -> [String: String] {
        var bag = DiagnosticBag()
        return texts(try ContentLoader(root: temp.contentPath, memory: memory).load(into: &bag))
    }

    /// Sets a file's modification time an hour back, as if written long before the load.
    static func age(_ path: String) {
        var times = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        _ = utimes(path, &times)
    }

    @Test func unchangedFilesComeFromMemoryAndChangedOnesAreReadAgain() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let plain = try Self.load(temp, nil)
        let paths = plain.keys.sorted()
        for path in paths { Self.age(temp.contentPath + "/" + path) }
        let memory = LoadMemory()
        #expect(try Self.load(temp, memory) == plain)
        #expect(memory.count == paths.count)
        #expect(try Self.load(temp, memory) == plain)

        // Edited now: read again, and not remembered while its stamp is that recent.
        let note = "partnerships/acme-globex-1/meetings/2026-03-12-steering.md"
        let edited = try #require(plain[note]).replacingOccurrences(of: "draft the", with: "write the")
        try edited.write(toFile: temp.contentPath + "/" + note, atomically: false, encoding: .utf8)
        let afterEdit = try Self.load(temp, memory)
        #expect(afterEdit[note] == edited)
        #expect(memory.count == paths.count - 1)

        // Replaced by another file of the same size and age: another inode, read again.
        let other = "partnerships/acme-globex-2/charter.md"
        let replacement = try #require(plain[other]).replacingOccurrences(of: "Acme", with: "Acmx")
        try replacement.write(toFile: temp.path("new.md"), atomically: false, encoding: .utf8)
        Self.age(temp.path("new.md"))
        #expect(rename(temp.path("new.md"), temp.contentPath + "/" + other) == 0)
        let afterReplace = try Self.load(temp, memory)
        #expect(afterReplace[other] == replacement)
        #expect(afterReplace == (try Self.load(temp, nil)))
    }

    /// A folder read again after it was parsed (to give back its notes' trees) is read from memory but is not
    /// made the memory of the next load.
    @Test func aFolderReadAgainIsTakenFromMemoryButNotRemembered() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let plain = try Self.load(temp, nil)
        for path in plain.keys { Self.age(temp.contentPath + "/" + path) }
        let memory = LoadMemory()
        _ = try Self.load(temp, memory)
        #expect(memory.count == plain.count)
        var bag = DiagnosticBag()
        let listing = try ContentLoader(root: temp.contentPath, memory: memory).list(into: &bag)
        let folder = try #require(listing.folders.first)
        let files = try #require(listing.read(folder, remembers: false).0)
        #expect(files.charter.text == plain[files.charter.path])
        listing.remember()
        #expect(memory.count == 0)
        _ = try #require(listing.read(folder).0)
        listing.remember()
        #expect(memory.count == 1 + files.meetings.count)
    }
}
