/// Collects links that point to missing notes while one document renders.
package final class BrokenLinks: @unchecked Sendable {
    package private(set) var links: [String] = []
    /// An empty collector.
    package init() {}
    package func add(_ link: String) { links.append(link) }
}
