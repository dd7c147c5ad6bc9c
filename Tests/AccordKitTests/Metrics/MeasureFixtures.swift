import Testing

@testable import AccordKit

/// Small builders for metric fixtures written in Swift.
enum Fx {
    /// A day from `YYYY-MM-DD`; records a test issue (and returns 1970-01-01) when the text is no date.
    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else {
            Issue.record("bad fixture date \(text)")
            return Day(ordinal: 0)
        }
        return day
    }

    static let charterPath = "partnerships/p/charter.md"

    static func loc(_ path: String = charterPath, _ line: Int? = nil) -> AccordKit.SourceLocation {
        AccordKit.SourceLocation(path: path, line: line)
    }

    static func party(_ id: String, _ name: String? = nil, lead: String? = nil, people: [String] = [], line: Int = 5)
        -> Party
    {
        Party(id: id, name: name ?? id.capitalized, lead: lead, people: people, location: loc(charterPath, line))
    }

    static func sign(_ party: String, _ date: String, line: Int = 20) -> Signature {
        Signature(party: party, date: day(date), location: loc(charterPath, line))
    }

    static func goal(
        _ id: String, weight: Double = 1, owner: String? = "a", priorities: [(String, Int)] = [],
        baseline: Double? = 0, target: Double? = 10, start: String? = nil, due: String? = "2026-12-31",
        line: Int = 30
    ) -> Goal {
        let kpi = baseline == nil && target == nil ? nil : KPI(name: id, baseline: baseline, target: target)
        return Goal(
            id: id, title: "Goal \(id)", weight: weight, owner: owner,
            priorities: priorities.map { GoalPriority(party: $0.0, score: $0.1) }, kpi: kpi,
            start: start.map(day), due: due.map(day), location: loc(charterPath, line))
    }

    static func h2(_ text: String, line: Int) -> MarkdownBlock {
        .heading(level: 2, [.text(text)], line: line)
    }

    static func charter(
        parties: [Party] = [party("a", lead: "Ann Lee"), party("b", lead: "Bo Chan")],
        signatures: [Signature] = [], status: PartnershipStatus = .active, review: String? = nil,
        cadence: Cadence? = nil, goals: [Goal] = [], blocks: [MarkdownBlock] = [],
        valueItems: [ValueItem] = []
    ) -> Charter {
        Charter(
            path: charterPath, title: "P", status: status, parties: parties, signatures: signatures,
            review: review.map(day), cadence: cadence, goals: goals, document: MarkdownDocument(blocks: blocks),
            valueItems: valueItems)
    }

    static func person(_ name: String, _ party: String?, path: String = "m.md", line: Int = 3) -> PersonReference {
        PersonReference(name: name, party: party, location: loc(path, line))
    }

    static func action(
        _ owner: String?, _ party: String?, _ text: String, ticked: Bool = false, due: String? = nil,
        done: String? = nil, path: String = "m.md", line: Int = 10
    ) -> Action {
        let ownerValue: ActionOwner? = owner.map { name in
            name.hasPrefix("@")
                ? .party(id: String(name.dropFirst()), location: loc(path, line))
                : .person(person(name, party, path: path, line: line))
        }
        return Action(
            owner: ownerValue, text: text, isTicked: ticked, due: due.map(day), done: done.map(day),
            location: loc(path, line))
    }

    static func issue(
        _ text: String, ticked: Bool = false, raised: String? = nil, resolved: String? = nil,
        path: String = "m.md", line: Int = 20
    ) -> IssueRecord {
        IssueRecord(
            text: text, isTicked: ticked, raised: raised.map(day), resolved: resolved.map(day),
            location: loc(path, line))
    }

    static func pulse(_ party: String, _ scores: [(String, Double)], path: String = "m.md", line: Int = 4) -> PartyPulse
    {
        PartyPulse(
            party: party, scores: scores.map { PulseScore(dimension: $0.0, value: $0.1) }, location: loc(path, line))
    }

    /// A meeting; `attendees` are (name, party) pairs; `path` defaults to one derived from the date.
    static func meeting(
        _ date: String, kind: String = "steering", path: String? = nil,
        attendees: [(String, String?)] = [], health: [PartyPulse] = [], kpis: [(String, Double)] = [],
        actions: [Action] = [], issues: [IssueRecord] = []
    ) -> Meeting {
        let path = path ?? "partnerships/p/meetings/\(date)-\(kind).md"
        func relocated(_ location: AccordKit.SourceLocation) -> AccordKit.SourceLocation {
            location.path == "m.md" ? AccordKit.SourceLocation(path: path, line: location.line) : location
        }
        let actions = actions.map { action -> Action in
            var copy = action
            copy.location = relocated(action.location)
            return copy
        }
        let issues = issues.map { issue -> IssueRecord in
            var copy = issue
            copy.location = relocated(issue.location)
            return copy
        }
        let health = health.map { pulse -> PartyPulse in
            var copy = pulse
            copy.location = relocated(pulse.location)
            return copy
        }
        return Meeting(
            path: path, pagePath: path, date: day(date), title: "\(kind) \(date)", kind: kind,
            attendees: attendees.map { person($0.0, $0.1, path: path) }, health: health,
            kpiReadings: kpis.enumerated().map { KPIReading(goal: $1.0, value: $1.1, location: loc(path, 2 + $0)) },
            actions: actions, issues: issues)
    }

    static func partnership(_ charter: Charter, _ meetings: [Meeting] = [], slug: String = "p") -> Partnership {
        Partnership(slug: slug, charter: charter, meetings: meetings)
    }

    static func config(sections: [String] = [], thresholds: [String: BandOverride] = [:]) -> SiteConfig {
        var config = SiteConfig()
        config.requiredSections = sections
        config.thresholds = thresholds
        return config
    }

    static func measure(_ partnership: Partnership, asOf: String, config: SiteConfig = config()) -> PartnershipMetrics {
        MetricsEngine.measure(partnership, config: config, asOf: day(asOf))
    }

    /// Asserts a score equals `expected` within 1e-9 (nil for no data).
    static func expectScore(
        _ metrics: PartnershipMetrics, _ id: MetricID, _ expected: Double?,
        _ band: MetricBand? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let result = metrics.metric(id)
        if let expected {
            let score = result?.score ?? .nan
            #expect(
                abs(score - expected) < 1e-9, "\(id.rawValue) is \(score), expected \(expected)",
                sourceLocation: sourceLocation)
        } else {
            #expect(result?.score == nil, "\(id.rawValue) should have no data", sourceLocation: sourceLocation)
            #expect(result?.band == .noData, sourceLocation: sourceLocation)
            #expect(result?.noDataReason != nil, sourceLocation: sourceLocation)
        }
        if let band {
            #expect(
                result?.band == band, "\(id.rawValue) band is \(String(describing: result?.band))",
                sourceLocation: sourceLocation)
        }
    }
}
