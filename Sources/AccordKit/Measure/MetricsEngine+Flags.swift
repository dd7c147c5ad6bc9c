extension MetricsEngine {
    /// The date the "since the last governance meeting" count starts from: that meeting, else the start date.
    static func lastGovernanceReference(_ context: MeasureContext) -> (date: Day, isMeeting: Bool)? {
        if let last = context.governance.last { return (last.date, true) }
        return context.start.map { ($0, false) }
    }

    /// Red flags in the spec's order; none for draft and ended partnerships.
    static func redFlags(_ context: MeasureContext) -> [RedFlag] {
        let charter = context.charter
        guard charter.status != .draft, charter.status != .ended else { return [] }
        var flags: [RedFlag] = []
        if charter.status == .active, let review = charter.review, review < context.asOf {
            flags.append(RedFlag(kind: .reviewOverdue,
                                 message: "The strategic review date \(review) has passed (\(NumberText.days(context.asOf.days(since: review))) ago) while the partnership is active."))
        }
        if let cadence = charter.cadence, let reference = lastGovernanceReference(context) {
            let days = context.asOf.days(since: reference.date)
            if days > 2 * cadence.days {
                let since = reference.isMeeting ? "since the last governance meeting" : "since the start"
                flags.append(RedFlag(kind: .meetingOverdue,
                                     message: "\(NumberText.days(days)) \(since) (\(reference.date)), more than twice the \(cadence) cadence (\(NumberText.days(2 * cadence.days)))."))
            }
        }
        let lowTrust = trust(context).filter { MetricMath.isBelow($0.trust, 2.5) }
        if !lowTrust.isEmpty {
            let parties = lowTrust.map { "\(context.partyLabel($0.party)) \(NumberText.number($0.trust))" }
            flags.append(RedFlag(kind: .lowTrust, message: "Trust below 2.5 in the latest pulse: \(parties.joined(separator: ", "))."))
        }
        let signed = Set(context.signatures.map(\.party))
        let unsigned = context.parties.filter { !signed.contains($0.id) }
        if signed.isEmpty {
            flags.append(RedFlag(kind: .unsigned, message: "Nobody has signed the charter."))
        } else if !unsigned.isEmpty, let start = context.start, context.asOf.days(since: start) > 30 {
            let names = unsigned.map { context.partyLabel($0.id) }.joined(separator: ", ")
            flags.append(RedFlag(kind: .unsigned,
                                 message: "Not signed by \(names), \(NumberText.days(context.asOf.days(since: start))) after the start (\(start))."))
        }
        return flags
    }

    /// The tier: draft/ended by status, else the first rule of the spec's table that matches.
    static func tier(status: PartnershipStatus, alignment: Double?, outcome: Double?, redFlags: Int) -> HealthTier {
        if status == .draft { return .draft }
        if status == .ended { return .ended }
        guard let alignment, let outcome else { return .unrated }
        if MetricMath.isBelow(alignment, 40) || MetricMath.isBelow(outcome, 40) || redFlags >= 2 { return .atRisk }
        if MetricMath.isAtLeast(alignment, 80), MetricMath.isAtLeast(outcome, 80), redFlags == 0 { return .highPerforming }
        if MetricMath.isAtLeast(alignment, 60), MetricMath.isAtLeast(outcome, 60) { return .healthy }
        return .marginal
    }
}
