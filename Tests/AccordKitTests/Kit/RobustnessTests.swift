import Foundation
import Testing

@testable import AccordKit

/// Hostile or absurd input never crashes a build: it builds, or it fails with diagnostics.
@Suite struct RobustnessTests {
    static let notes: [String] = [
        // Deep nesting (block quotes and lists) beyond the copier's depth limit.
        "---\ndate: 2026-03-12\n---\n" + String(repeating: ">", count: 5000) + " deep\n",
        "---\ndate: 2026-03-12\n---\n## Actions\n"
            + (0..<300).map { String(repeating: "  ", count: $0) + "- [ ] x" }.joined(separator: "\n"),
        // Empty and odd task items, markers without owners, brackets everywhere.
        "---\ndate: 2026-03-12\n---\n## Actions\n- [ ]\n- [x]\n- [ ] : (due )\n- [ ] (done 2026-01-01)\n- [] []\n## Issues\n- [X] ()\n",
        // YAML anchors, aliases, tags, nested nonsense, tabs.
        "---\ndate: &d 2026-03-12\ntitle: *d\nkpis: {G1: !!str 12, G2: [1, 2]}\nhealth: {acme: [1, 2], globex: {trust: {x: 1}}}\nattendees: {a: b}\n---\nbody\n",
        // Numbers at the edges.
        "---\ndate: 2026-03-12\nkpis: {G1: 1e308, G2: -1e308}\nhealth:\n  acme: {trust: 1e-300, focus: .nan}\n---\n",
        // Raw HTML and scripts in safe mode.
        "---\ndate: 2026-03-12\n---\n<script>alert(1)</script>\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n",
        // A very long line.
        "---\ndate: 2026-03-12\n---\n" + String(repeating: "word ", count: 50_000) + "\n",
    ]

    @Test(arguments: Array(notes.indices))
    func hostileNoteNeverCrashes(_ index: Int) throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-03-12-note.md", Self.notes[index])
        let outcome = Pipeline.run(temp.options(), mode: .build)
        #expect([0, 1].contains(outcome.exitCode))
        if outcome.exitCode == 0 {
            let html = try String(
                contentsOfFile: temp.path("Output/partnerships/acme-globex/meetings/2026-03-12-note.html"),
                encoding: .utf8)
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("javascript:"))
            #expect(!html.contains("onerror="))
        }
    }

    @Test func absurdCadenceIsAnErrorNotATrap() throws {
        let temp = try TempContent()
        try temp.write(
            "partnerships/acme-globex/charter.md",
            TempContent.charter(front: "", body: "")
                .replacingOccurrences(of: "cadence: monthly", with: "cadence: every 9223372036854775807 days"))
        let outcome = Pipeline.run(temp.options(), mode: .check)
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.map(\.message) == ["cadence 'every 9223372036854775807 days' is out of range"])
    }
}
