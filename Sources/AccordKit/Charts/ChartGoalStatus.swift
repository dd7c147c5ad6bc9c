/// The status of a goal as a progress bar shows it: a CSS class and words.
public enum ChartGoalStatus: String, Sendable, Hashable, CaseIterable {
    /// Progress reached 1.
    case achieved
    /// Progress keeps up with the time elapsed.
    case onTrack = "on-track"
    /// Progress lags the time elapsed.
    case behind
    /// No reading yet.
    case noData = "no-data"

    /// The words used in summaries and tables.
    public var word: String {
        switch self {
        case .achieved: "achieved"
        case .onTrack: "on track"
        case .behind: "behind"
        case .noData: "no data"
        }
    }

    /// The CSS class that sets the status colour, e.g. `status-on-track`.
    public var cssClass: String { "status-" + rawValue }
}
