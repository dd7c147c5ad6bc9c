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

    /// A content folder with one charter, watched with a look every 30 s; the semaphore is signalled per rebuild.
    static func watching() throws -> (TempContent, DispatchSemaphore, ContentWatcher) {
        let temp = try TempContent()
        try temp.write("partnerships/a/charter.md", "one")
        let changes = DispatchSemaphore(value: 0)
        let content = temp.contentPath
        let watcher = ContentWatcher(interval: 30, folders: { [content] }, onChange: { changes.signal() })
        watcher.start()
        Thread.sleep(forTimeInterval: 0.2)
        return (temp, changes, watcher)
    }

    /// With inotify the watcher does not wait for its next look: with a look every 30 s (and every 8 × 30 s
    /// without a report), an edit, a new folder and a note in it are each seen long before.
    @Test func theKernelsReportWakesTheWatcherBeforeItsNextLook() throws {
        let (temp, changes, watcher) = try Self.watching()
        defer { watcher.stop() }
        try temp.write("partnerships/a/charter.md", "two")
        #expect(changes.wait(timeout: .now() + 10) == .success)
        try temp.write("partnerships/a/meetings/2026/n.md", "a note in a new folder")
        #expect(changes.wait(timeout: .now() + 10) == .success)
        Thread.sleep(forTimeInterval: 0.3)
        try temp.write("partnerships/a/meetings/2026/n.md", "the note edited")
        #expect(changes.wait(timeout: .now() + 10) == .success)
    }

    @Test func aReportOfHiddenFilesOnlyIsNoChange() {
        func event(_ name: String) -> [UInt8] {
            var padded = Array(name.utf8)
            if !padded.isEmpty { padded += [UInt8](repeating: 0, count: 16 - padded.count % 16) }
            let length = UInt32(padded.count)
            return [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0] + (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) }
                + padded
        }
        #expect(!ChangeNotifier.namesAnything(ArraySlice(event(".charter.md.swp") + event(".x"))))
        #expect(ChangeNotifier.namesAnything(ArraySlice(event(".charter.md.swp") + event("charter.md"))))
        #expect(ChangeNotifier.namesAnything(ArraySlice(event(""))))
    }

    @Test func anEditorsSwapFileAloneDoesNotRebuild() throws {
        let (temp, changes, watcher) = try Self.watching()
        defer { watcher.stop() }
        try temp.write("partnerships/a/.charter.md.swp", "swap")
        #expect(changes.wait(timeout: .now() + 1) == .timedOut)
        try temp.write("partnerships/a/charter.md", "two")
        #expect(changes.wait(timeout: .now() + 10) == .success)
    }
}
