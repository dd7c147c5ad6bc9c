import Testing

@testable import AccordKit

/// YAML aliases and nesting are bounded: a bomb is an error at its line, not an allocation.
@Suite struct YAMLBoundsTests {
    static func decode(_ yaml: String) -> (Meeting?, [String]) {
        BoundedWorkTests.decode("---\ndate: 2026-03-12\n" + yaml + "---\nbody\n")
    }

    /// "Billion laughs": nine levels of nine aliases, 9^9 values if expanded.
    static let laughs: String = {
        var lines = ["extra:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = Array("abcdefghi")
        for level in 1..<names.count {
            let alias = "*\(names[level - 1])"
            lines.append(
                "  \(names[level]): &\(names[level]) [" + Array(repeating: alias, count: 9).joined(separator: ", ")
                    + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombIsAnErrorAtTheAliasThatPassesTheBound() {
        let (meeting, printed) = Self.decode(Self.laughs)
        #expect(meeting == nil)
        // Levels b, c, d add 90 + 819 + 7,380 values; the first *d of line 8 (e), 7,381 more, passes 10,000.
        #expect(
            printed == [
                "n.md:8:10: error: YAML aliases expand to more than 10000 values\n"
                    + "  hint: write the values out instead of repeating anchors (*name) of anchors\n"
            ])
    }

    @Test func anAliasInAKeyIsRefusedBeforeYamsHashesIt() {
        let (meeting, printed) = Self.decode(Self.laughs + "  ? *i\n  : 1\n")
        #expect(meeting == nil)
        #expect(
            printed == [
                "n.md:13:3: error: YAML explicit keys ('? ') cannot be combined with aliases\n  hint: write the key out in full\n"
            ])
        let (_, implicit) = Self.decode("x: &x [a, b]\ny: {*x : 1}\n")
        #expect(
            implicit == [
                "n.md:4:5: error: a YAML alias cannot be used in a mapping key\n  hint: write the key out in full\n"
            ])
    }

    @Test func aFewAliasesStillWork() throws {
        let (meeting, printed) = Self.decode("title: &t Weekly sync\nkind: *t\n")
        #expect(printed == [])
        #expect(meeting?.title == "Weekly sync")
        #expect(meeting?.kind == "weekly sync")
    }

    @Test func nestingDeeperThanTheBoundIsAnError() {
        let (meeting, printed) = Self.decode(
            "x: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n")
        #expect(meeting == nil)
        // The root mapping is level 1, the first `[` level 2: the 64th `[` (column 67) is level 65.
        #expect(
            printed == [
                "n.md:3:67: error: YAML nesting is deeper than 64 levels\n  hint: front matter needs a few levels of mappings and lists\n"
            ])
    }

    @Test func nestingBuiltFromAliasesIsBoundedToo() {
        var lines = ["extra:", "  l0: &l0 [x]"]
        for level in 1...70 { lines.append("  l\(level): &l\(level) [*l\(level - 1)]") }
        let (meeting, printed) = Self.decode(lines.joined(separator: "\n") + "\n")
        #expect(meeting == nil)
        #expect(printed.count == 1)
        #expect(
            printed.first?.hasSuffix(
                "error: YAML nesting is deeper than 64 levels\n  hint: front matter needs a few levels of mappings and lists\n"
            ) == true)
    }

    @Test func libyamlRefusesThousandsOfLevelsBeforeYamsRecurses() {
        let (meeting, printed) = Self.decode("x: " + String(repeating: "[", count: 100_000) + "\n")
        #expect(meeting == nil)
        #expect(printed.count == 1)
        #expect(printed.first?.contains("error: invalid YAML") == true)
    }
}
