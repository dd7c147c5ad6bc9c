import AccordCore
import AccordMetrics

/// Words and CSS classes for bands, tiers and goal statuses, so colour never carries meaning alone.
package enum Wording {
    package static func band(_ band: MetricBand) -> String {
        switch band {
        case .green: "Good"
        case .amber: "Watch"
        case .red: "Concern"
        case .noData: "No data"
        }
    }

    package static func score(_ value: Double?) -> String {
        value.map { Self.oneDecimal(MetricMath.rounded($0, places: 1)) } ?? "—"
    }

    package static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    package static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded(.toNearestOrAwayFromZero)))%" } ?? "—"
    }

    package static func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .achieved: "Achieved"
        case .onTrack: "On track"
        case .behind: "Behind"
        case .noData: "No data"
        case .retired: "Retired"
        }
    }

    /// The label shown before a red flag's or warning sign's attention item; nil for the rest.
    package static func severity(_ severity: AttentionSeverity) -> String? {
        switch severity {
        case .redFlag: "Red flag"
        case .warningSign: "Warning sign"
        case .notice: nil
        }
    }

    /// An attention kind in words, singular (`overdue action`); `count` makes the plural.
    package static func attentionKind(_ kind: AttentionKind) -> String {
        switch kind {
        case .overdueAction: "overdue action"
        case .exitEffective: "exit past its date"
        case .meetingOverdue: "meeting overdue"
        case .reviewDue: "review due"
        case .goalBehind: "goal behind"
        case .sharedViewGap: "shared-view gap"
        case .lowTrust: "low trust score"
        case .missingSection: "missing section"
        case .unsigned: "missing signature"
        case .staleIssue: "stale issue"
        case .reviewOverdue: "review overdue"
        case .trustFalling: "trust falling"
        case .trustGap: "trust gap"
        case .partyDisengaged: "party disengaged"
        case .commitmentsSlipping: "commitments slipping"
        case .goalsBehind: "goals behind"
        }
    }

    /// `1 red flag`, `3 goals behind`: a count and its noun, the first word made plural when the count is not one.
    package static func count(_ count: Int, _ singular: String) -> String {
        guard count != 1 else { return "1 \(singular)" }
        let plurals = [
            "goal behind": "goals behind", "meeting overdue": "meetings overdue", "review due": "reviews due",
            "exit past its date": "exits past their date", "review overdue": "reviews overdue",
        ]
        if let plural = plurals[singular] { return "\(count) \(plural)" }
        return "\(count) \(singular)s"
    }

    /// A unit written after a number: `%` and `°` stick to it, words get a space (`12 h`, `60%`).
    package static func unitSuffix(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return "" }
        return unit == "%" || unit.hasPrefix("°") || unit.hasPrefix("/") ? unit : " " + unit
    }
}
