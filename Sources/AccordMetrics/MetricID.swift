import AccordCore

/// The id of one metric of the spec's tables (`A1`…`A9`, `O1`…`O5`), in display order.
public enum MetricID: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Charter completeness.
    case a1 = "A1"
    /// Mutual sign-off.
    case a2 = "A2"
    /// Goal agreement.
    case a3 = "A3"
    /// Outcome clarity.
    case a4 = "A4"
    /// Shared view.
    case a5 = "A5"
    /// Participation balance.
    case a6 = "A6"
    /// Leads present.
    case a7 = "A7"
    /// Value balance.
    case a8 = "A8"
    /// Delivery balance.
    case a9 = "A9"
    /// KPI attainment.
    case o1 = "O1"
    /// Commitment reliability (say/do).
    case o2 = "O2"
    /// Issue resolution.
    case o3 = "O3"
    /// Governance cadence.
    case o4 = "O4"
    /// Relationship health.
    case o5 = "O5"

    /// The family the metric belongs to.
    public var family: MetricFamily {
        rawValue.hasPrefix("A") ? .alignment : .outcome
    }

    /// The metrics of one family, in display order.
    public static func all(in family: MetricFamily) -> [MetricID] {
        allCases.filter { $0.family == family }
    }

    /// The metric's name as shown on pages.
    public var name: String {
        switch self {
        case .a1: "Charter completeness"
        case .a2: "Mutual sign-off"
        case .a3: "Goal agreement"
        case .a4: "Outcome clarity"
        case .a5: "Shared view"
        case .a6: "Participation balance"
        case .a7: "Leads present"
        case .a8: "Value balance"
        case .a9: "Delivery balance"
        case .o1: "KPI attainment"
        case .o2: "Commitment reliability (say/do)"
        case .o3: "Issue resolution"
        case .o4: "Governance cadence"
        case .o5: "Relationship health"
        }
    }

    /// The formula in words, as in the spec's tables.
    public var formula: String {
        switch self {
        case .a1: "required charter sections present ÷ required sections × 100"
        case .a2:
            "parties that signed the current terms (the latest amendment in force, else the charter) ÷ parties × 100"
        case .a3:
            "per goal rated by at least two parties: 1 − (max priority − min priority) ÷ 4; weighted mean × 100 (retired goals left out)"
        case .a4: "goals with a KPI (baseline, target), an owner and a due date ÷ goals × 100 (retired goals left out)"
        case .a5: "latest health pulse (last 180 days): 100 × (1 − mean over dimensions of (max − min party score) ÷ 4)"
        case .a6:
            "lowest party presence ÷ highest party presence × 100; presence = meetings with at least one attendee of the party ÷ meetings"
        case .a7: "governance meetings attended by every party's lead ÷ governance meetings × 100"
        case .a8: "fewest value items of a party ÷ most value items of a party × 100 (0 if a party has none)"
        case .a9: "100 − (highest − lowest) party commitment reliability (O2), in points"
        case .o1:
            "per goal with a reading: clamp((latest − baseline) ÷ (target − baseline), 0, 1); weighted mean × 100 (retired goals left out)"
        case .o2:
            "actions due by the report date done on or before their due date ÷ actions due by the report date × 100"
        case .o3: "issues resolved ÷ issues raised × 100"
        case .o4:
            "governance meetings held ÷ meetings expected at the charter's cadence since the start × 100, capped at 100"
        case .o5: "latest health pulse (last 180 days): (mean of all scores of all parties − 1) ÷ 4 × 100"
        }
    }

    /// The literature the metric is grounded in.
    public var reference: String {
        switch self {
        case .a1: "ISO 44001: a documented relationship plan covering governance, value, exit"
        case .a2: "ISO 44001: joint governance agreed by both parties"
        case .a3: "Vested outsourcing rules: shared outcomes both parties care about"
        case .a4: "Vested outsourcing rules: few, measurable outcomes — ideally no more than five"
        case .a5: "Compatibility and Trust assessment: both parties rate, and the gap between their views matters"
        case .a6: "Research on equal participation as a predictor of group performance"
        case .a7: "ISO 44001 joint governance; Wilder collaboration factors (committed leadership)"
        case .a8: "Vested outsourcing rules: a win-win value for each party"
        case .a9: "Compatibility and Trust assessment: trust is performing to commitments, on both sides"
        case .o1: "ISO 44001 reviewed measures; Vested desired outcomes"
        case .o2: "Compatibility and Trust assessment: trust is performing to commitments"
        case .o3: "ISO 44001: issue resolution process"
        case .o4: "ISO 44001: joint governance at an agreed rhythm"
        case .o5:
            "Wilder collaboration factors and 1–5 surveys: ≥ 4.0 a strength, 3.0–3.9 to discuss, below 3.0 a concern"
        }
    }

    /// What data would enable the metric when it has none.
    public var enablingData: String {
        switch self {
        case .a1: "Add `required_sections` to accord.yml to measure charter completeness."
        case .a2: "Add the charter's parties to measure sign-off."
        case .a3: "Give at least one goal a `priority` from two or more parties."
        case .a4: "Add at least one goal to the charter."
        case .a5:
            "Record a `health` pulse in which at least two parties score the same dimension, in a meeting of the last 180 days."
        case .a6: "Record `attendees` who belong to the parties in a meeting note."
        case .a7: "Name a `lead` for the parties and hold a steering or review meeting with `attendees`."
        case .a8: "List what each party gets under “Value for each party” in the charter (`party: value`)."
        case .a9: "Record actions with due dates owned by at least two parties."
        case .o1: "Record a KPI reading (`kpis:`) for a goal whose KPI has a numeric baseline and target."
        case .o2: "Record actions with a `due` date on or before the report date."
        case .o3: "Record issues under “Issues” in a meeting note."
        case .o4:
            "Set the charter's `cadence` and sign it (or hold a first meeting), and let at least one cadence period pass."
        case .o5: "Record a `health` pulse in a meeting of the last 180 days."
        }
    }

    /// The default green and amber bounds from the spec's tables.
    public var defaultBounds: BandBounds {
        switch self {
        case .a1: BandBounds(green: 90, amber: 70)
        case .a2: BandBounds(green: 100, amber: 100)
        case .a3: BandBounds(green: 80, amber: 60)
        case .a4: BandBounds(green: 90, amber: 60)
        case .a5: BandBounds(green: 87.5, amber: 75)
        case .a6: BandBounds(green: 80, amber: 60)
        case .a7: BandBounds(green: 80, amber: 60)
        case .a8: BandBounds(green: 70, amber: 40)
        case .a9: BandBounds(green: 90, amber: 80)
        case .o1: BandBounds(green: 75, amber: 50)
        case .o2: BandBounds(green: 85, amber: 70)
        case .o3: BandBounds(green: 80, amber: 60)
        case .o4: BandBounds(green: 90, amber: 75)
        case .o5: BandBounds(green: 75, amber: 50)
        }
    }

    /// Orders metrics as in the spec's tables (A1…A9, O1…O5).
    public static func < (lhs: MetricID, rhs: MetricID) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// The two families of metrics, each with its index.
public enum MetricFamily: String, Sendable, Hashable, CaseIterable, Codable {
    /// Are the parties on the same side of the table?
    case alignment
    /// Is the partnership delivering what it promised?
    case outcome

    /// The family's title as shown on pages.
    public var title: String {
        switch self {
        case .alignment: "Alignment"
        case .outcome: "Outcomes"
        }
    }
}
