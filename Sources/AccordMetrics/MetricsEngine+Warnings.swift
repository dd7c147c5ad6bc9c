import AccordCore

extension MetricsEngine {
    /// How far back an earlier pulse counts for `trust-falling`, in days before the latest pulse.
    package static let trustMemoryDays = 365
    /// How many of the latest governance meetings `party-disengaged` looks at, and the fewest it needs.
    package static let engagementWindow = (meetings: 6, minimum: 3)
    /// The window of due dates `commitments-slipping` looks at, in days up to the report date, and the fewest
    /// actions of a party it needs.
    package static let slippingWindow = (days: 180, minimum: 4)

    /// Warning signs (v1.2) in the spec's order, each at most once; none for draft and ended partnerships.
    package static func warningSigns(_ context: MeasureContext) -> [WarningSign] {
        guard context.charter.status != .draft, context.charter.status != .ended else { return [] }
        return [
            trustFalling(context), trustGap(context), partyDisengaged(context), commitmentsSlipping(context),
            goalsBehind(context),
        ].compactMap { $0 }
    }

    /// `trust-falling`: a party's trust in the latest pulse at least 1.0 below the highest it gave in an earlier
    /// counted pulse (meeting order) dated no more than 365 days before the latest pulse.
    package static func trustFalling(_ context: MeasureContext) -> WarningSign? {
        guard let latest = context.latestPulse,
            let position = context.meetings.lastIndex(where: { $0.path == latest.path && $0.date == latest.date })
        else { return nil }
        let from = latest.date.adding(days: -trustMemoryDays)
        let earlier = context.meetings[..<position].filter { !$0.health.isEmpty && $0.date >= from }
        var falls: [(party: String, high: Double, since: Day, now: Double, location: SourceLocation)] = []
        for entry in trust(context) {
            var high: (value: Double, date: Day)?
            for meeting in earlier {
                guard let value = meeting.health.first(where: { $0.party == entry.party })?.score("trust") else {
                    continue
                }
                // The latest pulse at the highest score: "fell since" that date.
                if high.map({ value >= $0.value }) ?? true { high = (value, meeting.date) }
            }
            guard let high, MetricMath.isAtLeast(high.value - entry.trust, 1.0) else { continue }
            falls.append((entry.party, high.value, high.date, entry.trust, entry.location))
        }
        guard let first = falls.first else { return nil }
        let sentences = falls.map {
            "\(context.partyName($0.party))'s trust fell from \(pulseText($0.high)) to \(pulseText($0.now)) since \($0.since)"
        }
        let briefs = falls.map {
            "\(context.partyName($0.party))'s trust fell \(pulseText($0.high)) → \(pulseText($0.now))"
        }
        return WarningSign(
            kind: .trustFalling, message: sentences.joined(separator: "; "),
            brief: briefs.joined(separator: ", "), location: first.location, party: first.party)
    }

    /// `trust-gap`: the highest party trust in the latest pulse minus the lowest is at least 1.5.
    package static func trustGap(_ context: MeasureContext) -> WarningSign? {
        let scored = trust(context)
        guard scored.count >= 2, let pulse = context.latestPulse,
            let high = scored.max(by: { $0.trust < $1.trust }), let low = scored.min(by: { $0.trust < $1.trust }),
            MetricMath.isAtLeast(high.trust - low.trust, 1.5)
        else { return nil }
        let gap = pulseText(high.trust - low.trust)
        let highName = context.partyName(high.party)
        let lowName = context.partyName(low.party)
        return WarningSign(
            kind: .trustGap,
            message:
                "Trust differs by \(gap) in the pulse of \(pulse.date): \(highName) \(pulseText(high.trust)), \(lowName) \(pulseText(low.trust))",
            brief: "trust gap \(gap) (\(highName) \(pulseText(high.trust)), \(lowName) \(pulseText(low.trust)))",
            location: low.location, party: low.party)
    }

