import Testing

@testable import AccordKit

/// A small deterministic generator (SplitMix64) so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random partnerships whose party labels (ids and names) are given, so two labelings can be compared.
enum RandomPartnership {
    static let sections = ["Shared vision", "Value for each party", "Governance", "Exit and renewal"]

    static func make(seed: UInt64, labels: [(id: String, name: String)]) -> Partnership {
        var rng = SplitMix64(state: seed)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
        func date(_ offset: Int) -> Day { Fx.day("2026-01-01").adding(days: offset) }
        let ids = labels.map(\.id)
        let parties = labels.enumerated().map { index, label in
            Fx.party(
                label.id, label.name, lead: chance(80) ? "Lead \(index)" : nil,
                people: ["Lead \(index)", "Person \(index)-1", "Person \(index)-2"], line: 5 + index)
        }
        let signatures = ids.compactMap { id in
            chance(70) ? Signature(party: id, date: date(int(-30...60)), location: Fx.loc()) : nil
        }
        let goals = (0..<int(0...6)).map { index -> Goal in
            let baseline = Double(int(0...50))
            let target = chance(15) ? baseline : Double(int(0...100))
            let priorities = ids.compactMap { id in chance(70) ? (id, int(1...5)) : nil }
            return Fx.goal(
                "G\(index)", weight: Double(int(1...6)) / 2, owner: chance(80) ? ids[int(0...ids.count - 1)] : nil,
                priorities: priorities, baseline: chance(85) ? baseline : nil, target: target,
                start: chance(30) ? "2026-02-01" : nil, due: chance(75) ? "2026-12-31" : nil, line: 30 + index)
        }
        let valueItems = ids.flatMap { id in
            (0..<int(0...3)).map { _ in ValueItem(label: id, party: id, text: "v", location: Fx.loc()) }
        }
        let blocks = sections.enumerated().compactMap { index, name in chance(70) ? Fx.h2(name, line: 50 + index) : nil
        }
        let cadences: [Cadence?] = [nil, .weekly, .fortnightly, .monthly, .quarterly, .everyDays(int(1...40))]
        let charter = Fx.charter(
            parties: parties, signatures: signatures, review: chance(50) ? "2026-09-01" : nil,
            cadence: cadences[int(0...cadences.count - 1)], goals: goals, blocks: blocks,
            valueItems: chance(80) ? valueItems : [])
        var meetings: [Meeting] = []
        for index in 0..<int(0...10) {
            let day = date(int(0...300)).description
            let kinds = ["steering", "review", "workshop"]
            var attendees: [(String, String?)] = []
            for (partyIndex, id) in ids.enumerated() {
                for person in ["Lead \(partyIndex)", "Person \(partyIndex)-1"] where chance(50) {
                    attendees.append((person, id))
                }
            }
            if chance(20) { attendees.append(("Visitor", nil)) }
            let health =
                chance(40)
                ? ids.map { id in
                    Fx.pulse(id, PulseScore.dimensions.compactMap { chance(80) ? ($0, Double(int(2...10)) / 2) : nil })
                } : []
            let kpis = goals.compactMap { goal in chance(40) ? (goal.id, Double(int(-20...120))) : nil }
            let actions = (0..<int(0...4)).map { item -> Action in
                let owner = int(0...ids.count + 1)
                let name: String? =
                    owner < ids.count ? "Person \(owner)-1" : owner == ids.count ? "@\(ids[0])" : "Stranger"
                let party: String? = owner < ids.count ? ids[owner] : owner == ids.count ? ids[0] : nil
                let ticked = chance(50)
                return Fx.action(
                    name, party, "task \(int(0...5))", ticked: ticked,
                    due: chance(80) ? date(int(0...300)).description : nil,
                    done: ticked && chance(70) ? date(int(0...320)).description : nil, line: 10 + item)
            }
            let issues = (0..<int(0...3)).map { item in
                Fx.issue(
                    "issue \(int(0...4))", ticked: chance(40),
                    raised: chance(50) ? date(int(0...300)).description : nil,
                    resolved: chance(50) ? date(int(0...320)).description : nil, line: 20 + item)
            }
            meetings.append(
                Fx.meeting(
                    day, kind: kinds[int(0...2)], path: "partnerships/p/meetings/\(day)-\(index).md",
                    attendees: attendees, health: health, kpis: kpis, actions: actions, issues: issues))
        }
        return Fx.partnership(charter, meetings)
    }
}

