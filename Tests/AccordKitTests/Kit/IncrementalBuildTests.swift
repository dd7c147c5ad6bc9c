import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// A build over the previous output reuses what did not change, and its site is byte for byte the site a full
/// build writes into a fresh folder.
@Suite struct IncrementalBuildTests {
    /// The fixture portfolio with three more copies of `acme-globex` under other slugs: five partnerships.
    static func portfolio() throws -> TempContent {
        let temp = try TempContent()
        let fixture = try Golden.fixture("Portfolio").path
        try FileManager.default.removeItem(atPath: temp.root.path)
        try FileManager.default.createDirectory(atPath: temp.root.path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture, toPath: temp.contentPath)
        for copy in 1...3 {
            try FileManager.default.copyItem(
                atPath: temp.contentPath + "/partnerships/acme-globex",
                toPath: temp.contentPath + "/partnerships/acme-globex-\(copy)")
        }
        return temp
    }

    static func build(
        _ temp: TempContent, output: String = "Output", cache: Bool = true, memory: BuildMemory? = nil
    ) -> Pipeline.Outcome {
        var options = temp.options(output: output)
        options.usesCache = cache
        return Pipeline.run(options, mode: .build, memory: memory)
    }

    /// Builds over `Output` with the cache and into a fresh folder without it; both sites must be equal.
    static func expectSameAsFullBuild(
        _ temp: TempContent, _ round: String, memory: BuildMemory? = nil
    ) throws -> Pipeline.Outcome {
        let incremental = build(temp, memory: memory)
        try? FileManager.default.removeItem(atPath: temp.path("Fresh"))
        try? FileManager.default.removeItem(atPath: temp.path(".Fresh.accord-cache"))
        let full = build(temp, output: "Fresh", cache: false)
        #expect(incremental.exitCode == full.exitCode, "\(round)")
        #expect(incremental.diagnostics.printed == full.diagnostics.printed, "\(round)")
        #expect(incremental.filesWritten == full.filesWritten, "\(round)")
        guard full.exitCode == 0 else { return incremental }  // a failed build leaves the previous site
        let built = try snapshot(of: temp.path("Output"))
        let fresh = try snapshot(of: temp.path("Fresh"))
        #expect(built.keys.sorted() == fresh.keys.sorted(), "\(round)")
        let different = built.keys.filter { built[$0] != fresh[$0] }.sorted()
        #expect(different == [], "\(round)")
        return incremental
    }

    static func inode(_ path: String) -> UInt64? { FileStamp.of(path)?.inode }

    /// Replaces `old` (which must be there) with `new` in the steering note of 2026-03-12 of a partnership.
    static func editNote(_ temp: TempContent, _ slug: String, _ old: String, _ new: String) throws {
        let note = temp.contentPath + "/partnerships/\(slug)/meetings/2026-03-12-steering.md"
        let text = try String(contentsOfFile: note, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: note, atomically: true, encoding: .utf8)
    }

    @Test func anUnchangedRebuildReusesEveryPartnershipAndLinksEveryPage() throws {
        let temp = try Self.portfolio()
        let first = Self.build(temp)
        #expect(first.exitCode == 0)
        #expect(first.partnershipsReused == 0)
        #expect(first.filesUnchanged == 0)
        let page = temp.path("Output/partnerships/acme-globex-2/meetings/2026-03-12-steering.html")
        let before = try #require(Self.inode(page))
        let second = try Self.expectSameAsFullBuild(temp, "unchanged")
        #expect(second.partnershipsReused == 5)
        // Every generated file is linked; only the copied static file and asset are copied again.
        #expect(second.filesUnchanged == second.filesWritten - 1)
        #expect(Self.inode(page) == before)
        #expect(second.writtenSummary("Output").contains("5 partnerships not rebuilt"))
    }

