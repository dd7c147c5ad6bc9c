import Foundation
import Testing

@testable import AccordKit

/// User text in a diagnostic stays on its line in every format: no new line, no fake `::error`
/// command, no terminal escape sequence, no reordering by bidi controls.
@Suite struct DiagnosticEscapingTests {
    static let hostile = Diagnostic.error(
        SourceLocation(path: "partnerships/a\nb,c:d%/charter.md", line: 3, column: 9),
        "unknown party 'x\n::error file=ci.yml::pwned\r\u{1B}[2J\t\u{202E}gpj.exe\u{2028}\u{85}%0A'",
        hint: "did you mean 'y\n::warning::z'?")

    @Test func textFormat() {
        let line = DiagnosticPrinter(format: .text, pathPrefix: "Content/").format(Self.hostile)
        #expect(
            line == """
                Content/partnerships/a\\nb,c:d%/charter.md:3:9: error: unknown party 'x\\n::error file=ci.yml::pwned\\r\\u{1B}[2J\\t\\u{202E}gpj.exe\\u{2028}\\u{85}%0A'
                  hint: did you mean 'y\\n::warning::z'?

                """)
        #expect(line.split(separator: "\n").count == 2)
    }

    @Test func githubFormat() {
        let line = DiagnosticPrinter(format: .github, pathPrefix: "Content/").format(Self.hostile)
        #expect(
            line == "::error file=Content/partnerships/a\\nb%2Cc%3Ad%25/charter.md,line=3,col=9::"
                + "unknown party 'x\\n::error file=ci.yml::pwned\\r\\u{1B}[2J\\t\\u{202E}gpj.exe\\u{2028}\\u{85}%250A'"
                + "%0Adid you mean 'y\\n::warning::z'?\n")
        #expect(!line.dropLast().contains("\n") && !line.contains("\r") && !line.contains("\u{1B}"))
    }

    @Test func jsonFormat() throws {
        let line = DiagnosticPrinter(format: .json, pathPrefix: "Content/").format(Self.hostile)
        #expect(
            line == #"{"severity":"error","path":"Content/partnerships/a\nb,c:d%/charter.md","line":3,"column":9,"#
                + #""message":"unknown party 'x\n::error file=ci.yml::pwned\r\u001b[2J\t\u202egpj.exe\u2028\u0085%0A'","#
                + #""hint":"did you mean 'y\n::warning::z'?"}"# + "\n")
        let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(decoded?["message"] as? String == Self.hostile.message)
        #expect(decoded?["path"] as? String == "Content/" + Self.hostile.location.path)
        #expect(
            line.unicodeScalars.allSatisfy { $0.isASCII ? $0.value >= 0x20 || $0 == "\n" : !Escape.needsLineEscape($0) }
        )
    }
}
