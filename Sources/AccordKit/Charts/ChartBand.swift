/// The band of a metric score as a chart shows it: a CSS class and a word, never colour alone.
public enum ChartBand: String, Sendable, Hashable, CaseIterable {
    /// Score at or above the green bound.
    case green
    /// Score at or above the amber bound.
    case amber
    /// Score below the amber bound.
    case red
    /// No data to compute the score.
    case noData = "no-data"

    /// The word used in summaries and tables.
    public var word: String {
        switch self {
        case .green: "green"
        case .amber: "amber"
        case .red: "red"
        case .noData: "no data"
        }
    }

    /// The CSS class that sets the band's colour, e.g. `band-green`.
    public var cssClass: String { "band-" + rawValue }
}
