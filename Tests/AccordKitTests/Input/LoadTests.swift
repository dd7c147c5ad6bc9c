import Foundation
import Testing

@testable import AccordKit

/// Step 1: reading the content folder (text decoding, ignored names, drafts, slugs, symbolic links).
@Suite struct LoadTests {
    // MARK: TextDecoder

    static func decoded(_ bytes: [UInt8]) -> String? {
        if case .text(let text) = TextDecoder.decode(bytes) { return text }
        return nil
    }

    static func invalidAt(_ bytes: [UInt8]) -> [Int]? {
        if case .invalid(let line, let column) = TextDecoder.decode(bytes) { return [line, column] }
        return nil
    }

    @Test func bomIsDropped() {
        #expect(Self.decoded([0xEF, 0xBB, 0xBF] + Array("---\ndate: 2026-01-01\n".utf8)) == "---\ndate: 2026-01-01\n")
        // A BOM-like sequence later in the file is a character like any other.
        #expect(Self.decoded(Array("a".utf8) + [0xEF, 0xBB, 0xBF]) == "a\u{FEFF}")
    }

    @Test func anInvalidByteAfterAnyRunOfASCIIIsFoundWhereItIs() {
        // The ASCII runs are skipped eight bytes at a time: every offset against that stride, with and without a BOM.
        for run in 0..<20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: run)
            #expect(Self.invalidAt(ascii + [0xFF] + Array("bcdefghijk".utf8)) == [1, run + 1], "run \(run)")
            #expect(Self.invalidAt([0xEF, 0xBB, 0xBF] + ascii + [0xC3]) == [1, run + 1], "BOM, run \(run)")
            #expect(
                Self.decoded(ascii + [0xC3, 0xA9] + ascii) == String(repeating: "a", count: run) + "é"
                    + String(repeating: "a", count: run))
        }
    }

    @Test func crlfAndLoneCRBecomeLF() {
        #expect(Self.decoded(Array("a\r\nb\r\n\r\nc".utf8)) == "a\nb\n\nc")
        #expect(Self.decoded(Array("a\rb\r\nc\n".utf8)) == "a\nb\nc\n")
        #expect(Self.decoded([0xEF, 0xBB, 0xBF] + Array("x\r\ny".utf8)) == "x\ny")
    }

    @Test func invalidUTF8GivesLineAndCharacterColumn() {
        // Line 3; "é€" are two characters (five bytes) before the bad byte, so column 3.
        #expect(Self.invalidAt(Array("ab\ncd\n".utf8) + Array("é€".utf8) + [0xFF, 0x41]) == [3, 3])
        // First byte of the file.
        #expect(Self.invalidAt([0xC3]) == [1, 1])
        // Truncated sequence at the end of line 1 after "abc".
        #expect(Self.invalidAt(Array("abc".utf8) + [0xE2, 0x82]) == [1, 4])
        // Overlong encoding and UTF-16 surrogates are invalid.
        #expect(Self.invalidAt([0x41, 0xC0, 0x80]) == [1, 2])
        #expect(Self.invalidAt(Array("\n\n".utf8) + [0xED, 0xA0, 0x80]) == [3, 1])
        // The BOM is not counted as a column.
        #expect(Self.invalidAt([0xEF, 0xBB, 0xBF, 0x41, 0x80]) == [1, 2])
        // CRLF counts as one line break, and so does a lone CR (the decoded text has LF for both).
        #expect(Self.invalidAt(Array("a\r\nb".utf8) + [0xFE]) == [2, 2])
        #expect(Self.invalidAt(Array("a\rb\r\r\nxy".utf8) + [0xFE]) == [4, 3])
    }

    @Test func validMultibyteTextIsKept() {
        #expect(Self.decoded(Array("Acme × Globex — “ok” 🙂".utf8)) == "Acme × Globex — “ok” 🙂")
    }

    // MARK: SourceFile

    @Test func sourceFileLinesAndColumns() {
        let file = SourceFile(path: "x.md", text: "one\ntwo × three\n\nfour")
        #expect(file.line(1) == "one")
        #expect(file.line(2) == "two × three")
        #expect(file.line(3) == "")
        #expect(file.line(4) == "four")
        #expect(file.line(5) == "")
        #expect(file.column(of: "three", onLine: 2) == 7)
        #expect(file.column(of: "nope", onLine: 2) == nil)
    }

    // MARK: Through the loader

    @Test func bomAndCRLFFilesKeepTheirLineNumbers() throws {
        let content = try TempContent()
        try content.writeCharter()
        let note = "---\r\ndate: 2026-03-12\r\ndate_x: 1\r\n---\r\n\r\n# T\r\n"
        try content.writeBytes(
            "partnerships/acme-globex/meetings/2026-03-12.md", [0xEF, 0xBB, 0xBF] + Array(note.utf8))
        let outcome = content.check()
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12.md:3:1: warning: unknown key 'date_x' in the meeting note\n  hint: did you mean 'date'?\n"
            ])
        let (inventory, _) = try content.load()
        #expect(inventory.partnerships.first?.meetings.first?.text == "---\ndate: 2026-03-12\ndate_x: 1\n---\n\n# T\n")
    }

    @Test func invalidUTF8IsAnErrorAtItsLineAndColumn() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeBytes(
            "partnerships/acme-globex/meetings/2026-03-12.md",
            Array("---\ndate: 2026-03-12\n---\nCaf".utf8) + [0xE9] + Array(" noir\n".utf8))
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics == [
                .error(
                    SourceLocation(path: "partnerships/acme-globex/meetings/2026-03-12.md", line: 4, column: 4),
                    "file is not valid UTF-8", hint: "save the file with UTF-8 encoding")
            ])
    }

    @Test func dotAndUnderscoreNamesAreIgnored() throws {
        let content = try TempContent()
        try content.writeCharter()
        let note = "---\ndate: 2026-03-12\n---\n"
        try content.writeNote("2026-03-12.md", note)
        try content.writeNote(".hidden.md", "not even front matter")
        try content.writeNote("_template.md", "not even front matter")
        try content.writeNote(".git/objects.md", "x")
        try content.writeNote("_partials/a.md", "x")
        try content.write("partnerships/.cache/charter.md", "x")
        try content.write("partnerships/_archive/charter.md", "x")
        try content.write(".accord.yml", "title: [")
        try content.write("_accord.yml", "title: [")
        let (inventory, diagnostics) = try content.load()
        #expect(diagnostics.isEmpty)
        #expect(inventory.partnerships.map(\.slug) == ["acme-globex"])
        #expect(inventory.partnerships[0].meetings.map(\.path) == ["partnerships/acme-globex/meetings/2026-03-12.md"])
        #expect(inventory.partnerships[0].assets.isEmpty)
        #expect(content.check().diagnostics.isEmpty)
    }

    @Test func draftsAreIncludedOnlyWithTheDraftsOption() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeCharter(slug: "_drafts/beta-deal")
        try content.writeNote("2026-03-12.md", "---\ndate: 2026-03-12\n---\n")
        try content.writeNote("_drafts/2026-04-09.md", "---\ndate: 2026-04-09\n---\n")

        let (without, quiet) = try content.load()
        #expect(quiet.isEmpty)
        #expect(without.partnerships.map(\.slug) == ["acme-globex"])
        #expect(without.partnerships[0].meetings.map(\.path) == ["partnerships/acme-globex/meetings/2026-03-12.md"])

        let (with, diagnostics) = try content.load(drafts: true)
        #expect(diagnostics.isEmpty)
        #expect(with.partnerships.map(\.slug) == ["acme-globex", "beta-deal"])
        #expect(with.partnerships[1].folder == "partnerships/_drafts/beta-deal")
        #expect(
            with.partnerships[0].meetings.map(\.path) == [
                "partnerships/acme-globex/meetings/2026-03-12.md",
                "partnerships/acme-globex/meetings/_drafts/2026-04-09.md",
            ])
        // Other underscore folders stay ignored even with drafts.
        try content.writeNote("_old/2025-01-01.md", "broken")
        let (again, _) = try content.load(drafts: true)
        #expect(again.partnerships[0].meetings.count == 2)
        #expect(content.check(drafts: true).exitCode == 0)
    }

    @Test func partnershipWithoutCharterIsAWholeFolderError() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-01-01.md", slug: "orphan", "---\ndate: 2026-01-01\n---\n")
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/orphan: error: partnership folder has no charter.md\n"
                    + "  hint: add partnerships/orphan/charter.md (see `accord new partnership orphan`)\n"
            ])
        #expect(outcome.diagnostics[0].location == SourceLocation(path: "partnerships/orphan"))
    }

    @Test func invalidSlugFolderIsAnError() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeCharter(slug: "Acme Initech")
        try content.writeCharter(slug: "-lead")
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/-lead: error: '-lead' is not a valid partnership slug\n"
                    + "  hint: use lower-case letters, digits and hyphens, starting with a letter or digit, e.g. 'lead'\n",
                "Content/partnerships/Acme Initech: error: 'Acme Initech' is not a valid partnership slug\n"
                    + "  hint: use lower-case letters, digits and hyphens, starting with a letter or digit, e.g. 'acme-initech'\n",
            ])
    }

    @Test func symbolicLinkLeavingTheContentFolderIsRefused() throws {
        let content = try TempContent()
        try content.writeCharter()
        // A secret outside Content/ and links to it (a file and a folder).
        let outside = content.path("secret")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("---\ndate: 2026-01-01\n---\nsecret\n".utf8).write(to: URL(fileURLWithPath: outside + "/note.md"))
        try content.makeFolder("partnerships/acme-globex/meetings")
        try FileManager.default.createSymbolicLink(
            atPath: content.contentPath + "/partnerships/acme-globex/meetings/2026-01-01.md",
            withDestinationPath: outside + "/note.md")
        try FileManager.default.createSymbolicLink(
            atPath: content.contentPath + "/partnerships/acme-globex/meetings/archive",
            withDestinationPath: "../../../../secret")
        // A link that stays inside is followed.
        try content.write("partnerships/acme-globex/meetings/2026-02-01.md", "---\ndate: 2026-02-01\n---\n")
        try FileManager.default.createSymbolicLink(
            atPath: content.contentPath + "/partnerships/acme-globex/meetings/2026-02-01-copy.md",
            withDestinationPath: "2026-02-01.md")

        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-01-01.md: error: symbolic link leaves the content folder; it is not followed\n"
                    + "  hint: copy the file into the content folder instead\n",
                "Content/partnerships/acme-globex/meetings/archive: error: symbolic link leaves the content folder; it is not followed\n"
                    + "  hint: copy the file into the content folder instead\n",
            ])
        let (inventory, _) = try content.load()
        #expect(
            inventory.partnerships[0].meetings.map(\.path) == [
                "partnerships/acme-globex/meetings/2026-02-01-copy.md",
                "partnerships/acme-globex/meetings/2026-02-01.md",
            ])
    }

    @Test func missingContentFolderIsAnIOFailure() throws {
        let content = try TempContent()
        let outcome = Pipeline.run(content.options(), mode: .check)
        #expect(outcome.exitCode == 3)
        #expect(outcome.failure == "content folder '\(content.contentPath)' does not exist or is not a folder")
    }

    @Test func assetsAndStaticFilesAreListed() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2025/03-12.md", "---\ndate: 2025-03-12\n---\n")
        try content.writeNote("2025/board.png", "png")
        try content.write("partnerships/acme-globex/logo.svg", "<svg/>")
        try content.write("static/CNAME", "accord.example")
        try content.write("static/css/extra.css", "body{}")
        let (inventory, diagnostics) = try content.load()
        #expect(diagnostics.isEmpty)
        #expect(inventory.staticFiles.map(\.outputPath) == ["CNAME", "css/extra.css"])
        #expect(
            inventory.partnerships[0].assets.map(\.outputPath).sorted() == [
                "partnerships/acme-globex/logo.svg", "partnerships/acme-globex/meetings/2025/board.png",
            ])
        #expect(inventory.partnerships[0].meetings.map(\.path) == ["partnerships/acme-globex/meetings/2025/03-12.md"])
    }
}
