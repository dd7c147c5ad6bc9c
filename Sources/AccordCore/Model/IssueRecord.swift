/// An issue or risk under `## Issues` / `## Risks`.
public struct IssueRecord: Sendable, Hashable, Codable {
    /// Plain text without the date parenthesis.
    public var text: String
    /// True when ticked (`[x]`): resolved.
    public var isTicked: Bool
    /// When it was raised (nil means the meeting date).
    public var raised: Day?
    /// When it was resolved.
    public var resolved: Day?
    /// Where the item is.
    public var location: SourceLocation

    /// An issue.
    public init(text: String, isTicked: Bool, raised: Day? = nil, resolved: Day? = nil, location: SourceLocation) {
        self.text = text
        self.isTicked = isTicked
        self.raised = raised
        self.resolved = resolved
        self.location = location
    }
}
