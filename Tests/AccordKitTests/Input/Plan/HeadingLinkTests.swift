import Foundation
import Testing

@testable import AccordKit

/// A link to `note.md#heading` must name a heading the note has (or a line anchor, or an id the theme writes on
/// every page): otherwise a warning at the link, in `check` as in `build`, with the closest heading as a hint.
@Suite struct HeadingLinkTests {
    @Test func aLinkToAMissingHeadingIsAWarningAtTheLink() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote(
            "2026-01-05-steering.md",
            """
            ---
            date: 2026-01-05
            ---
            ## Decisions
            ## Next steps
            ## Next steps
            """)
        try temp.writeNote(
            "2026-02-05-steering.md",
            """
            ---
            date: 2026-02-05
            ---
            See [the decisions](2026-01-05-steering.md#decisions), [the second](2026-01-05-steering.md#next-steps-1),
            [a line](2026-01-05-steering.md#L4), [governance](../charter.md#governance), [goals](../charter.md#goals),
            [goal g1](../charter.md#goal-g1) and [top](2026-01-05-steering.md).
            Then [a typo](2026-01-05-steering.md#decisons), [no such line](2026-01-05-steering.md#L99),
            and [nothing like it](../charter.md#budget%20plan).
            """)
        let (check, build) = checkAndBuild(temp.options())
        let note = "Content/partnerships/acme-globex/meetings/2026-02-05-steering.md"
        #expect(
            check.diagnostics.printed == [
                "\(note):7:15: warning: link to '2026-01-05-steering.md#decisons': 2026-01-05-steering.md has no heading 'decisons'\n"
                    + "  hint: did you mean '#decisions'?\n",
                "\(note):7:64: warning: link to '2026-01-05-steering.md#L99': 2026-01-05-steering.md has no line 99\n"
                    + "  hint: it has 6 lines\n",
                "\(note):8:23: warning: link to '../charter.md#budget%20plan': charter.md has no heading 'budget plan'\n"
                    + "  hint: a heading's id is its text in lower case, with spaces as '-' and punctuation dropped\n",
            ])
        #expect(build.diagnostics == check.diagnostics)
        #expect(check.exitCode == 0 && build.exitCode == 0)

        var strict = temp.options()
        strict.strict = true
        #expect(Pipeline.run(strict, mode: .check).exitCode == 1)
    }

    @Test func headingIDsFollowTheRendererIncludingRepeatsAndNesting() throws {
        let document = CmarkParser.parse("# Plan\n## Plan\n> ## Risks & costs\n- ## Plan\n## \n", lineOffset: 0)
        #expect(HeadingAnchors.ids(of: document) == ["plan", "plan-1", "risks--costs", "plan-2", "section"])
        let html = MarkdownHTMLRenderer().render(document)
        for id in ["plan", "plan-1", "risks--costs", "plan-2", "section"] { #expect(html.contains("id=\"\(id)\"")) }
    }

    @Test func theThemesIDsAreReadFromItsTemplates() throws {
        let ids = TemplateIDs(templates: [#"<section id="goals"><li id="goal-{{id}}"><p id="{{anchor}}">"#])
        #expect(ids.exact == ["goals"] && ids.prefixes == ["goal-"])
        #expect(ids.contains("goals") && ids.contains("goal-g1") && !ids.contains("goal-") && !ids.contains("anything"))
        #expect(try Theme.load().ids.contains("governance") == false)
        #expect(try Theme.load().ids.contains("actions"))
    }
}
