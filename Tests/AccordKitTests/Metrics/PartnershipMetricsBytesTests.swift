import Testing

@testable import AccordKit

/// A partnership's whole metrics as spool and build-cache bytes: every partnership of the demo (every tier, band
/// and goal status) comes back equal, and bytes that end early or were never written throw.
@Suite struct PartnershipMetricsBytesTests {
    @Test func everyPartnershipOfTheDemoComesBackEqual() throws {
        let metrics = try ContentMetricsGoldenTests.demoMetrics()
        for measured in metrics.partnerships {
            #expect(try PartnershipMetrics(bytes: measured.bytes) == measured, "\(measured.slug)")
        }
        // What the round trip covers: each kind of value is in the demo at least once.
        let all = metrics.partnerships
        #expect(all.contains { $0.exit?.reason != nil && $0.exit?.effective != nil })
        #expect(all.contains { !$0.redFlags.isEmpty } && all.contains { !$0.warnings.isEmpty })
        #expect(all.contains { $0.attention.contains { $0.party != nil } })
        let statuses = Set(all.flatMap { $0.issues.map { "\($0.status)".prefix(4) } })
        #expect(statuses.isSuperset(of: ["reso", "open"]))
        let owners = all.flatMap { $0.actions.compactMap(\.owner) }
        #expect(owners.contains { if case .party = $0 { true } else { false } })
        #expect(owners.contains { if case .person = $0 { true } else { false } })
        #expect(all.contains { $0.goals.contains { $0.goal.kpi?.target != nil && !$0.readings.isEmpty } })
        #expect(all.contains { $0.history.contains { !$0.scores.isEmpty && !$0.goals.isEmpty } })
        #expect(all.contains { $0.allMetrics.contains { !$0.figures.isEmpty } })
        // No metric of the demo has a note: one is given to a copy.
        var noted = try #require(all.first { !$0.alignment.metrics.isEmpty })
        noted.alignment.metrics[0].note = "Scored on the charter's first draft"
        #expect(try PartnershipMetrics(bytes: noted.bytes) == noted)
        #expect(all.contains { $0.allMetrics.contains { $0.noDataReason != nil } })
    }

    @Test func bytesThatEndEarlyOrWereNeverWrittenThrow() throws {
        let measured = try #require(try ContentMetricsGoldenTests.demoMetrics().partnerships.first)
        let bytes = measured.bytes
        for cut in [0, 1, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ByteReader.Malformed.self) { try PartnershipMetrics(bytes: Array(bytes.prefix(cut))) }
        }
        #expect(throws: ByteReader.Malformed.self) { try PartnershipMetrics(bytes: bytes + [0]) }
        #expect(throws: ByteReader.Malformed.self) {
            try PartnershipMetrics(bytes: [UInt8](repeating: 0xFF, count: 64))
        }
    }

    /// A stored property added to a type the bytes carry changes these counts: add it to the writer and the reader
    /// (`PartnershipMetrics+Bytes.swift`, `CharterParts+Bytes.swift`), then here.
    @Test func theBytesCarryEveryStoredProperty() throws {
        let all = try ContentMetricsGoldenTests.demoMetrics().partnerships
        func count(_ value: Any?) -> Int { value.map { Mirror(reflecting: $0).children.count } ?? -1 }
        let metric = all.flatMap(\.allMetrics).first { !$0.figures.isEmpty }
        let goal = all.flatMap(\.goals).first { $0.goal.kpi != nil && !$0.readings.isEmpty }
        let counts = [
            count(all.first), count(all.first?.parties.first), count(all.first?.alignment), count(metric),
            count(metric?.inputs.first), count(metric?.figures.first), count(metric?.bounds), count(goal),
            count(goal?.goal), count(goal?.goal.kpi), count(goal?.readings.first),
            count(all.flatMap(\.actions).first), count(all.flatMap(\.issues).first),
            count(all.flatMap(\.sayDo).first), count(all.flatMap(\.participation).first),
            count(all.flatMap(\.trust).first), count(all.flatMap(\.redFlags).first),
            count(all.flatMap(\.warnings).first), count(all.flatMap(\.attention).first),
            count(all.flatMap(\.history).first), count(all.flatMap(\.history).flatMap(\.goals).first),
            count(all.compactMap(\.exit).first),
        ]
        #expect(counts == [24, 7, 3, 8, 2, 6, 2, 7, 11, 4, 3, 11, 8, 5, 6, 3, 6, 5, 7, 5, 3, 5])
    }
}
