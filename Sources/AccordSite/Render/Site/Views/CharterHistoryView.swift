import AccordCore
import AccordInput
import AccordMetrics
import Mustache

/// The charter's git history on a partnership page (`git: true`): one row a commit, newest first.
package struct CharterHistoryView: TemplateView {
    package struct CommitRow: TemplateView {
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
