import AccordCore

/// One line of the inputs a metric used, with the places of the records it came from.
public struct MetricInput: Sendable, Hashable, Codable {
    /// A human-readable line (`Governance: present`, `Raj Patel: draft the runbook — due 2026-03-26, done on time`).
    public var text: String
    /// Where the records behind the line are written (may be empty).
    public var locations: [SourceLocation]

    /// An input line.
    public init(_ text: String, _ locations: [SourceLocation] = []) {
        self.text = text
        self.locations = locations
    }
}

/// An extra figure shown beside a metric and not scored (median days to resolve, longest gap, trust…).
public struct MetricFigure: Sendable, Hashable, Codable {
    /// A stable snake_case key (`median_days_to_resolve`, `trust`).
    public var key: String
    /// The label shown on pages.
    public var label: String
    /// The party the figure is about, when it is per party.
    public var party: String?
    /// The value, nil when unknown.
    public var value: Double?
    /// The unit shown after the value (`days`, `%`), when any.
    public var unit: String?
    /// Decimals shown and exported (0 for counts and days, 1 for percentages, 2 for 1–5 scores).
    public var decimals: Int

    /// A figure.
    public init(
        key: String, label: String, party: String? = nil, value: Double?, unit: String? = nil, decimals: Int = 0
    ) {
        self.key = key
        self.label = label
        self.party = party
        self.value = value
        self.unit = unit
        self.decimals = decimals
    }

    /// The value as shown: `decimals` decimals, rounded half away from zero; `—` when unknown.
    public var formatted: String {
        value.map { NumberText.fixed($0, places: decimals) } ?? "—"
    }
}

/// The result of one metric at a report date.
public struct MetricResult: Sendable, Hashable, Codable {
    /// The metric.
    public var id: MetricID
    /// The unrounded score 0…100, nil when there is no data.
    public var score: Double?
    /// The band of the unrounded score.
    public var band: MetricBand
    /// The bounds the band was decided with.
    public var bounds: BandBounds
    /// The inputs used, as readable lines linked to their sources.
    public var inputs: [MetricInput]
    /// When there is no data: the sentence saying what data would enable the metric.
    public var noDataReason: String?
    /// A note shown on the page (A4: more than five goals); not a diagnostic.
    public var note: String?
    /// Extra figures shown beside the score, not scored.
    public var figures: [MetricFigure]

    /// A result; the band is decided from the score and the bounds.
    public init(
        id: MetricID, score: Double?, bounds: BandBounds, inputs: [MetricInput], note: String? = nil,
        figures: [MetricFigure] = []
    ) {
        self.id = id
        self.score = score
        self.band = bounds.band(for: score)
        self.bounds = bounds
        self.inputs = inputs
        self.noDataReason = score == nil ? id.enablingData : nil
        self.note = note
        self.figures = figures
    }

    /// The metric's name.
    public var name: String { id.name }
    /// The metric's family.
    public var family: MetricFamily { id.family }
    /// The formula in words.
    public var formula: String { id.formula }
    /// The reference that grounds the metric.
    public var reference: String { id.reference }
}

/// One family's metrics and its index.
public struct MetricFamilyResult: Sendable, Hashable, Codable {
    /// Alignment or outcome.
    public var family: MetricFamily
    /// The mean of the unrounded scores that have data; nil when none has.
    public var index: Double?
    /// The family's metrics, in id order.
    public var metrics: [MetricResult]

    /// A family result; the index is the mean of the metrics' scores that have data.
    public init(family: MetricFamily, metrics: [MetricResult]) {
        self.family = family
        self.metrics = metrics
        self.index = MetricMath.mean(metrics.compactMap(\.score))
    }

    /// The result of one metric of the family.
    public func metric(_ id: MetricID) -> MetricResult? {
        metrics.first { $0.id == id }
    }
}
