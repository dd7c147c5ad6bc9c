import Foundation
import Testing

@testable import AccordKit

/// A full build of a large portfolio keeps each partnership without its records between parsing and rendering
/// and parses its folder again whole when it renders it (`BuildOptions.recordsKeptUpToNotes`): it must write
/// the site, report the diagnostics and give the metrics a build keeping the records does.
@Suite struct RecordsLetGoTests {
    /// The test portfolio with a note that has a warning and a partnership with a private note.
    static func portfolio() throws -> TempContent {
        let temp = try IncrementalBuildTests.portfolio()
        try temp.write(
            "partnerships/acme-globex-1/meetings/2026-05-20.md",
            "---\ndate: 2026-05-20\ncolour: blue\n---\n\n# Review\n\n## Actions\n\n- [ ] Raj Patel: send the plan (due 2026-06-10)\n"
        )
        try temp.write(
            "partnerships/acme-globex-2/meetings/2026-05-21.md",
            "---\ndate: 2026-05-21\nvisibility: acme\n---\n\n# Acme only\n\nOnly Acme reads this.\n")
        return temp
    }

    @Test func writesWhatKeepingTheRecordsWrites() throws {
        let temp = try Self.portfolio()
        var kept = temp.options(output: "Kept")
        kept.usesCache = false
        var letGo = temp.options(output: "LetGo")
        letGo.usesCache = false
        letGo.recordsKeptUpToNotes = 0
        let keeping = Pipeline.run(kept, mode: .build)
        let lettingGo = Pipeline.run(letGo, mode: .build)
        #expect(keeping.exitCode == 0, "\(keeping.diagnostics.map(\.message))")
        #expect(lettingGo.exitCode == 0)
        // Each finding is reported once, as when the records are kept.
        let warnings = lettingGo.diagnostics.filter { $0.message.contains("colour") }
        #expect(warnings.count == 1)
        #expect(lettingGo.diagnostics == keeping.diagnostics)
        #expect(lettingGo.metrics?.partnerships == keeping.metrics?.partnerships)
        #expect(lettingGo.filesWritten == keeping.filesWritten)
        let (before, after) = (try snapshot(of: temp.path("Kept")), try snapshot(of: temp.path("LetGo")))
        #expect(before.count > 20)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, bytes) in before where after[path] != bytes { Issue.record("\(path) differs") }
    }

    @Test func onlyALargePortfolioWithNothingPrivateLetsItsRecordsGo() throws {
        let temp = try Self.portfolio()
        var options = temp.options()
        var bag = DiagnosticBag()
        let notes = try ContentLoader(root: temp.contentPath).list(into: &bag).noteCount
        #expect(notes == 16)
        /// Which partnerships the parse kept as listed, by slug.
        func listedOnly() throws -> [String: Bool] {
            var bag = DiagnosticBag()
            let (parsed, _, trees) = try #require(
                Pipeline.loadAndParse(options, diagnostics: &bag, letsTreesGo: true, letsRecordsGo: true))
            var listed: [String: Bool] = [:]
            // Up to the threshold nothing is let go, trees included: there is nothing to give back.
            if notes <= options.recordsKeptUpToNotes {
                #expect(trees == nil)
                #expect(parsed.partnerships.allSatisfy { $0.meetings.allSatisfy { !$0.document.blocks.isEmpty } })
            }
            for partnership in parsed.partnerships {
                let only = trees?.keepsOnlyListing(partnership.slug) ?? false
                listed[partnership.slug] = only
                #expect(partnership.meetings.allSatisfy(\.actions.isEmpty) == only)
            }
            return listed
        }
        #expect(try listedOnly().values.allSatisfy { !$0 })
        options.recordsKeptUpToNotes = notes
        #expect(try listedOnly().values.allSatisfy { !$0 })
        options.recordsKeptUpToNotes = notes - 1
        let listed = try listedOnly()
        #expect(listed.count == 5)
        #expect(
            listed.filter(\.value).keys.sorted() == [
                "acme-globex", "acme-globex-1", "acme-globex-3", "portal-cocreation",
            ])
    }
}