    /// `party-disengaged`: over the last six counted governance meetings (all when fewer, at least three), a party
    /// present at fewer than half, or a party's lead named in `attendees` of fewer than half.
    package static func partyDisengaged(_ context: MeasureContext) -> WarningSign? {
        let window = Array(context.governance.suffix(engagementWindow.meetings))
        guard window.count >= engagementWindow.minimum else { return nil }
        let total = window.count
        var sentences: [String] = []
        var briefs: [String] = []
        var first: (party: String, location: SourceLocation)?
        func note(_ party: String, absentFrom meetings: [Meeting]) {
            guard first == nil, let last = meetings.last else { return }
            // The note's page opens with its attendees by party (front-matter lines have no anchor of their own).
            first = (party, SourceLocation(path: last.path))
        }
        for party in context.parties {
            let name = context.partyName(party.id)
            let present = window.filter { meeting in meeting.attendees.contains { $0.party == party.id } }
            if present.count * 2 < total {
                sentences.append("\(name) was present at \(present.count) of the last \(total) governance meetings")
                briefs.append("\(name) at \(present.count) of \(total) governance meetings")
                note(
                    party.id,
                    absentFrom: window.filter { meeting in !meeting.attendees.contains { $0.party == party.id } })
                continue
            }
            guard let lead = party.lead else { continue }
            let folded = lead.foldedName
            let attended = window.filter { meeting in meeting.attendees.contains { $0.name.foldedName == folded } }
            if attended.count * 2 < total {
                sentences.append(
                    "\(name)'s lead \(lead) attended \(attended.count) of the last \(total) governance meetings")
                briefs.append("\(name)'s lead at \(attended.count) of \(total) governance meetings")
                note(
                    party.id,
                    absentFrom: window.filter { meeting in !meeting.attendees.contains { $0.name.foldedName == folded }
                    })
            }
        }
        guard let first else { return nil }
        return WarningSign(
            kind: .partyDisengaged, message: sentences.joined(separator: "; "),
            brief: briefs.joined(separator: ", "), location: first.location, party: first.party)
    }

    /// `commitments-slipping`: a party owns at least four actions due in the 180 days up to the report date, and
    /// fewer than half of them were done on or before their due date (an undated tick counts on time, as in O2).
    package static func commitmentsSlipping(_ context: MeasureContext) -> WarningSign? {
        let from = context.asOf.adding(days: -slippingWindow.days)
        var sentences: [String] = []
        var briefs: [String] = []
        var first: (party: String, location: SourceLocation)?
        for party in context.parties {
            let due = context.actions.filter { action in
                guard action.party == party.id, let date = action.due else { return false }
                return date > from && date <= context.asOf
            }
            let onTime = due.filter(\.isDoneOnTime).count
            guard due.count >= slippingWindow.minimum, onTime * 2 < due.count else { continue }
            let name = context.partyName(party.id)
            sentences.append(
                "\(name) did \(onTime) of its \(due.count) actions due in the last \(slippingWindow.days) days on time")
            briefs.append("\(name) on time with \(onTime) of \(due.count) recent actions")
            // The latest-due action that slipped shows it.
            if first == nil,
                let late = due.filter({ !$0.isDoneOnTime }).max(by: { ($0.due ?? from) < ($1.due ?? from) })
            {
                first = (party.id, late.latestLocation)
            }
        }
        guard let first else { return nil }
        return WarningSign(
            kind: .commitmentsSlipping, message: sentences.joined(separator: "; "),
            brief: briefs.joined(separator: ", "), location: first.location, party: first.party)
    }

    /// `goals-behind`: at least two goals with a status other than no data and retired, at least half of them behind.
    package static func goalsBehind(_ context: MeasureContext) -> WarningSign? {
        let measured = context.goals.filter { $0.status != .noData && $0.status != .retired }
        let behind = measured.filter { $0.status == .behind }
        guard measured.count >= 2, behind.count * 2 >= measured.count, let first = behind.first else { return nil }
        let owners = behind.map { goal in
            goal.goal.owner.map { "\(goal.id), owned by \(context.partyName($0))" } ?? goal.id
        }
        return WarningSign(
            kind: .goalsBehind,
            message:
                "\(behind.count) of \(measured.count) measured goals are behind: \(owners.joined(separator: "; "))",
            brief: "\(behind.count) of \(measured.count) goals behind",
            location: first.latest?.location ?? first.goal.location, party: first.goal.owner)
    }
}
