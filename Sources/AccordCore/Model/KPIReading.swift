/// A KPI reading taken at a meeting.
public struct KPIReading: Sendable, Hashable, Codable {
    /// The goal id.
    public var goal: String
    /// The value read.
    public var value: Double
    /// Where it is written.
    public var location: SourceLocation

    /// A reading.
    public init(goal: String, value: Double, location: SourceLocation) {
        self.goal = goal
        self.value = value
        self.location = location
    }
}
