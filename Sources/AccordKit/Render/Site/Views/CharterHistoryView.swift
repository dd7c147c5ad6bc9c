import Mustache

/// The charter's git history on a partnership page (`git: true`): one row a commit, newest first.
struct CharterHistoryView {
    struct CommitRow {
        var date: String
        var author: String
        var subject: String
        var shortID: String
    }

    var commits: [CommitRow]
    var hasCommits: Bool

    /// The rows of the commits, in the order git gives them (newest first).
    init(_ history: [CharterCommit]) {
        commits = history.map { CommitRow(date: $0.date, author: $0.author, subject: $0.subject, shortID: String($0.id.prefix(12))) }
        hasCommits = !commits.isEmpty
    }
}

extension CharterHistoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "commits": self.commits
        case "hasCommits": self.hasCommits
        default: nil
        }
    }
}

extension CharterHistoryView.CommitRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "author": self.author
        case "subject": self.subject
        case "shortID": self.shortID
        default: nil
        }
    }
}
