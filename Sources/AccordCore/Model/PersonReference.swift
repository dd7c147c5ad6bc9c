/// A person named in a note (attendee, chair, action owner), with the party it maps to.
public struct PersonReference: Sendable, Hashable, Codable {
    /// The name as written, without an explicit `(party-id)`.
    public var name: String
    /// The party id written explicitly as `Name (party-id)`, if any.
    public var explicitParty: String?
    /// The party this person maps to after validation; nil when none (or a guest).
    public var party: String?
    /// True when the name is listed in the note's `guests`.
    public var isGuest: Bool
    /// Where the name is written.
    public var location: SourceLocation

    /// A reference to a person; `party` is filled in by validation.
    public init(
        name: String, explicitParty: String? = nil, party: String? = nil, isGuest: Bool = false,
        location: SourceLocation
    ) {
        self.name = name
        self.explicitParty = explicitParty
        self.party = party
        self.isGuest = isGuest
        self.location = location
    }
}
