/// A signed change of a charter's terms (`amendments:` in the charter).
public struct Amendment: Sendable, Hashable, Codable {
    /// The date the amendment takes effect; it counts once this is not after the report date.
    public var date: Day
    /// What it changes, as written.
    public var summary: String?
    /// Each party's sign-off of this amendment, in the written order.
    public var signatures: [Signature]
    /// Its position in the written list (0 first): breaks ties between amendments of one date.
    public var order: Int
    /// Where the amendment's entry starts.
    public var location: SourceLocation

    /// An amendment.
    public init(
        date: Day, summary: String? = nil, signatures: [Signature] = [], order: Int = 0,
        location: SourceLocation
    ) {
        self.date = date
        self.summary = summary
        self.signatures = signatures
        self.order = order
        self.location = location
    }
}

/// The decision to end a partnership (`exit:` in the charter).
public struct ExitDecision: Sendable, Hashable, Codable {
    /// When the exit was decided; from then on the tier is `exiting`.
    public var decided: Day
    /// When the partnership ends, if known.
    public var effective: Day?
    /// Why, as written.
    public var reason: String?
    /// Where `decided` is written.
    public var location: SourceLocation
    /// Where `effective` is written (the decision's location when it is not).
    public var effectiveLocation: SourceLocation

    /// An exit decision.
    public init(
        decided: Day, effective: Day? = nil, reason: String? = nil, location: SourceLocation,
        effectiveLocation: SourceLocation? = nil
    ) {
        self.decided = decided
        self.effective = effective
        self.reason = reason
        self.location = location
        self.effectiveLocation = effectiveLocation ?? location
    }
}
