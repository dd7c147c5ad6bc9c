import Testing

@testable import AccordKit

/// A whole partnership as build-cache bytes (`Partnership.bytes`): the demo's, the fixture portfolio's and one that
/// fills every field come back equal, whole and listed; bytes that end early or run on are refused.
@Suite struct PartnershipBytesTests {
    /// The demo's and the fixture portfolio's partnerships, and one with every field of a note filled.
    static func all() throws -> [Partnership] {
        let demo = TemplateOverrideTests.repositoryRoot.appendingPathComponent("Content").path
        return try RecordBytesTests.parsed(demo) + RecordBytesTests.parsed(Golden.fixture("Portfolio").path)
            + [RecordBytesTests.everyField()]
    }

    @Test func everyPartnershipComesBackEqualWholeAndListed() throws {
        let partnerships = try Self.all()
        for partnership in partnerships {
            #expect(try Partnership(bytes: partnership.bytes) == partnership, "\(partnership.slug)")
            #expect(try Partnership(bytes: partnership.listed.bytes) == partnership.listed, "\(partnership.slug)")
        }
        // What the round trip covers: each kind of charter and note field is in them at least once.
        let charters = partnerships.map(\.charter)
        #expect(charters.contains { !$0.amendments.isEmpty && $0.exit != nil })
        #expect(charters.contains { $0.cadence != nil } && charters.contains { !$0.valueItems.isEmpty })
        #expect(charters.contains { !$0.links.isEmpty } && charters.contains { $0.review != nil })
        let meetings = partnerships.flatMap(\.meetings)
        #expect(meetings.contains { $0.privacy.visibility != .joint })
        #expect(meetings.contains { !$0.privacy.sections.isEmpty })
        #expect(meetings.contains { $0.anchors.headings.count > 1 && !$0.links.isEmpty })
    }

    @Test func aPrivateCharterItsHistoryAndEveryCadenceComeBack() throws {
        var partnership = try RecordBytesTests.everyField()
        // A charter private to a party, with a private section (no charter of the demo is).
        let at = SourceLocation(path: "partnerships/p/charter.md", line: 4, column: 1)
        partnership.charter.privacy.visibility = .privateTo("acme")
        partnership.charter.privacy.location = at
        partnership.charter.privacy.sections = [
            PrivateSection(visibility: .nobody, party: "globex", partyLocation: at, line: 9, endLine: nil)
        ]
        partnership.charterHistory = [
            CharterCommit(id: "0a1b2c", date: "2026-03-01", author: "Ann Émile", subject: "Sign the charter")
        ]
        for cadence in [Cadence.weekly, .fortnightly, .monthly, .quarterly, .everyDays(10), .everyDays(-3)] {
            partnership.charter.cadence = cadence
            #expect(try Partnership(bytes: partnership.bytes) == partnership)
        }
    }

    @Test func bytesThatEndEarlyOrRunOnAreRefused() throws {
        let bytes = try RecordBytesTests.everyField().bytes
        for end in 0..<bytes.count {
            #expect(throws: ByteReader.Malformed.self) { try Partnership(bytes: Array(bytes[..<end])) }
        }
        #expect(throws: ByteReader.Malformed.self) { try Partnership(bytes: bytes + [0]) }
    }

    /// A stored property added to a type these bytes carry changes these counts: add it to the writer and the
    /// reader (`Partnership+Bytes.swift`), then here (the meeting's records are counted by `RecordBytesTests`).
    @Test func theBytesCarryEveryStoredProperty() throws {
        let partnerships = try Self.all()
        func count(_ value: Any?) -> Int { value.map { Mirror(reflecting: $0).children.count } ?? -1 }
        let charters = partnerships.map(\.charter)
        let meetings = partnerships.flatMap(\.meetings)
        let counts = [
            count(partnerships.first), count(charters.first), count(charters.flatMap(\.amendments).first),
            count(charters.flatMap(\.signatures).first), count(charters.flatMap(\.valueItems).first),
            count(charters.flatMap(\.links).first), count(meetings.first?.privacy),
            count(meetings.flatMap(\.privacy.sections).first), count(meetings.first?.anchors),
            count(CharterCommit(id: "", date: "", author: "", subject: "")),
        ]
        #expect(counts == [4, 17, 5, 3, 4, 2, 3, 5, 2, 4])
    }
}
