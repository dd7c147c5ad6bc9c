import Foundation
import Testing

@testable import AccordKit

/// The snapshots `accord serve`'s watcher compares to notice a change of the content.
@Suite struct FolderSnapshotTests {
    @Test func snapshotsNoticeEditsNewFilesAndRemovalsButNotDotFilesOrTheOutput() throws {
        let temp = try TempContent()
        try temp.write("partnerships/a/charter.md", "one")
        try temp.write("Output/index.html", "site")
        let folders = [temp.contentPath]
        let excluded = [temp.path("Content/Output")]
        let first = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(first == FolderSnapshot(folders: folders, excluding: excluded))
        #expect(first.count == 4)  // Content, partnerships, a, charter.md

        try temp.write("Output/index.html", "site, rebuilt")
        try temp.write(".swap", "editor")
        #expect(FolderSnapshot(folders: folders, excluding: excluded) == first)

        try temp.write("partnerships/a/charter.md", "two!")
        let edited = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(edited != first)
        try temp.write("partnerships/a/meetings/n.md", "note")
        let added = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(added != edited)
        try FileManager.default.removeItem(atPath: temp.path("Content/partnerships/a/meetings/n.md"))
        #expect(FolderSnapshot(folders: folders, excluding: excluded) != added)
    }
}
