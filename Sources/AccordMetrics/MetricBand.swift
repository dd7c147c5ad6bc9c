import AccordCore

/// The band of a metric score: green, amber, red, or no data.
public enum MetricBand: String, Sendable, Hashable, CaseIterable, Codable {
    /// At or above the green bound.
    case green
    /// At or above the amber bound, below green.
    case amber
    /// Below the amber bound.
    case red
    /// The metric has no data.
    case noData = "no-data"
}

/// The green and amber bounds of one metric (scores 0…100).
public struct BandBounds: Sendable, Hashable, Codable {
    /// Scores at or above this are green.
    public var green: Double
    /// Scores at or above this (and below green) are amber.
    public var amber: Double

    /// Bounds from their values.
    public init(green: Double, amber: Double) {
        self.green = green
        self.amber = amber
    }

    /// The band of a score, deciding "at the bound" with a tolerance of 1e-9.
    public func band(for score: Double?) -> MetricBand {
        guard let score else { return .noData }
        if MetricMath.isAtLeast(score, green) { return .green }
        if MetricMath.isAtLeast(score, amber) { return .amber }
        return .red
    }
}
