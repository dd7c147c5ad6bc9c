/// Collects links that point to missing notes while one document renders.
final class BrokenLinks: @unchecked Sendable {
    private(set) var links: [String] = []
    func add(_ link: String) { links.append(link) }
}
