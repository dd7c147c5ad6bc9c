import AccordCore

extension MetricsEngine {
    /// The date the "since the last governance meeting" count starts from: that meeting, else the start date.
    package static func lastGovernanceReference(_ context: MeasureContext) -> (date: Day, isMeeting: Bool)? {
        if let last = context.governance.last { return (last.date, true) }
        return context.start.map { ($0, false) }
    }

    /// A 1–5 pulse score in words: one decimal at least, two when needed (`4.0`, `2.5`, `3.25`).
    package static func pulseText(_ value: Double) -> String {
        let one = NumberText.fixed(value, places: 1)
        return MetricMath.roundedUnits(value, places: 2) == MetricMath.roundedUnits(value, places: 1) * 10
            ? one : NumberText.fixed(value, places: 2)
    }

    /// Red flags in the spec's order; none for draft and ended partnerships, no `review-overdue` while exiting.
    package static func redFlags(_ context: MeasureContext) -> [RedFlag] {
        let charter = context.charter
        guard charter.status != .draft, charter.status != .ended else { return [] }
        let charterPlace = SourceLocation(path: charter.path)
        var flags: [RedFlag] = []
        if charter.status == .active, !context.isExiting, let review = charter.review, review < context.asOf {
            let days = context.asOf.days(since: review)
            flags.append(
                RedFlag(
                    kind: .reviewOverdue,
                    message:
                        "The strategic review date \(review) has passed (\(NumberText.days(days)) ago) while the partnership is active.",
                    brief: "review \(NumberText.days(days)) overdue", location: charterPlace, days: days))
        }
        if let cadence = charter.cadence, let reference = lastGovernanceReference(context) {
            let days = context.asOf.days(since: reference.date)
            if days > 2 * cadence.days {
                let since = reference.isMeeting ? "since the last governance meeting" : "since the start"
                let place =
                    reference.isMeeting
                    ? context.governance.last.map { SourceLocation(path: $0.path) } ?? charterPlace
                    : charterPlace
                flags.append(
                    RedFlag(
                        kind: .meetingOverdue,
                        message:
                            "\(NumberText.days(days)) \(since) (\(reference.date)), more than twice the \(cadence) cadence (\(NumberText.days(2 * cadence.days))).",
                        brief: reference.isMeeting
                            ? "no governance meeting for \(NumberText.days(days))"
                            : "no governance meeting in the \(NumberText.days(days)) since the start",
                        location: place, days: days))
            }
        }
        let lowTrust = trust(context).filter { MetricMath.isAtMost($0.trust, 2.5) }
        if let first = lowTrust.first {
            let parties = lowTrust.map { "\(context.partyLabel($0.party)) \(pulseText($0.trust))" }
            let briefs = lowTrust.map { "\(context.partyName($0.party))'s trust \(pulseText($0.trust))" }
            flags.append(
                RedFlag(
                    kind: .lowTrust,
                    message: "Trust at or below 2.5 in the latest pulse: \(parties.joined(separator: ", ")).",
                    brief: briefs.joined(separator: ", "), location: first.location, party: first.party))
        }
        if let flag = unsignedFlag(context) { flags.append(flag) }
        return flags
    }

    /// `unsigned` on the current terms: nobody signed them, or a party has not signed them more than 30 days after
    /// their date (the original charter: after the start date).
    package static func unsignedFlag(_ context: MeasureContext) -> RedFlag? {
        let terms = context.terms
        let signed = Set(context.signatures.map(\.party))
        let place = terms.amendment?.location ?? SourceLocation(path: context.charter.path)
        if signed.isEmpty {
            return RedFlag(
                kind: .unsigned, message: "Nobody has signed \(terms.name).",
                brief: "nobody has signed \(terms.name)", location: place)
        }
        let unsigned = context.parties.filter { !signed.contains($0.id) }
        guard let first = unsigned.first, let since = terms.amendment?.date ?? context.start,
            context.asOf.days(since: since) > 30
        else { return nil }
        let names = unsigned.map { context.partyLabel($0.id) }.joined(separator: ", ")
        let days = NumberText.days(context.asOf.days(since: since))
        let after = terms.amendment == nil ? "after the start (\(since))" : "after its date"
        let message =
            terms.amendment == nil
            ? "Not signed by \(names), \(days) \(after)."
            : "The amendment of \(since) is not signed by \(names), \(days) \(after)."
        let brief = unsigned.map { context.partyName($0.id) }.joined(separator: ", ")
        return RedFlag(
            kind: .unsigned, message: message, brief: "\(terms.name) not signed by \(brief)",
            location: terms.amendment == nil ? first.location : place, party: first.id)
    }

    /// The tier: draft/ended by status, exiting once an exit is decided, else the first rule of the spec's table
    /// that matches (red flags and warning signs counted).
    package static func tier(
        status: PartnershipStatus, isExiting: Bool = false, alignment: Double?, outcome: Double?,
        redFlags: Int, warnings: Int = 0
    ) -> HealthTier {
        if status == .draft { return .draft }
        if status == .ended { return .ended }
        if isExiting { return .exiting }
        guard let alignment, let outcome else { return .unrated }
        if MetricMath.isBelow(alignment, 40) || MetricMath.isBelow(outcome, 40) || redFlags >= 2
            || (redFlags == 1 && warnings >= 2)
        {
            return .atRisk
        }
        if MetricMath.isAtLeast(alignment, 80), MetricMath.isAtLeast(outcome, 80), redFlags == 0, warnings == 0 {
            return .highPerforming
        }
        if MetricMath.isAtLeast(alignment, 60), MetricMath.isAtLeast(outcome, 60), redFlags + warnings <= 1 {
            return .healthy
        }
        return .marginal
    }
}
