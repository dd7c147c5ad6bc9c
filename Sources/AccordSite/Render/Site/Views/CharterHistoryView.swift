import AccordCore
import AccordInput
import AccordMetrics
import Mustache

/// The charter's git history on a partnership page (`git: true`): one row a commit, newest first.
package struct CharterHistoryView {
    package struct CommitRow {
        package var date: String
        package var author: String
        package var subject: String
        package var shortID: String
    }

    package var commits: [CommitRow]
    package var hasCommits: Bool

    /// The rows of the commits, in the order git gives them (newest first).
    package init(_ history: [CharterCommit]) {
        commits = history.map {
            CommitRow(date: $0.date, author: $0.author, subject: $0.subject, shortID: String($0.id.prefix(12)))
        }
        hasCommits = !commits.isEmpty
    }
}

extension CharterHistoryView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "commits": self.commits
        case "hasCommits": self.hasCommits
        default: nil
        }
    }
}

extension CharterHistoryView.CommitRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "author": self.author
        case "subject": self.subject
        case "shortID": self.shortID
        default: nil
        }
    }
}