@Suite struct MetricsPropertyTests {
    static let labels: [(id: String, name: String)] = [("acme", "Acme Corp"), ("globex", "Globex Services")]
    static let asOfDates = ["2026-01-15", "2026-06-30", "2026-12-31"]

    static func config() -> SiteConfig { Fx.config(sections: RandomPartnership.sections) }

    @Test(arguments: 0..<60)
    func scoresAreWithinRangeAndIndicesAreMeans(seed: Int) {
        let partnership = RandomPartnership.make(seed: UInt64(seed), labels: Self.labels)
        for asOf in Self.asOfDates {
            let metrics = Fx.measure(partnership, asOf: asOf, config: Self.config())
            #expect(metrics.allMetrics.map(\.id) == MetricID.allCases)
            for metric in metrics.allMetrics {
                if let score = metric.score {
                    #expect(score >= 0 && score <= 100 && score.isFinite, "\(metric.id.rawValue) = \(score)")
                    #expect(metric.band != .noData)
                } else {
                    #expect(metric.band == .noData)
                    #expect(metric.noDataReason != nil)
                }
            }
            for family in [metrics.alignment, metrics.outcome] {
                let scores = family.metrics.compactMap(\.score)
                if scores.isEmpty {
                    #expect(family.index == nil)
                } else {
                    let mean = scores.reduce(0, +) / Double(scores.count)
                    #expect(abs((family.index ?? .nan) - mean) < 1e-9)
                }
            }
            for goal in metrics.goals {
                if let progress = goal.progress { #expect(progress >= 0 && progress <= 1) }
                #expect((goal.progress == nil) == (goal.status == .noData))
            }
        }
    }

    @Test(arguments: 0..<60)
    func swappingPartyNamesAndIdsChangesNoScore(seed: Int) {
        let original = RandomPartnership.make(seed: UInt64(seed), labels: Self.labels)
        let swapped = RandomPartnership.make(seed: UInt64(seed), labels: Self.labels.reversed())
        for asOf in Self.asOfDates {
            let left = Fx.measure(original, asOf: asOf, config: Self.config())
            let right = Fx.measure(swapped, asOf: asOf, config: Self.config())
            for (a, b) in zip(left.allMetrics, right.allMetrics) {
                if let x = a.score, let y = b.score {
                    #expect(abs(x - y) < 1e-9, "\(a.id.rawValue): \(x) vs \(y)")
                } else {
                    #expect(a.score == nil && b.score == nil, "\(a.id.rawValue)")
                }
            }
            #expect(left.tier == right.tier)
            #expect(left.redFlags.map(\.kind) == right.redFlags.map(\.kind))
            #expect(left.goals.map(\.status) == right.goals.map(\.status))
        }
    }

    @Test(arguments: 0..<20)
    func measuringIsDeterministic(seed: Int) {
        let partnership = RandomPartnership.make(seed: UInt64(seed), labels: Self.labels)
        let portfolio = Portfolio(config: Self.config(), partnerships: [partnership])
        let first = MetricsExport.json(MetricsEngine.measure(portfolio, asOf: Fx.day("2026-06-30")))
        let second = MetricsExport.json(MetricsEngine.measure(portfolio, asOf: Fx.day("2026-06-30")))
        #expect(first == second)
    }

    @Test(arguments: 0..<20)
    func historyMatchesMeasuringAtEachMeetingDate(seed: Int) {
        let partnership = RandomPartnership.make(seed: UInt64(seed), labels: Self.labels)
        let asOf = Fx.day("2026-12-31")
        let metrics = Fx.measure(partnership, asOf: "2026-12-31", config: Self.config())
        // Every distinct counted meeting date before the report date, then the report date itself.
        let dates = Set(partnership.meetings.map(\.date).filter { $0 < asOf })
        #expect(metrics.history.map(\.date) == dates.sorted() + [asOf])
        for point in metrics.history {
            let then = MetricsEngine.measure(partnership, config: Self.config(), asOf: point.date)
            #expect(point.alignmentIndex == then.alignment.index)
            #expect(point.outcomeIndex == then.outcome.index)
            #expect(point.goals.map(\.progress) == then.goals.map(\.progress))
            for metric in then.allMetrics { #expect(point.scores[metric.id] == metric.score) }
        }
    }
}
