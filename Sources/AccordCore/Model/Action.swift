/// An action under `## Actions`: a task-list item with an owner and dates.
public struct Action: Sendable, Hashable, Codable {
    /// Who owns it; nil when no owner was written (a warning).
    public var owner: ActionOwner?
    /// Plain text of the action without the owner and the date parenthesis.
    public var text: String
    /// True when ticked (`[x]`).
    public var isTicked: Bool
    /// The due date.
    public var due: Day?
    /// The date it was done.
    public var done: Day?
    /// Where the item is.
    public var location: SourceLocation

    /// An action.
    public init(
        owner: ActionOwner?, text: String, isTicked: Bool, due: Day? = nil, done: Day? = nil,
        location: SourceLocation
    ) {
        self.owner = owner
        self.text = text
        self.isTicked = isTicked
        self.due = due
        self.done = done
        self.location = location
    }
}

/// Who owns an action: a person or a whole party.
public enum ActionOwner: Sendable, Hashable, Codable {
    /// A named person (`Raj Patel`, `Raj Patel (globex)`).
    case person(PersonReference)
    /// A party as a whole (`@globex`).
    case party(id: String, location: SourceLocation)

    /// The party the owner maps to, when known.
    public var party: String? {
        switch self {
        case .person(let person): person.party
        case .party(let id, _): id
        }
    }

    /// The owner as shown on pages (`Raj Patel`, `@globex`).
    public var displayName: String {
        switch self {
        case .person(let person): person.name
        case .party(let id, _): "@" + id
        }
    }
}
