import Foundation
import Testing

@testable import AccordKit

/// libyaml reports an error found at the end of the stream on the line after the last one. Found by the fuzz
/// harness (`accord.yml` of four lines without a final newline: "diagnostic at line 5 of a 4-line file"): the
/// diagnostic must point at a line the file has — the end of its last line.
@Suite struct YAMLEndOfStreamTests {
    @Test func anErrorAtTheEndOfTheFileIsOnItsLastLine() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("accord.yml", "# Site settings\ntitle: Portfolio\norganisationas_of: 1484-11-20\nr  -a")
        #expect(
            temp.check().diagnostics.printed == [
                "Content/accord.yml:4:6: error: invalid YAML: could not find expected ':'\n"
                    + "  hint: while scanning a simple key at line 4\n"
            ])
    }

    @Test func anErrorAtTheEndOfAFrontMatterStaysInsideTheFile() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-01-05.md", "---\ndate: 2026-01-05\nr  -a\n---\n")
        let diagnostic = try #require(temp.check().diagnostics.first { $0.message.hasPrefix("invalid YAML") })
        let line = try #require(diagnostic.location.line)
        #expect((1...4).contains(line), "line \(line)")
    }
}
