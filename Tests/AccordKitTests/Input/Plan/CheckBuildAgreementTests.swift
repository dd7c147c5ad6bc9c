import Foundation
import Testing

@testable import AccordKit

/// `accord check` reports exactly what `accord build` reports: every invalid case below runs through
/// both, and their diagnostics and exit statuses must be equal (and the build must write nothing).
@Suite struct CheckBuildAgreementTests {
    /// An invalid content folder, written into a fresh `TempContent`; returns the options to run with.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var write: @Sendable (TempContent) throws -> BuildOptions
        var testDescription: String { name }
    }

    static let note = "---\ndate: 2026-01-05\n---\n"

    static let cases: [Case] = [
        Case(name: "link to a missing note, strict") { temp in
            try temp.writeCharter()
            try temp.writeNote("n.md", note + "[x](nope.md)\n")
            var options = temp.options()
            options.strict = true
            return options
        },
        Case(name: "static/actions.html") { temp in
            try temp.writeCharter()
            try temp.write("static/actions.html", "mine")
            return temp.options()
        },
        Case(name: "a.md and a.MD") { temp in
            try temp.writeCharter()
            try temp.writeNote("a.md", note)
            try temp.writeNote("a.MD", note)
            return temp.options()
        },
        Case(name: "asset named like a page") { temp in
            try temp.writeCharter()
            try temp.writeNote("n.md", note)
            try temp.writeNote("n.html", "mine")
            return temp.options()
        },
        Case(name: "link out of static/") { temp in
            try temp.writeCharter()
            try temp.link("static/passwd", to: "/etc/passwd")
            return temp.options()
        },
        Case(name: "link out of a templates folder") { temp in
            try temp.writeCharter()
            try temp.link(temp.path("theme") + "/assets/env.txt", to: "/proc/self/environ")
            var options = temp.options()
            options.templatesPath = temp.path("theme")
            return options
        },
        Case(name: "templates: outside the content folder") { temp in
            try temp.writeCharter()
            try temp.write("accord.yml", "templates: ../elsewhere\n")
            try FileManager.default.createDirectory(atPath: temp.path("elsewhere"), withIntermediateDirectories: true)
            return temp.options()
        },
        Case(name: "charter.md as a folder") { temp in
            try temp.write("partnerships/acme-globex/charter.md/x.txt", "x")
            return temp.options()
        },
        Case(name: "a FIFO as a note") { temp in
            try temp.writeCharter()
            try temp.fifo("partnerships/acme-globex/meetings/2026-01-01.md")
            return temp.options()
        },
        Case(name: "a symbolic link loop") { temp in
            try temp.writeCharter()
            try temp.link("partnerships/acme-globex/meetings/self", to: "self")
            return temp.options()
        },
        Case(name: "a template syntax error") { temp in
            try temp.writeCharter()
            try temp.write("theme/index.mustache", "{{#open}}")
            var options = temp.options()
            options.templatesPath = temp.contentPath + "/theme"
            return options
        },
        Case(name: "invalid YAML, bad slug, missing charter, invalid UTF-8") { temp in
            try temp.writeCharter()
            try temp.writeNote("bad.md", "---\ndate: [2026\n---\n")
            try temp.writeBytes(
                "partnerships/acme-globex/meetings/latin1.md", Array("---\ndate: 2026-01-01\n---\nCaf".utf8) + [0xE9])
            try temp.write("partnerships/Bad Slug/charter.md", TempContent.charter())
            try temp.makeFolder("partnerships/orphan")
            return temp.options()
        },
    ]

    @Test(arguments: cases) func checkReportsExactlyWhatBuildReports(_ invalid: Case) throws {
        let temp = try TempContent()
        let options = try invalid.write(temp)
        let (check, build) = checkAndBuild(options)
        #expect(!check.diagnostics.isEmpty)
        #expect(check.diagnostics == build.diagnostics)
        #expect(check.exitCode == build.exitCode && check.exitCode != 0)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
    }
}
