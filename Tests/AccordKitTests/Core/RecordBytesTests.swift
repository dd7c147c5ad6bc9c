import Foundation
import Testing

@testable import AccordKit

/// What `Partnership.listed` lets go of, as bytes (`recordBytes`), gives the whole partnership back
/// (`restoringRecords`), and bytes that end early or hold what no writer wrote are refused, never trapped on.
@Suite struct RecordBytesTests {
    /// The partnerships of a content folder, parsed whole.
    static func parsed(_ folder: String) throws -> [Partnership] {
        var diagnostics = DiagnosticBag()
        let inventory = try ContentLoader(root: folder).load(into: &diagnostics)
        return PortfolioParser.parse(inventory, diagnostics: &diagnostics).partnerships
    }

    /// A meeting with every field a note can fill, each case of every block, inline and extra value among them.
    static func everyField() throws -> Partnership {
        let day = try #require(Day(iso: "2026-03-12"))
        let at = SourceLocation(path: "partnerships/p/meetings/a.md", line: 7, column: 3)
        let elsewhere = SourceLocation(path: "partnerships/p/meetings/ä b.md")
        let ann = PersonReference(name: "Ann Émile", explicitParty: "acme", party: "acme", isGuest: false, location: at)
        let guest = PersonReference(name: "Gus", party: nil, isGuest: true, location: elsewhere)
        let inlines: [MarkdownInline] = [
            .text("plain ✓"), .softBreak, .lineBreak, .code("x < y"), .html("<b>"), .emphasis([.text("e")]),
            .strong([.emphasis([.text("s")])]), .link(destination: "../b.md#L3", title: "t", [.text("link")]),
            .image(source: "figure.png", title: "", [.text("alt")]),
        ]
        let table = MarkdownTable(
            alignments: [.left, nil, .center, .right], header: [[.text("a")], [], [.text("c")], [.code("d")]],
            rows: [[[.text("1")], [], [.strong([.text("3")])], [.text("4")]]], rowLines: [12])
        let list = MarkdownList(
            isOrdered: true, start: 3, isTight: false,
            items: [
                MarkdownListItem(task: .open, blocks: [.paragraph([.text("open")], line: 20)], line: 20, column: 1),
                MarkdownListItem(task: .done, blocks: [], line: 21, column: 4),
                MarkdownListItem(task: nil, blocks: [.thematicBreak(line: 22)], line: 22, column: 1),
            ])
        let blocks: [MarkdownBlock] = [
            .heading(level: 2, [.text("Actions")], line: 1), .paragraph(inlines, line: 2),
            .blockQuote([.paragraph([.text("quoted")], line: 3)], line: 3), .list(list, line: 20),
            .codeBlock(info: "swift", literal: "let a = 1\n", line: 30), .html("<div>\n", line: 33),
            .thematicBreak(line: 35), .table(table, line: 11),
        ]
        var meeting = Meeting(
            path: at.path, pagePath: "partnerships/p/meetings/a.html", date: day, title: "Kick-off", kind: "review",
            chair: ann, attendees: [ann, guest], guests: ["Gus", ""],
            health: [
                PartyPulse(
                    party: "acme",
                    scores: [PulseScore(dimension: "trust", value: 3.25), .init(dimension: "team", value: -0.0)],
                    location: at)
            ],
            kpiReadings: [KPIReading(goal: "g1", value: 1e-300, location: elsewhere)],
            decisions: [
                Decision(text: "Go", agreedBy: ["acme", "globex"], location: at),
                Decision(text: "Wait", agreedBy: nil, location: at),
            ],
            actions: [
                Action(owner: .person(ann), text: "send", isTicked: false, due: day, done: nil, location: at),
                Action(
                    owner: .party(id: "globex", location: elsewhere), text: "review", isTicked: true, due: nil,
                    done: Day(ordinal: -40), location: elsewhere),
                Action(owner: nil, text: "", isTicked: false, location: at),
            ],
            issues: [
                IssueRecord(text: "late", isTicked: true, raised: day, resolved: Day(ordinal: Int.max), location: at)
            ],
            wins: [Win(text: "shipped", location: at)], document: MarkdownDocument(blocks: blocks),
            extra: .map([
                ExtraEntry(key: "tags", value: .list([.text("a"), .map([]), .list([])])),
                ExtraEntry(key: "note", value: .text("")),
            ]))
        meeting.links = [MarkdownLink(destination: "../b.md", location: at)]
        var charter = try #require(Self.parsed(Golden.fixture("Portfolio").path).first).charter
        charter.document = MarkdownDocument(blocks: Array(blocks.reversed()))
        return Partnership(
            slug: "p", charter: charter, meetings: [meeting, Meeting(path: "b", pagePath: "b", date: day, title: "")])
    }

    @Test func everyFieldComesBack() throws {
        let whole = try Self.everyField()
        let bytes = whole.recordBytes
        #expect(try whole.listed.restoringRecords(from: bytes) == whole)
        // The listed partnership keeps none of it.
        let kickOff = try #require(whole.listed.meetings.first { $0.title == "Kick-off" })
        #expect(kickOff.actions.isEmpty && kickOff.document.blocks.isEmpty && kickOff.extra == nil)
        #expect(whole.listed.charter.document.blocks.isEmpty)
        #expect(whole.meetings.first { $0.title == "Kick-off" }?.actions.count == 3)
    }

