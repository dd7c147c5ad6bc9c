/// A top-level item of "Value for each party": what one party gets out of the partnership.
public struct ValueItem: Sendable, Hashable, Codable {
    /// The label before `:` as written (a party id or name).
    public var label: String
    /// The party id the label names, when it names one.
    public var party: String?
    /// The text after the label.
    public var text: String
    /// Where the item is.
    public var location: SourceLocation

    /// A value item.
    public init(label: String, party: String?, text: String, location: SourceLocation) {
        self.label = label
        self.party = party
        self.text = text
        self.location = location
    }
}
