import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// A rebuild brings the site before the previous one (kept beside the output as the spare) up to date and swaps
/// it in: only changed files are written, the result is the site a full build writes, and a spare holding anything
/// Accord did not write is neither adopted nor emptied of it.
@Suite struct SpareOutputTests {
    typealias Fixture = IncrementalBuildTests

    @Test func theOldSiteIsKeptAndBroughtUpToDateByTheNextBuild() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: temp.path(".Output.accord-spare")))
        let page = "partnerships/acme-globex-2/meetings/2026-03-12-steering.html"
        let first = try #require(Fixture.inode(temp.path("Output/" + page)))
        try Fixture.editNote(temp, "acme-globex-1", "draft the joint runbook", "write the joint runbook")
        _ = try Fixture.expectSameAsFullBuild(temp, "second build")
        // The first site is the spare now; the untouched page is one file shared by both sites.
        #expect(Fixture.inode(temp.path(".Output.accord-spare/" + page)) == first)
        #expect(Fixture.inode(temp.path("Output/" + page)) == first)
        let edited = "partnerships/acme-globex-1/meetings/2026-03-12-steering.html"
        let before = try String(contentsOfFile: temp.path(".Output.accord-spare/" + edited), encoding: .utf8)
        #expect(before.contains("draft the joint runbook"))
        try Fixture.editNote(temp, "acme-globex-1", "write the joint runbook", "plan the joint runbook")
        let third = try Fixture.expectSameAsFullBuild(temp, "third build")
        #expect(third.partnershipsReused == 4)
        // The spare was adopted: its shared page kept as it was, the edited one replaced by a new file.
        #expect(Fixture.inode(temp.path("Output/" + page)) == first)
        let now = try String(contentsOfFile: temp.path("Output/" + edited), encoding: .utf8)
        #expect(now.contains("plan the joint runbook"))
        let spare = try String(contentsOfFile: temp.path(".Output.accord-spare/" + edited), encoding: .utf8)
        #expect(spare.contains("write the joint runbook"))
    }

    @Test func aSpareHoldingAForeignFileIsNotAdoptedAndTheFileStays() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        try Fixture.editNote(temp, "acme-globex-1", "draft the joint runbook", "write the joint runbook")
        #expect(Fixture.build(temp).exitCode == 0)
        let foreign = temp.path(".Output.accord-spare/notes.txt")
        try "mine".write(toFile: foreign, atomically: false, encoding: .utf8)
        try Fixture.editNote(temp, "acme-globex-1", "write the joint runbook", "plan the joint runbook")
        _ = try Fixture.expectSameAsFullBuild(temp, "foreign file in the spare")
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output/notes.txt")))
        // Only the foreign file is left of that spare; the old site is removed instead of kept.
        let left = try FileManager.default.contentsOfDirectory(atPath: temp.path(".Output.accord-spare")).sorted()
        #expect(left == [".accord-output", "notes.txt"])
    }

    @Test func aSpareFileEditedInPlaceIsWrittenAnew() throws {
        let temp = try Fixture.portfolio()
        #expect(Fixture.build(temp).exitCode == 0)
        try Fixture.editNote(temp, "acme-globex-1", "draft the joint runbook", "write the joint runbook")
        #expect(Fixture.build(temp).exitCode == 0)
        // Writing into a page of the spare writes into the live site too (one file): both builds notice it.
        let page = "partnerships/acme-globex-3/index.html"
        let handle = try #require(FileHandle(forWritingAtPath: temp.path(".Output.accord-spare/" + page)))
        try handle.write(contentsOf: Data("<!-- tampered -->".utf8))
        try handle.close()
        try Fixture.editNote(temp, "acme-globex-1", "write the joint runbook", "plan the joint runbook")
        _ = try Fixture.expectSameAsFullBuild(temp, "tampered spare")
        let now = try String(contentsOfFile: temp.path("Output/" + page), encoding: .utf8)
        #expect(!now.hasPrefix("<!-- tampered -->"))
    }
}
