import Foundation
import Testing

/// A full disk keeps the old site; many threads creating the same folders never fail a build.
@Suite(.serialized) struct FullDiskAndRaceTests {
    /// Builds into a tmpfs of a few MB, fills it in three ways (pages, the marker, the staging folder) and checks
    /// that every failed build exits 3, names the cause and leaves the old site and nothing else.
    @Test(.enabled(if: GeneratedPortfolio.isRoot, "mounting a tmpfs needs root (CI runs as root)"))
    func aFullDiskGivesExitThreeAndLeavesTheOldSite() throws {
        let work = try AccordProcess.temporaryFolder("disk")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        let disk = work.appending(path: "disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(try GeneratedPortfolio.shell(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.path]) == 0)
        defer { _ = try? GeneratedPortfolio.shell(["umount", disk.path]) }
        let output = disk.appending(path: "Output")
        let good = try AccordProcess.run(["build", "--quiet", "--output", output.path], in: work)
        try #require(good.status == 0, "\(good.stderr)")
        let site = GeneratedPortfolio.snapshot(output)
        func expectOldSiteKept(_ result: AccordProcess.Result, _ what: String) {
            #expect(result.status == 3, "\(what): \(result.stderr)")
            #expect(result.stderr.contains("No space left on device"), "\(what): \(result.stderr)")
            #expect(GeneratedPortfolio.snapshot(output) == site, "\(what)")
        }
        let build = ["build", "--quiet", "--as-of", "2026-01-01", "--output", output.path]

        // 1. Pages: room for less than a second copy of the site.
        var sizeKB = 0
        for (_, data) in site { sizeKB += (data.count + 4095) / 4096 * 4 }
        try #require(try GeneratedPortfolio.shell(["mount", "-o", "remount,size=\(sizeKB * 3 / 2)k", disk.path]) == 0)
        expectOldSiteKept(try AccordProcess.run(build, in: work), "pages")
        #expect(GeneratedPortfolio.names(disk) == [".Output.accord-cache", ".Output.accord-cachedata", "Output"])

        // 2. The marker: the disk is full before the first byte.
        try #require(try GeneratedPortfolio.shell(["mount", "-o", "remount,size=4m", disk.path]) == 0)
        let filler = disk.appending(path: "filler")
        try #require(FileManager.default.createFile(atPath: filler.path, contents: nil))
        let handle = try FileHandle(forWritingTo: filler)
        let block = Data(count: 64 * 1024)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()
        let marker = try AccordProcess.run(build, in: work)
        expectOldSiteKept(marker, "marker")
        #expect(marker.stderr.contains("cannot write .accord-output"), "\(marker.stderr)")
        #expect(
            GeneratedPortfolio.names(disk) == [".Output.accord-cache", ".Output.accord-cachedata", "Output", "filler"])
        try FileManager.default.removeItem(at: filler)

        // 3. Folder creation: no inode left for the staging folder.
        var info = statvfs()
        try #require(statvfs(disk.path, &info) == 0)
        let used = Int(info.f_files) - Int(info.f_ffree)
        try #require(try GeneratedPortfolio.shell(["mount", "-o", "remount,nr_inodes=\(used + 1)", disk.path]) == 0)
        expectOldSiteKept(try AccordProcess.run(build, in: work), "folder")
        #expect(GeneratedPortfolio.names(disk) == [".Output.accord-cache", ".Output.accord-cachedata", "Output"])

        // With room again, the next build replaces the site.
        try #require(try GeneratedPortfolio.shell(["mount", "-o", "remount,nr_inodes=10000", disk.path]) == 0)
        #expect(try AccordProcess.run(build, in: work).status == 0)
        #expect(GeneratedPortfolio.snapshot(output) != site)
        // The old site is kept as the spare: the build had the cache of the first one to compare with.
        #expect(
            GeneratedPortfolio.names(disk) == [
                ".Output.accord-cache", ".Output.accord-cachedata", ".Output.accord-spare", "Output",
            ])
    }

    /// Images beside charters and in meetings/ are copied by one job while the partnership's pages are written by
    /// another: both create the same folders. Twenty builds of such a portfolio all succeed.
    @Test func buildsWithManyImagesInManyFoldersAllSucceed() throws {
        let work = try AccordProcess.temporaryFolder("images")
        defer { try? FileManager.default.removeItem(at: work) }
        try GeneratedPortfolio.make(in: work, copies: 3, imageBytes: 2_000)
        var failures: [String] = []
        for round in 0..<20 {
            let result = try AccordProcess.run(["build", "--quiet", "--output", "Out\(round % 2)"], in: work)
            if result.status != 0 { failures.append("round \(round): \(result.status) \(result.stderr)") }
        }
        #expect(failures == [])
        #expect(
            GeneratedPortfolio.snapshot(work.appending(path: "Out0"))
                == GeneratedPortfolio.snapshot(work.appending(path: "Out1")))
    }
}
