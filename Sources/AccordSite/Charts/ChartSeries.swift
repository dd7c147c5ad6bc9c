/// A named series of points, such as one party's trust scores over meeting dates.
public struct ChartSeries: Sendable, Hashable {
    /// Name shown in the legend and table (plain text; escaped by the chart).
    public let name: String
    /// The points of the series, in any order (charts sort them by date).
    public let points: [ChartPoint]

    /// A series from its name and points.
    public init(name: String, points: [ChartPoint]) {
        self.name = name
        self.points = points
    }
}
