/// Who may read a note or a section: every party of the partnership, one party, or (after an error) nobody.
public enum Visibility: Sendable, Hashable, Codable {
    /// Every party (`visibility: joint`, the default).
    case joint
    /// One party, by id (`visibility: acme`, `## Position (private: acme)`).
    case privateTo(String)
    /// A value that could not be read or names no party of the charter: left out of every view.
    case nobody

    /// True when a view shows content of this visibility.
    public func isShown(in view: PortfolioView) -> Bool {
        switch (self, view) {
        case (.joint, _): true
        case (.privateTo(let owner), .party(let id)): owner == id
        default: false
        }
    }
}

/// The site as one audience sees it: the joint view, or one party's view (joint content plus its own).
public enum PortfolioView: Sendable, Hashable, CustomStringConvertible, Codable {
    /// What every party may read.
    case joint
    /// Joint content plus what is private to this party id.
    case party(String)

    /// `joint`, or the party id, as `--view` takes it.
    public var description: String {
        switch self {
        case .joint: "joint"
        case .party(let id): id
        }
    }

    /// The view named on the command line: `joint` is the joint view, anything else a party id.
    public init(argument: String) {
        self = argument == "joint" ? .joint : .party(argument)
    }
}

/// An H2 section private to one party: from its heading to the next H1 or H2.
public struct PrivateSection: Sendable, Hashable, Codable {
    /// Who may read it.
    public var visibility: Visibility
    /// The party id as written in `(private: …)`.
    public var party: String
    /// Where the party id is written (or the heading, when it is empty).
    public var partyLocation: SourceLocation
    /// The heading's line in the file.
    public var line: Int
    /// The line of the next H1 or H2 (the first line after the section); nil when it runs to the end.
    public var endLine: Int?

    /// A private section of its parts.
    package init(visibility: Visibility, party: String, partyLocation: SourceLocation, line: Int, endLine: Int?) {
        self.visibility = visibility
        self.party = party
        self.partyLocation = partyLocation
        self.line = line
        self.endLine = endLine
    }

    /// True when a file line belongs to the section.
    public func contains(line number: Int) -> Bool {
        number >= line && number < (endLine ?? Int.max)
    }
}

/// What of a note or charter is private: the whole file, and its private sections.
public struct NotePrivacy: Sendable, Hashable, Codable {
    /// The whole file's visibility (`visibility:` in the front matter).
    public var visibility: Visibility = .joint
    /// Where `visibility:` is written, when it is.
    public var location: SourceLocation?
    /// The private H2 sections, in order.
    public var sections: [PrivateSection] = []

    /// Nothing private.
    public init() {}

    /// True when some of the file is private (the whole file or a section).
    public var hasPrivateContent: Bool {
        visibility != .joint || !sections.isEmpty
    }

    /// The sections a view does not show.
    public func hiddenSections(in view: PortfolioView) -> [PrivateSection] {
        sections.filter { !$0.visibility.isShown(in: view) }
    }
}
