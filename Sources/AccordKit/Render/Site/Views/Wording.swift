/// Words and CSS classes for bands, tiers and goal statuses, so colour never carries meaning alone.
enum Wording {
    static func band(_ band: MetricBand) -> String {
        switch band {
        case .green: "Good"
        case .amber: "Watch"
        case .red: "Concern"
        case .noData: "No data"
        }
    }

    static func score(_ value: Double?) -> String {
        value.map { Self.oneDecimal(MetricMath.rounded($0, places: 1)) } ?? "—"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded(.toNearestOrAwayFromZero)))%" } ?? "—"
    }

    static func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .achieved: "Achieved"
        case .onTrack: "On track"
        case .behind: "Behind"
        case .noData: "No data"
        case .retired: "Retired"
        }
    }

    /// A unit written after a number: `%` and `°` stick to it, words get a space (`12 h`, `60%`).
    static func unitSuffix(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return "" }
        return unit == "%" || unit.hasPrefix("°") || unit.hasPrefix("/") ? unit : " " + unit
    }
}
