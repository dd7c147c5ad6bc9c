import AccordCore
import AccordInput
import AccordMetrics
import Synchronization

/// What `accord serve` keeps between its rebuilds: the cache the last build wrote and that cache's partnerships
/// and metrics already decoded, so that a rebuild neither reads nor decodes the cache file. A build without it
/// (`accord build`) reads the file; the rules of reuse are the same.
public final class BuildMemory: Sendable {
    /// One partnership of the cache, decoded.
    struct Decoded: Sendable {
        /// The fingerprint of its Markdown files.
        var input: ContentHash
        /// Its slim parse (`Partnership.listed`), nil when its charter failed.
        var partnership: Partnership?
        /// Its metrics, nil when it was not measured.
        var metrics: PartnershipMetrics?
    }

    private let state = Mutex<(cache: BuildCache?, decoded: [String: Decoded])>((nil, [:]))
    /// The content files the last build read, taken again when their stamps did not change.
    let files = LoadMemory()

    /// An empty memory: the first build reads the cache file, if there is one.
    public init() {}

    /// The cache the last build wrote.
    var cache: BuildCache? { state.withLock { $0.cache } }

    /// A partnership of the last cache, decoded, when its files had the fingerprint `input`.
    func decoded(_ slug: String, input: ContentHash) -> Decoded? {
        state.withLock { state in state.decoded[slug].flatMap { $0.input == input ? $0 : nil } }
    }

    /// Keeps what a build wrote.
    func remember(_ cache: BuildCache, decoded: [String: Decoded]) {
        state.withLock { $0 = (cache, decoded) }
    }
}
