/// A party's sign-off of the charter.
public struct Signature: Sendable, Hashable, Codable {
    /// The party id.
    public var party: String
    /// The date it signed.
    public var date: Day
    /// Where it is written.
    public var location: SourceLocation

    /// A signature.
    public init(party: String, date: Day, location: SourceLocation) {
        self.party = party
        self.date = date
        self.location = location
    }
}
