/// A user's override of one metric's band bounds.
public struct BandOverride: Sendable, Hashable {
    /// The green bound, when overridden.
    public var green: Double?
    /// The amber bound, when overridden.
    public var amber: Double?
    /// Where the override was written.
    public var location: SourceLocation

    /// An override with optional bounds.
    public init(green: Double? = nil, amber: Double? = nil, location: SourceLocation) {
        self.green = green
        self.amber = amber
        self.location = location
    }
}