    @Test func editingOneNoteRebuildsOnlyItsPartnership() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        let untouched = temp.path("Output/partnerships/acme-globex-2/meetings/2026-03-12-steering.html")
        let edited = temp.path("Output/partnerships/acme-globex-1/meetings/2026-03-12-steering.html")
        let (untouchedBefore, editedBefore) = (Self.inode(untouched), Self.inode(edited))
        try Self.editNote(temp, "acme-globex-1", "draft the joint runbook", "write the joint runbook")
        let outcome = try Self.expectSameAsFullBuild(temp, "one note")
        #expect(outcome.partnershipsReused == 4)
        // An action's text is in the actions page: the portfolio pages are rendered again.
        #expect(!outcome.portfolioPagesReused)
        #expect(Self.inode(untouched) == untouchedBefore)
        #expect(Self.inode(edited) != editedBefore)
        let page = try String(contentsOfFile: edited, encoding: .utf8)
        #expect(page.contains("write the joint runbook"))
    }

    @Test func aProseEditLeavesThePortfolioPagesAsTheyWere() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        try Self.editNote(temp, "acme-globex-2", "joined for the portal demo", "came for the portal demo")
        let prose = try Self.expectSameAsFullBuild(temp, "prose")
        #expect(prose.partnershipsReused == 4)
        #expect(prose.portfolioPagesReused)
        // A charter's title is on the index: rendered again.
        let charter = temp.contentPath + "/partnerships/acme-globex-2/charter.md"
        let old = try String(contentsOfFile: charter, encoding: .utf8)
        try old.replacingOccurrences(of: "title: ", with: "title: Renamed ").write(
            toFile: charter, atomically: true, encoding: .utf8)
        let renamed = try Self.expectSameAsFullBuild(temp, "charter title")
        #expect(!renamed.portfolioPagesReused)
        #expect(try String(contentsOfFile: temp.path("Output/index.html"), encoding: .utf8).contains("Renamed "))
    }

    @Test func randomEditsGiveTheSiteOfAFullBuild() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        var random = SeededRandom(seed: 20_261_201)
        var reused: [Int] = []
        let slugs = ["acme-globex", "acme-globex-1", "acme-globex-2", "acme-globex-3", "portal-cocreation"]
        for round in 0..<14 {
            let slug = slugs[random.next(slugs.count)]
            let folder = temp.contentPath + "/partnerships/\(slug)/meetings"
            let notes = (try FileManager.default.subpathsOfDirectory(atPath: folder)).filter { $0.hasSuffix(".md") }
                .sorted()
            let note = folder + "/" + notes[random.next(notes.count)]
            let text = try String(contentsOfFile: note, encoding: .utf8)
            let edit: String
            switch random.next(8) {
            case 0:
                edit = "paragraph"
                try (text + "\nA paragraph added in round \(round).\n").write(
                    toFile: note, atomically: true, encoding: .utf8)
            case 1:
                edit = "action"
                try (text + "\n## Actions\n- [ ] Raj Patel: follow up round \(round) (due 2026-05-\(10 + round))\n")
                    .write(toFile: note, atomically: true, encoding: .utf8)
            case 2 where notes.count > 1:
                edit = "deleted note"
                try FileManager.default.removeItem(atPath: note)
            case 3:
                edit = "new note"
                try text.replacingOccurrences(of: "title: ", with: "title: Copy \(round) of ")
                    .write(toFile: folder + "/2026-05-\(10 + round)-copy.md", atomically: true, encoding: .utf8)
            case 4:
                edit = "charter"
                let charter = temp.contentPath + "/partnerships/\(slug)/charter.md"
                let old = try String(contentsOfFile: charter, encoding: .utf8)
                try (old + "\nCharter note of round \(round).\n").write(
                    toFile: charter, atomically: true, encoding: .utf8)
            case 5:
                edit = "settings"
                let settings = temp.contentPath + "/accord.yml"
                let old = try String(contentsOfFile: settings, encoding: .utf8)
                try old.replacingOccurrences(of: "(test fixture", with: "(test fixture \(round)")
                    .write(toFile: settings, atomically: true, encoding: .utf8)
            case 6:
                edit = "broken date"
                try text.replacingOccurrences(of: "date: 2026-", with: "date: 2026-13-")
                    .write(toFile: note, atomically: true, encoding: .utf8)
                #expect(try Self.expectSameAsFullBuild(temp, "round \(round): broken date").exitCode == 1)
                try text.write(toFile: note, atomically: true, encoding: .utf8)
            default:
                edit = "output page edited by hand"
                let page = temp.path("Output/partnerships/\(slug)/index.html")
                if FileManager.default.fileExists(atPath: page) {
                    let old = try String(contentsOfFile: page, encoding: .utf8)
                    // Same size, other bytes: only the stamp tells.
                    try String(old.reversed()).write(toFile: page, atomically: false, encoding: .utf8)
                }
            }
            let outcome = try Self.expectSameAsFullBuild(temp, "round \(round): \(edit) in \(slug)")
            #expect(outcome.exitCode == 0, "round \(round): \(edit) in \(slug)")
            reused.append(outcome.partnershipsReused)
        }
        // The edits are seeded, so the reuse is the same on every run: four of five partnerships after an edit, all
        // five after a failed build (round 6: nothing was written), none after a settings change (rounds 3, 7, 12).
        #expect(reused == [4, 4, 4, 0, 4, 4, 5, 0, 4, 4, 4, 4, 0, 4])
    }

    @Test func aNoteLinkedFromAnotherPartnershipRebuildsTheLinkingPartnership() throws {
        let temp = try Self.portfolio()
        let linking = temp.contentPath + "/partnerships/portal-cocreation/meetings/2026-01-07-steering.md"
        let text = try String(contentsOfFile: linking, encoding: .utf8)
        try (text + "\nSee [their steering](../../acme-globex-2/meetings/2026-03-12-steering.md).\n")
            .write(toFile: linking, atomically: true, encoding: .utf8)
        #expect(Self.build(temp).exitCode == 0)
        let page = temp.path("Output/partnerships/portal-cocreation/meetings/2026-01-07-steering.html")
        #expect(
            try String(contentsOfFile: page, encoding: .utf8).contains(
                "acme-globex-2/meetings/2026-03-12-steering.html"))
        try FileManager.default.moveItem(
            atPath: temp.contentPath + "/partnerships/acme-globex-2/meetings/2026-03-12-steering.md",
            toPath: temp.contentPath + "/partnerships/acme-globex-2/meetings/2026-03-13-steering.md")
        let outcome = try Self.expectSameAsFullBuild(temp, "linked note renamed")
        // acme-globex-2 changed; portal-cocreation links to the note that moved.
        #expect(outcome.partnershipsReused == 3)
        #expect(outcome.diagnostics.printed.contains { $0.contains("points to no note or charter") })
    }

    @Test func serveKeepsTheCacheInMemoryBetweenRebuilds() throws {
        let temp = try Self.portfolio()
        let memory = BuildMemory()
        #expect(Self.build(temp, memory: memory).exitCode == 0)
        for (round, slug) in ["acme-globex-1", "portal-cocreation", "acme-globex-1"].enumerated() {
            // Without the file, only the memory can tell what the previous build did.
            try FileManager.default.removeItem(atPath: temp.path(".Output.accord-cache"))
            let folder = temp.contentPath + "/partnerships/\(slug)/meetings/"
            let note = try #require(
                try FileManager.default.contentsOfDirectory(atPath: folder).sorted().first { $0.hasSuffix(".md") })
            let text = try String(contentsOfFile: folder + note, encoding: .utf8)
            try (text + "\nServe edit \(round).\n").write(toFile: folder + note, atomically: true, encoding: .utf8)
            let outcome = try Self.expectSameAsFullBuild(temp, "serve edit \(round)", memory: memory)
            #expect(outcome.partnershipsReused == 4, "serve edit \(round)")
        }
    }

    @Test func anotherReportDateOrThemeRebuildsEveryPartnership() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        var options = temp.options(asOf: "2026-07-01")
        let later = Pipeline.run(options, mode: .build)
        #expect(later.exitCode == 0)
        #expect(later.partnershipsReused == 0)
        let again = Pipeline.run(options, mode: .build)
        #expect(again.partnershipsReused == 5)
        try FileManager.default.createDirectory(atPath: temp.path("Theme"), withIntermediateDirectories: true)
        try "<p class=\"mine\">{{title}}</p>\n".write(
            toFile: temp.path("Theme/meeting.mustache"), atomically: true, encoding: .utf8)
        options.templatesPath = temp.path("Theme")
        let themed = Pipeline.run(options, mode: .build)
        #expect(themed.exitCode == 0)
        #expect(themed.partnershipsReused == 0)
        let page = temp.path("Output/partnerships/acme-globex/meetings/2026-03-12-steering.html")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("<p class=\"mine\">"))
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        let cache = temp.path(".Output.accord-cache")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache)))
        #expect(bytes.starts(with: Array("accord build cache 7\n".utf8)))
        for index in stride(from: 40, to: bytes.count, by: 97) { bytes[index] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: cache))
        let outcome = try Self.expectSameAsFullBuild(temp, "damaged cache")
        #expect(outcome.exitCode == 0)
        // A damaged file is read as no cache at all, or decodes into entries that fail their checks.
        #expect(outcome.partnershipsReused <= 5)
        try Data("not a cache".utf8).write(to: URL(fileURLWithPath: cache))
        let again = try Self.expectSameAsFullBuild(temp, "garbage cache")
        #expect(again.partnershipsReused == 0)
        #expect(again.filesUnchanged == 0)
    }

    @Test func noCacheWritesEveryFile() throws {
        let temp = try Self.portfolio()
        #expect(Self.build(temp).exitCode == 0)
        let outcome = Self.build(temp, cache: false)
        #expect(outcome.exitCode == 0)
        #expect(outcome.partnershipsReused == 0)
        #expect(outcome.filesUnchanged == 0)
    }

    @Test func privateContentIsRebuiltEveryTime() throws {
        let temp = try Self.portfolio()
        let note = temp.contentPath + "/partnerships/acme-globex-3/meetings/2026-03-12-steering.md"
        let text = try String(contentsOfFile: note, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: steering", with: "kind: steering\nvisibility: acme")
            .write(toFile: note, atomically: true, encoding: .utf8)
        #expect(Self.build(temp).exitCode == 0)
        let outcome = try Self.expectSameAsFullBuild(temp, "private note")
        #expect(outcome.partnershipsReused == 0)
        #expect(outcome.filesUnchanged > 0)
    }

    @Test func theCacheFormsRoundTripEveryPartnershipAndItsMetrics() throws {
        var options = BuildOptions(today: Day(iso: "2026-06-01")!)
        options.contentPath = try Golden.fixture("Portfolio").path
        var bag = DiagnosticBag()
        let (portfolio, _, _) = try #require(Pipeline.loadAndParse(options, diagnostics: &bag))
        let metrics = MetricsEngine.measure(portfolio, asOf: Day(iso: "2026-06-01")!)
        for partnership in portfolio.partnerships {
            #expect(try Partnership(bytes: partnership.bytes) == partnership)
            #expect(try Partnership(bytes: partnership.listed.bytes) == partnership.listed)
            #expect(throws: ByteReader.Malformed.self) { try Partnership(bytes: partnership.bytes.dropLast()) }
        }
        for measured in metrics.partnerships {
            #expect(try PartnershipMetrics(bytes: measured.bytes) == measured)
        }
    }
}

/// A small deterministic generator (the same edits on every run).
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
