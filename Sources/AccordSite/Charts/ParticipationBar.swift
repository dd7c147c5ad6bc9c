/// One bar of a participation chart: a meeting (or a party) and the attendee count of each party.
public struct ParticipationBar: Sendable, Hashable {
    /// Label of the bar, e.g. `12 Mar 2026 steering` (plain text; escaped by the chart).
    public let label: String
    /// Attendees per party, in the order of the chart's `parties` (missing counts are 0, negatives count as 0).
    public let counts: [Int]

    /// A bar from its label and per-party counts.
    public init(label: String, counts: [Int]) {
        self.label = label
        self.counts = counts
    }
}
