/// A decision recorded under `## Decisions`.
public struct Decision: Sendable, Hashable, Codable {
    /// Plain text of the decision without the `(agreed: …)` part.
    public var text: String
    /// Party ids that agreed, from `(agreed: a, b)`; nil means all parties present.
    public var agreedBy: [String]?
    /// Where the item is.
    public var location: SourceLocation

    /// A decision.
    public init(text: String, agreedBy: [String]? = nil, location: SourceLocation) {
        self.text = text
        self.agreedBy = agreedBy
        self.location = location
    }
}
