import Foundation
import Testing

@testable import AccordKit

/// The build's own redaction check: a template that prints a private line stops the build (exit 3, the file
/// named, the previous output kept); `check` finds it in every view without writing.
@Suite struct LeakCheckTests {
    /// A layout override whose footer carries a sentence private to acme.
    static func leakingTemplates(_ temp: TempContent) throws -> String {
        let layout = try #require(DefaultTheme.files["layout.mustache"])
            .replacingOccurrences(
                of: "<footer class=\"site-footer\">",
                with: "<footer class=\"site-footer\"><p>Jane will not reveal the tender timetable to Globex.</p>")
        let folder = temp.path("Leaky")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try layout.write(toFile: folder + "/layout.mustache", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func leakingTemplateStopsTheBuildAndKeepsThePreviousSite() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        var options = ViewFixture.options(temp, view: .joint)
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
        let before = try snapshot(of: temp.path("Output"))
        options.templatesPath = try Self.leakingTemplates(temp)
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.exitCode == 3)
        #expect(
            outcome.failure
                == "redaction failure: the joint view would publish 1 private line; nothing was written, the previous output stays"
        )
        let printed = outcome.diagnostics.printed
        #expect(
            printed == [
                "Content/partnerships/acme-globex/meetings/2026-04-20-renewal-prep.md:14: error: this line is "
                    + "private to 'acme' but is in 'actions.html' (and 3 other files) of the joint view\n"
                    + "  hint: the redaction check found it in the output; look for it in a template override, "
                    + "a static file or a copied file\n"
            ])
        #expect(try snapshot(of: temp.path("Output")) == before)
    }

    @Test func theOwnersViewMayPrintItsOwnLine() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        var options = ViewFixture.options(temp, view: .party("acme"))
        options.templatesPath = try Self.leakingTemplates(temp)
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
    }

    @Test func checkFindsTheLeakInEveryViewAndWritesNothing() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        var options = ViewFixture.options(temp, view: .joint)
        options.templatesPath = try Self.leakingTemplates(temp)
        let outcome = Pipeline.run(options, mode: .check)
        #expect(outcome.exitCode == 3)
        #expect(outcome.failure == "redaction failure: a view would publish private lines (see above)")
        let messages = outcome.diagnostics.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.hasSuffix(" of the joint view") == true)
        #expect(messages.last?.hasSuffix(" of the view of 'globex'") == true)
        #expect(!FileManager.default.fileExists(atPath: temp.path("Output")))
    }

    @Test func checkIsCleanWithoutALeak() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        let outcome = Pipeline.run(ViewFixture.options(temp, view: .joint), mode: .check)
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
    }

    @Test func leakInACopiedTextFileIsFound() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        try temp.write(
            "static/notes.txt", "Copied by mistake: Our walk-away price for the renewal is\n  forty thousand a month.\n"
        )
        let outcome = Pipeline.run(ViewFixture.options(temp, view: .joint), mode: .build)
        #expect(outcome.exitCode == 3)
        #expect(
            outcome.diagnostics.map(\.message)
                == ["this line is private to 'acme' but is in 'notes.txt' of the joint view"])
    }

    @Test func aPrivateLineAlsoWrittenInJointContentIsNotALeak() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        try temp.writeNote(
            "2026-05-01-steering.md",
            """
            ---
            date: 2026-05-01
            ---

            # Steering

            Said openly: Jane will not reveal the tender timetable to Globex.
            """)
        var options = ViewFixture.options(temp, view: .joint)
        options.templatesPath = try LeakCheckTests.leakingTemplates(temp)
        #expect(Pipeline.run(options, mode: .build).exitCode == 0)
    }

    @Test func matcherFindsEveryPatternInOnePass() {
        let patterns = ["walk-away price", "tender timetable", "short", "price for"].map { Array($0.utf8) }
        let matcher = SubstringMatcher(patterns)
        #expect(matcher.matches(in: Array("our walk-away price for the".utf8)) == [0, 3])
        #expect(matcher.matches(in: Array("the tender timetable, in short".utf8)) == [1, 2])
        #expect(matcher.matches(in: Array("walk-away pric".utf8)) == [])
    }

    @Test func outputIsReadAsTheLineItCameFrom() {
        let line = LeakText.line("We will not go below 12% & hold")
        let html = Array("<p>We will <strong>not</strong>\n go below 12% &amp; hold</p>".utf8)
        #expect(LeakText.forms(of: html, as: .markup).contains(line))
        let json = Array(#"{"text": "We will not go below 12% \u0026 hold"}"#.utf8)
        #expect(LeakText.forms(of: json, as: .json).contains { SubstringMatcher([line]).matches(in: $0) == [0] })
        #expect(LeakText.decodeReferences(Array("&#39;&#x41;&quot;".utf8)) == Array("'A\"".utf8))
    }
}
