/// Small numeric helpers shared by the metrics: tolerant comparison, rounding, means and medians.
public enum MetricMath {
    /// The tolerance for "at the bound": a score within this of a bound is at it.
    public static let tolerance = 1e-9

    /// True when `value ≥ bound` as exact arithmetic would decide it (within the tolerance).
    public static func isAtLeast(_ value: Double, _ bound: Double) -> Bool {
        value >= bound - tolerance
    }

    /// True when `value < bound` as exact arithmetic would decide it (within the tolerance).
    public static func isBelow(_ value: Double, _ bound: Double) -> Bool {
        !isAtLeast(value, bound)
    }

    /// True when `value ≤ bound` as exact arithmetic would decide it (within the tolerance).
    public static func isAtMost(_ value: Double, _ bound: Double) -> Bool {
        value <= bound + tolerance
    }

    /// `value` rounded half away from zero to `places` decimals, as an integer count of 10^-places
    /// (2.25 at 1 place is 23). Guards float representation error: 1.005 at 2 places is 101.
    public static func roundedUnits(_ value: Double, places: Int) -> Int {
        var factor = 1.0
        for _ in 0..<max(0, places) { factor *= 10 }
        let magnitude = (value.magnitude * factor + tolerance).rounded(.toNearestOrAwayFromZero)
        // Non-finite or out-of-range values (a KPI written as 1e300) saturate instead of trapping.
        guard magnitude.isFinite else { return 0 }
        let units = magnitude < 9.0e18 ? Int(magnitude) : Int.max
        return value < 0 ? -units : units
    }

    /// `value` rounded half away from zero to `places` decimals (0.05 → 0.1, 2.25 → 2.3, −0.05 → −0.1).
    public static func rounded(_ value: Double, places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<max(0, places) { factor *= 10 }
        return Double(roundedUnits(value, places: places)) / factor
    }

    /// The arithmetic mean, nil for no values.
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// The weighted mean of (value, weight) pairs, nil when there are none or the weights add up to 0.
    public static func weightedMean(_ pairs: [(value: Double, weight: Double)]) -> Double? {
        let total = pairs.reduce(0) { $0 + $1.weight }
        guard !pairs.isEmpty, total > 0 else { return nil }
        return pairs.reduce(0) { $0 + $1.value * $1.weight } / total
    }

    /// The median (the mean of the middle two for an even count), nil for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `numerator ÷ denominator × 100`, computed as `100 × numerator ÷ denominator` so that whole ratios stay exact.
    public static func percent(_ numerator: Int, _ denominator: Int) -> Double? {
        guard denominator > 0 else { return nil }
        return 100 * Double(numerator) / Double(denominator)
    }

    /// `value` clamped to `range`.
    public static func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