    @Test func theDemoAndTheFixturePortfolioComeBack() throws {
        let demo = TemplateOverrideTests.repositoryRoot.appendingPathComponent("Content").path
        let partnerships = try Self.parsed(demo) + Self.parsed(Golden.fixture("Portfolio").path)
        #expect(partnerships.count > 10)
        #expect(partnerships.contains { $0.meetings.contains { !$0.actions.isEmpty && !$0.health.isEmpty } })
        for partnership in partnerships {
            #expect(try partnership.listed.restoringRecords(from: partnership.recordBytes) == partnership)
        }
    }

    @Test func bytesThatEndEarlyOrRunOnAreRefused() throws {
        let whole = try Self.everyField()
        let (listed, bytes) = (whole.listed, whole.recordBytes)
        for end in 0..<bytes.count {
            #expect(throws: ByteReader.Malformed.self) { try listed.restoringRecords(from: Array(bytes[..<end])) }
        }
        #expect(throws: ByteReader.Malformed.self) { try listed.restoringRecords(from: bytes + [0]) }
        // Another partnership's listing (one meeting fewer) does not take these bytes.
        var fewer = listed
        fewer.meetings.removeLast()
        #expect(throws: ByteReader.Malformed.self) { try fewer.restoringRecords(from: bytes) }
    }

    @Test func numbersComeBackExactly() throws {
        var writer = ByteWriter()
        let numbers = [0, 1, -1, 63, -64, 64, 127, 128, -129, 300, Int.max, Int.min]
        for number in numbers { writer.int(number) }
        writer.double(.pi)
        writer.double(-.infinity)
        writer.bool(true)
        writer.string("naïve 🧭")
        #expect(writer.bytes.prefix(6) == [0, 2, 1, 126, 127, 128])
        var reader = ByteReader(writer.bytes)
        #expect(try numbers.map { _ in try reader.int() } == numbers)
        #expect(try reader.double() == .pi)
        #expect(try reader.double() == -.infinity)
        #expect(try reader.bool())
        #expect(try reader.string() == "naïve 🧭")
        #expect(reader.isAtEnd)
        // A Boolean is 0 or 1; an integer of more than ten bytes is none a writer wrote.
        var two = ByteReader([2])
        #expect(throws: ByteReader.Malformed.self) { try two.bool() }
        var long = ByteReader([UInt8](repeating: 0x80, count: 11) + [0])
        #expect(throws: ByteReader.Malformed.self) { try long.int() }
    }

    @Test func littleEndianNumbersAreTheOnesWritten() {
        var bytes: [UInt8] = [9]
        LittleEndian.append(0x0102_0304_0506_0708, to: &bytes)
        LittleEndian.append(0xA0B0_C0D0, width: 4, to: &bytes)
        #expect(bytes == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0xD0, 0xC0, 0xB0, 0xA0])
        #expect(LittleEndian.read(bytes, at: 1) == 0x0102_0304_0506_0708)
        #expect(LittleEndian.read(bytes[9...], at: 9, width: 4) == 0xA0B0_C0D0)
        // Bytes that are not all there give no number.
        #expect(LittleEndian.read(bytes, at: 6) == nil)
        #expect(LittleEndian.read(bytes[10...], at: 9, width: 4) == nil)
        LittleEndian.store(0xFFFF_FFFF, width: 4, at: 9, in: &bytes)
        #expect(bytes.suffix(4) == [0xFF, 0xFF, 0xFF, 0xFF])
    }

    /// A stored property added to a type the record bytes carry must be written and read too: this fails until
    /// `Partnership+RecordBytes.swift` (and this count) are brought up to date. New enum cases need no such
    /// guard: the writer's switches stop compiling.
    @Test func theRecordBytesCarryEveryStoredProperty() throws {
        let meeting = try #require(try Self.everyField().meetings.first { $0.title == "Kick-off" })
        func count(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        let table = try #require(
            meeting.document.blocks.lazy.compactMap { block -> MarkdownTable? in
                if case .table(let table, _) = block { return table }
                return nil
            }.first)
        let list = try #require(
            meeting.document.blocks.lazy.compactMap { block -> MarkdownList? in
                if case .list(let list, _) = block { return list }
                return nil
            }.first)
        let counts = [
            count(meeting), count(meeting.actions[0]), count(meeting.decisions[0]), count(meeting.issues[0]),
            count(meeting.kpiReadings[0]), count(meeting.health[0]), count(meeting.health[0].scores[0]),
            count(meeting.attendees[0]), count(meeting.wins[0]), count(ExtraEntry(key: "", value: .text(""))),
            count(list), count(list.items[0]), count(table), count(meeting.attendees[0].location),
        ]
        #expect(counts == [20, 6, 3, 5, 3, 3, 2, 5, 2, 2, 4, 4, 4, 3])
    }
}
