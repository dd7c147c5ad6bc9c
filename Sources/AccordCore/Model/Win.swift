/// A win under `## Wins` / `## Accomplishments`.
public struct Win: Sendable, Hashable, Codable {
    /// Plain text.
    public var text: String
    /// Where the item is.
    public var location: SourceLocation

    /// A win.
    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
