import AccordCore
import AccordMetrics

/// One value of a history at a date; a nil value means "no data" at that date.
public struct ChartPoint: Sendable, Hashable {
    /// Date of the value (a meeting date).
    public let day: Day
    /// The value, or nil when there is no data at this date.
    public let value: Double?
    /// Band of the value when it is a banded score (used by sparklines), else nil.
    public let band: MetricBand?

    /// A point from its date, value and optional band.
    public init(day: Day, value: Double?, band: MetricBand? = nil) {
        self.day = day
        self.value = value
        self.band = band
    }

    /// The value when it is a finite number, else nil.
    package var finiteValue: Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }
}
