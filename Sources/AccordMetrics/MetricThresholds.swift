import AccordCore

/// The effective band bounds of every metric: the spec's defaults merged with `thresholds` from accord.yml.
public struct MetricThresholds: Sendable, Hashable {
    /// Effective bounds by metric.
    public private(set) var bounds: [MetricID: BandBounds]

    /// The defaults of the spec, with the overrides of a site configuration (unknown ids are ignored).
    public init(overrides: [String: BandOverride] = [:]) {
        var bounds: [MetricID: BandBounds] = [:]
        for id in MetricID.allCases {
            var value = id.defaultBounds
            if let override = overrides[id.rawValue] {
                if let green = override.green { value.green = green }
                if let amber = override.amber { value.amber = amber }
            }
            bounds[id] = value
        }
        self.bounds = bounds
    }

    /// The effective bounds of one metric.
    public func bounds(for id: MetricID) -> BandBounds {
        bounds[id] ?? id.defaultBounds
    }

    /// The band of a score of one metric.
    public func band(_ id: MetricID, _ score: Double?) -> MetricBand {
        bounds(for: id).band(for: score)
    }
}
