/// One party's pulse-survey scores in a meeting's `health` block.
public struct PartyPulse: Sendable, Hashable, Codable {
    /// The party id.
    public var party: String
    /// Scores 1–5 by dimension (`trust`, `communication`, `focus`, `team`, `innovation`), in the written order.
    public var scores: [PulseScore]
    /// Where the party's entry is.
    public var location: SourceLocation

    /// A party's pulse.
    public init(party: String, scores: [PulseScore], location: SourceLocation) {
        self.party = party
        self.scores = scores
        self.location = location
    }

    /// The score of one dimension.
    public func score(_ dimension: String) -> Double? {
        scores.first { $0.dimension == dimension }?.value
    }
}

/// One pulse-survey score.
public struct PulseScore: Sendable, Hashable, Codable {
    /// The dimension.
    public var dimension: String
    /// The score, 1–5, decimals allowed.
    public var value: Double

    /// A score.
    public init(dimension: String, value: Double) {
        self.dimension = dimension
        self.value = value
    }

    /// The dimensions a pulse may score, in display order.
    public static let dimensions = ["trust", "communication", "focus", "team", "innovation"]
}
