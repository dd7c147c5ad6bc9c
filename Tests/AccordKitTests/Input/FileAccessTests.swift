import Foundation
import Testing

@testable import AccordKit

/// Reading only what the content owns: links out of every root (content, `static/`, assets beside
/// notes, template overrides) are refused and reported by `check` and `build` alike, links that stay
/// inside are copied as bytes, FIFOs are never opened, and loops end. Each case fails on the code
/// before the file-access layer.
@Suite struct FileAccessTests {
    static let hint = "  hint: copy the file into the content folder instead\n"
    static let leaves = "error: symbolic link leaves the content folder; it is not followed\n"

    /// Check and build of `temp` both report exactly `printed`, fail with `code`, and write no output.
    func expectRefused(
        _ temp: TempContent, _ printed: [String], code: Int32 = 1, options: BuildOptions? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (check, build) = checkAndBuild(options ?? temp.options())
        #expect(check.diagnostics.printed == printed, sourceLocation: sourceLocation)
        #expect(build.diagnostics == check.diagnostics, sourceLocation: sourceLocation)
        #expect(check.exitCode == code && build.exitCode == code, sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")), sourceLocation: sourceLocation)
    }

    @Test func templateOverrideLinksToPasswdAndTheEnvironmentAreRefused() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        let theme = temp.path("theme")
        try temp.link(theme + "/assets/passwd.css", to: "/etc/passwd")
        try temp.link(theme + "/assets/env.txt", to: "/proc/self/environ")
        try temp.link(theme + "/partials/chart.mustache", to: "/etc/passwd")
        var options = temp.options()
        options.templatesPath = theme
        let tail =
            ": error: symbolic link leaves the templates folder; it is not followed\n"
            + "  hint: copy the file into the templates folder instead\n"
        expectRefused(
            temp,
            [
                theme + "/assets/env.txt" + tail, theme + "/assets/passwd.css" + tail,
                theme + "/partials/chart.mustache" + tail,
            ], code: 3, options: options)
    }

    @Test func templatesNamedInSettingsAreReadThroughTheLayerToo() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("accord.yml", "title: T\ntemplates: theme\n")
        try temp.link("theme/assets/env.txt", to: "/proc/self/environ")
        expectRefused(
            temp,
            [
                temp.contentPath
                    + "/theme/assets/env.txt: error: symbolic link leaves the templates folder; it is not followed\n"
                    + "  hint: copy the file into the templates folder instead\n"
            ], code: 3)
    }

    @Test func templatesInSettingsMustStayInsideTheContentFolder() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("accord.yml", "title: T\ntemplates: /proc/self\n")
        expectRefused(
            temp,
            [
                "Content/accord.yml:2:12: error: templates folder '/proc/self' is outside the content folder; it is not read\n"
                    + "  hint: move it into the content folder, or name it with --templates on the command line\n"
            ])
    }

    @Test func staticLinksToPasswdAndTheEnvironmentAreRefused() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("static/CNAME", "accord.example")
        try temp.link("static/passwd", to: "/etc/passwd")
        try temp.link("static/env/environ", to: "/proc/self/environ")
        expectRefused(
            temp,
            [
                "Content/static/env/environ: " + Self.leaves + Self.hint,
                "Content/static/passwd: " + Self.leaves + Self.hint,
            ])
    }

    @Test func linksBesideNotesAsNotesAndAsTheCharterAreRefused() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.link("partnerships/acme-globex/meetings/board.png", to: "/etc/passwd")
        try temp.link("partnerships/acme-globex/meetings/2026-01-01.md", to: "/proc/self/environ")
        try temp.write("partnerships/beta-deal/meetings/2026-01-02.md", "---\ndate: 2026-01-02\n---\n")
        try temp.link("partnerships/beta-deal/charter.md", to: "/etc/passwd")
        expectRefused(
            temp,
            [
                "Content/partnerships/acme-globex/meetings/2026-01-01.md: " + Self.leaves + Self.hint,
                "Content/partnerships/acme-globex/meetings/board.png: " + Self.leaves + Self.hint,
                "Content/partnerships/beta-deal/charter.md: " + Self.leaves + Self.hint,
            ])
    }

    @Test func aPartnershipsFolderLinkedOutIsOneError() throws {
        let temp = try TempContent()
        try temp.write("accord.yml", "title: T\n")
        try temp.link("partnerships", to: "/etc")
        expectRefused(temp, ["Content/partnerships: " + Self.leaves + Self.hint])
    }

    @Test func aLinkIntoAHiddenFolderIsRefused() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write(".git/config", "[http] extraheader = AUTHORIZATION: basic c2VjcmV0\n")
        try temp.link("static/config.txt", to: "../.git/config")
        expectRefused(temp, ["Content/static/config.txt: " + Self.leaves + Self.hint])
    }

    @Test func linksInsideTheContentAreCopiedAsBytes() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("static/logo.svg", "<svg>logo</svg>")
        try temp.link("static/copy.svg", to: "logo.svg")
        try temp.writeNote("2026-01-05.md", "---\ndate: 2026-01-05\n---\n![logo](logo.svg)\n")
        try temp.link("partnerships/acme-globex/meetings/logo.svg", to: "../../../static/logo.svg")
        let (check, build) = checkAndBuild(temp.options())
        #expect(check.diagnostics.isEmpty && build.diagnostics.isEmpty)
        #expect(build.exitCode == 0)
        let site = try snapshot(of: temp.path("Output"))
        #expect(site["copy.svg"] == Data("<svg>logo</svg>".utf8))
        #expect(site["partnerships/acme-globex/meetings/logo.svg"] == Data("<svg>logo</svg>".utf8))
        #expect(temp.specialFilesInOutput().isEmpty)
    }

    @Test func aSymbolicLinkLoopInTheContentEnds() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-01-05.md", "---\ndate: 2026-01-05\n---\n")
        try temp.link("partnerships/acme-globex/meetings/up", to: "..")
        try temp.link("partnerships/acme-globex/meetings/again", to: "../meetings")
        try temp.link("partnerships/acme-globex/meetings/self", to: "self")
        let options = temp.options()
        let outcome = try #require(withDeadline(60) { checkAndBuild(options) })
        #expect(
            outcome.check.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/self: error: symbolic link loop; it is not followed\n"
            ])
        #expect(outcome.build.diagnostics == outcome.check.diagnostics)
        let (inventory, _) = try temp.load()
        #expect(
            inventory.partnerships.map { $0.meetings.map(\.path) } == [
                ["partnerships/acme-globex/meetings/2026-01-05.md"]
            ])
    }

    @Test func theWatcherIsBoundedOnLoopsAndNeverLeavesItsFolder() throws {
        let temp = try TempContent()
        try temp.write("partnerships/a/charter.md", "one")
        try temp.link("partnerships/a/up", to: "..")
        try temp.link("partnerships/a/top", to: "../..")
        try temp.link("partnerships/a/etc", to: "/etc")
        let folders = [temp.contentPath]
        let snapshot = try #require(withDeadline(60) { FolderSnapshot(folders: folders) })
        // The links to folders already listed are recorded once and not entered again; /etc is not entered at all.
        #expect(
            snapshot.entries.keys.sorted() == [
                temp.contentPath, temp.contentPath + "/partnerships", temp.contentPath + "/partnerships/a",
                temp.contentPath + "/partnerships/a/charter.md", temp.contentPath + "/partnerships/a/top",
                temp.contentPath + "/partnerships/a/up",
            ])
    }

    @Test func fifosInTheContentStaticAndTemplatesNeverHangTheBuild() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        let fifos = [
            try temp.fifo("partnerships/acme-globex/meetings/2026-01-01.md"),
            try temp.fifo("partnerships/acme-globex/meetings/board.png"),
            try temp.fifo("static/favicon.ico"),
        ]
        let special =
            ": error: a FIFO (named pipe) is not a regular file; it is not read\n"
            + "  hint: Accord reads only regular files and folders; remove it\n"
        let plain = temp.options()
        let content = try #require(withDeadline(60, releasing: fifos) { checkAndBuild(plain) })
        #expect(
            content.check.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-01-01.md" + special,
                "Content/partnerships/acme-globex/meetings/board.png" + special,
                "Content/static/favicon.ico" + special,
            ])
        #expect(content.build.diagnostics == content.check.diagnostics)
        #expect(content.check.exitCode == 1 && content.build.exitCode == 1)

        let theme = temp.path("theme")
        let themeFIFO = try temp.fifo(theme + "/assets/extra.css")
        var options = temp.options()
        options.templatesPath = theme
        let themedOptions = options
        let themed = try #require(withDeadline(60, releasing: fifos + [themeFIFO]) { checkAndBuild(themedOptions) })
        #expect(themed.check.diagnostics.printed.first == theme + "/assets/extra.css" + special)
        #expect(themed.check.exitCode == 3 && themed.build.exitCode == 3)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
    }

    @Test func aCharterThatIsAFolderOrAFIFOIsAnErrorNamingIt() throws {
        let temp = try TempContent()
        try temp.write("partnerships/acme-globex/charter.md/notes.txt", "not a charter")
        let fifo = try temp.fifo("partnerships/beta-deal/charter.md")
        let options = temp.options()
        let outcome = try #require(withDeadline(60, releasing: [fifo]) { checkAndBuild(options) })
        #expect(
            outcome.check.diagnostics.printed == [
                "Content/partnerships/acme-globex/charter.md: error: charter.md is a folder, not a file\n"
                    + "  hint: the charter is the file partnerships/acme-globex/charter.md\n",
                "Content/partnerships/beta-deal/charter.md: error: a FIFO (named pipe) is not a regular file; it is not read\n"
                    + "  hint: Accord reads only regular files and folders; remove it\n",
            ])
        #expect(outcome.build.diagnostics == outcome.check.diagnostics)
        #expect(outcome.check.exitCode == 1 && outcome.build.exitCode == 1)
    }

    @Test func aFileNameThatIsNotUTF8IsAnError() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.makeFolder("static")
        let name = Array((temp.contentPath + "/static/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9), 0]
        let descriptor = name.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        expectRefused(
            temp,
            [
                "Content/static/caf\u{FFFD}: error: file name is not valid UTF-8; it is not read\n"
                    + "  hint: rename the file with a UTF-8 name\n"
            ])
    }

    @Test func noByteOfAnOutsideFileReachesTheOutputOfAnAllowedBuild() throws {
        // The refused links are the only problem: with them removed the build succeeds and holds nothing from outside.
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.link("static/passwd", to: "/etc/passwd")
        #expect(Pipeline.run(temp.options(), mode: .build).exitCode == 1)
        try FileManager.default.removeItem(atPath: temp.contentPath + "/static/passwd")
        try temp.link("static/_passwd", to: "/etc/passwd")  // ignored name: skipped silently, never read
        #expect(Pipeline.run(temp.options(), mode: .build).exitCode == 0)
        #expect(try temp.outputFiles(leaking: "/etc/passwd").isEmpty)
        #expect(try temp.outputFiles(leaking: "/proc/self/environ").isEmpty)
        #expect(temp.specialFilesInOutput().isEmpty)
    }
}
