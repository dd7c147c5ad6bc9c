/// One partnership: its charter and its meeting notes, sorted by date then path.
public struct Partnership: Sendable, Codable, Equatable {
    /// Folder name under `partnerships/`.
    public var slug: String
    /// The charter.
    public var charter: Charter
    /// Meeting notes sorted by date, then by path.
    public var meetings: [Meeting]
    /// The commits that touched the charter, newest first (`git: true`); nil when git is not read.
    public var charterHistory: [CharterCommit]?

    /// A partnership; meetings are sorted by date then path.
    public init(slug: String, charter: Charter, meetings: [Meeting]) {
        self.slug = slug
        self.charter = charter
        self.meetings = meetings.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
    }

    /// Path of the partnership page relative to the output folder.
    public var pagePath: String { "partnerships/\(slug)/index.html" }
}
