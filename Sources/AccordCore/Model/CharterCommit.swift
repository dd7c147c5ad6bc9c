/// One commit that touched a partnership's `charter.md`, from `git log` (`git: true` in `accord.yml`).
public struct CharterCommit: Sendable, Hashable, Codable {
    /// The full commit id.
    public var id: String
    /// The author date, `YYYY-MM-DD`.
    public var date: String
    /// The author's name as recorded in the commit.
    public var author: String
    /// The commit subject.
    public var subject: String

    /// A commit of its parts.
    package init(id: String, date: String, author: String, subject: String) {
        self.id = id
        self.date = date
        self.author = author
        self.subject = subject
    }
}
