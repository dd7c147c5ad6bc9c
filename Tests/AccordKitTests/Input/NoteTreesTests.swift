import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// The notes' trees are let go as each folder is parsed and come back, parsed again from the same files, when a
/// partnership's pages are rendered; a partnership with private content keeps them; a file changed in between
/// fails instead of being rendered as it is now. Whole partnerships let go come back from a spool file when there
/// is one (as they were parsed, whatever happened to the files since).
@Suite struct NoteTreesTests {
    /// The portfolio of `temp` parsed with its trees let go, and the trees.
    static func parse(_ temp: TempContent, letsRecordsGo: Bool = false, spoolPath: String? = nil) throws -> (
        Portfolio, NoteTrees
    ) {
        var bag = DiagnosticBag()
        let listing = try ContentLoader(root: temp.contentPath).list(into: &bag)
        let trees = NoteTrees(listing: listing, letsRecordsGo: letsRecordsGo, spoolPath: spoolPath)
        return (PortfolioParser.parse(listing, diagnostics: &bag, trees: trees), trees)
    }

    @Test func treesComeBackAsTheyWereParsed() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let (light, trees) = try Self.parse(temp)
        let (inventory, _) = try temp.load()
        var bag = DiagnosticBag()
        let whole = PortfolioParser.parse(inventory, diagnostics: &bag)
        #expect(light.partnerships.count == 5)
        #expect(light.partnerships.map(\.slug) == whole.partnerships.map(\.slug))
        for (partnership, parsed) in zip(light.partnerships, whole.partnerships) {
            #expect(partnership.meetings.allSatisfy { $0.document.blocks.isEmpty })
            #expect(parsed.meetings.contains { !$0.document.blocks.isEmpty })
            #expect(try trees.restored(partnership) == parsed)
        }
        var restored = light
        try trees.restoreAll(&restored)
        #expect(restored.partnerships == whole.partnerships)
    }

    @Test func wholePartnershipsComeBackAsTheyWereParsed() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let (listed, trees) = try Self.parse(temp, letsRecordsGo: true)
        let (inventory, _) = try temp.load()
        var bag = DiagnosticBag()
        let whole = PortfolioParser.parse(inventory, diagnostics: &bag)
        #expect(listed.partnerships.map(\.slug) == whole.partnerships.map(\.slug))
        #expect(whole.partnerships.contains { $0.meetings.contains { !$0.actions.isEmpty } })
        for (partnership, parsed) in zip(listed.partnerships, whole.partnerships) {
            #expect(partnership == parsed.listed)
            #expect(trees.keepsOnlyListing(partnership.slug))
            #expect(try trees.restored(partnership) == parsed)
        }
    }

    @Test func aPartnershipWithPrivateContentKeepsItsRecords() throws {
        let temp = try TempContent()
        try temp.write("partnerships/acme-globex/charter.md", TempContent.charter())
        try temp.write(
            "partnerships/acme-globex/meetings/2026-03-12.md",
            "---\ndate: 2026-03-12\nvisibility: private:acme\n---\n\n# Kick-off\n\n## Actions\n\n- [ ] Ann: send the plan (due 2026-04-01)\n"
        )
        let (portfolio, trees) = try Self.parse(temp, letsRecordsGo: true)
        #expect(portfolio.partnerships.map { $0.meetings.map(\.actions.count) } == [[1]])
        #expect(!trees.keepsOnlyListing("acme-globex"))
    }

    @Test func aPartnershipWithPrivateContentKeepsItsTrees() throws {
        let temp = try TempContent()
        try temp.write("partnerships/acme-globex/charter.md", TempContent.charter())
        try temp.write(
            "partnerships/acme-globex/meetings/2026-03-12.md",
            "---\ndate: 2026-03-12\nvisibility: private:acme\n---\n\n# Kick-off\n\nOnly Acme reads this.\n")
        try temp.write("partnerships/acme-globex-2/charter.md", TempContent.charter())
        try temp.write(
            "partnerships/acme-globex-2/meetings/2026-03-12.md", "---\ndate: 2026-03-12\n---\n\n# Kick-off\n\nShared.\n"
        )
        let (portfolio, _) = try Self.parse(temp)
        #expect(portfolio.partnerships.map { $0.meetings.map(\.document.blocks.count) } == [[2], [0]])
    }

    @Test func aNoteChangedAfterParsingFailsInsteadOfBeingRendered() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let (portfolio, trees) = try Self.parse(temp)
        let partnership = try #require(portfolio.partnerships.first { $0.slug == "acme-globex-2" })
        let note = try #require(partnership.meetings.first).path
        let path = temp.contentPath + "/" + note
        try (try String(contentsOfFile: path, encoding: .utf8) + "\nAdded after parsing.\n")
            .write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try trees.restored(partnership)
        } throws: { error in
            "\(error)" == "the files of partnerships/acme-globex-2 changed during the build; build again"
        }
        // The other partnerships' files did not change.
        let other = try #require(portfolio.partnerships.first { $0.slug == "acme-globex-3" })
        #expect(try trees.restored(other).meetings.allSatisfy { !$0.document.blocks.isEmpty })
    }

    @Test func wholePartnershipsComeBackFromTheSpoolAsTheyWereParsed() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let spoolPath = temp.root.path + "/.Output.accord-spool-1-a"
        let (listed, trees) = try Self.parse(temp, letsRecordsGo: true, spoolPath: spoolPath)
        #expect(trees.spool?.isOpen == true)
        // The spool's name is removed as soon as it is opened: nothing is left beside the output.
        #expect(!FileManager.default.fileExists(atPath: spoolPath))
        let (inventory, _) = try temp.load()
        var bag = DiagnosticBag()
        let whole = PortfolioParser.parse(inventory, diagnostics: &bag)
        // A note changed after parsing does not matter: the partnership is read back, not parsed again.
        let note = try #require(whole.partnerships.first?.meetings.first).path
        try Data("changed".utf8).write(to: URL(fileURLWithPath: temp.contentPath + "/" + note))
        for (partnership, parsed) in zip(listed.partnerships, whole.partnerships) {
            #expect(partnership == parsed.listed)
            #expect(try trees.restored(partnership) == parsed)
        }
        #expect(trees.spool?.lostSome == false)
    }

    @Test func withoutASpoolWholePartnershipsAreParsedAgain() throws {
        let temp = try IncrementalBuildTests.portfolio()
        let (listed, trees) = try Self.parse(
            temp, letsRecordsGo: true, spoolPath: temp.root.path + "/no-such-folder/.Output.accord-spool-1-a")
        #expect(trees.spool?.isOpen == false)
        let partnership = try #require(listed.partnerships.first)
        let note = try #require(partnership.meetings.first).path
        try Data("changed".utf8).write(to: URL(fileURLWithPath: temp.contentPath + "/" + note))
        #expect {
            try trees.restored(partnership)
        } throws: { error in
            "\(error)"
                == "the files of \(partnership.charter.path.dropLast("/charter.md".count)) changed during the build; build again"
        }
    }
}
