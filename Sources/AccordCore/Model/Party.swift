/// One party of a partnership (client, supplier, partner…).
public struct Party: Sendable, Hashable, Codable {
    /// Slug-like id used in notes (`acme`).
    public var id: String
    /// Display name (`Acme Corp`).
    public var name: String
    /// Free role text (`client`).
    public var role: String?
    /// The party's relationship manager.
    public var lead: String?
    /// People of the party, as written (the lead is a member too).
    public var people: [String]
    /// Where the party's entry starts.
    public var location: SourceLocation
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A party.
    public init(
        id: String, name: String, role: String? = nil, lead: String? = nil, people: [String] = [],
        location: SourceLocation, extra: ExtraValue? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.lead = lead
        self.people = people
        self.location = location
        self.extra = extra
    }
}
