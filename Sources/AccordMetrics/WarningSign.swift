import AccordCore

/// A warning sign raised on a partnership: a sentence for its page, a few words for the portfolio, and the
/// line that shows it.
public struct WarningSign: Sendable, Hashable, Codable {
    /// The kind.
    public var kind: WarningSignKind
    /// A sentence naming the party and the figures.
    public var message: String
    /// A few words for the portfolio briefing (`Meridian Bank's trust fell 4.0 → 2.5`).
    public var brief: String
    /// The line that shows it.
    public var location: SourceLocation
    /// The party concerned, when one is (the first, when several are).
    public var party: String?

    /// A warning sign.
    public init(kind: WarningSignKind, message: String, brief: String, location: SourceLocation, party: String? = nil) {
        self.kind = kind
        self.message = message
        self.brief = brief
        self.location = location
        self.party = party
    }
}
