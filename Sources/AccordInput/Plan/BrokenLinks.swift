import Synchronization

/// Collects links that point to missing notes while one document renders (from any thread).
package final class BrokenLinks: Sendable {
    private let found = Mutex<[String]>([])
    /// An empty collector.
    package init() {}
    /// The links found so far, in the order found.
    package var links: [String] { found.withLock { $0 } }
    /// Records a link to a missing note.
    package func add(_ link: String) { found.withLock { $0.append(link) } }
}
