import AccordCore
import AccordMetrics
import Synchronization

/// The whole metrics of every partnership a build measured while rendering, kept encoded (`CompactEncoder`,
/// as in the build cache) while the portfolio keeps only their digests: `metrics.json`, the build cache and
/// the run's outcome read them back one at a time.
package final class MeasuredSpool: Sendable {
    private let encoded = Mutex<[String: [UInt8]]>([:])

    /// An empty spool.
    package init() {}

    /// Keeps a partnership's whole metrics and returns what the portfolio keeps of them (the whole metrics when
    /// they cannot be encoded).
    @Sendable package func keep(_ whole: PartnershipMetrics) -> PartnershipMetrics {
        guard let grown = try? CompactEncoder.encode(whole) else { return whole }
        // The encoder's buffer grew as it wrote (up to twice the bytes): the spool keeps an exact copy.
        let bytes = grown.withUnsafeBufferPointer { [UInt8]($0) }
        encoded.withLock { $0[whole.slug] = bytes }
        return whole.portfolioDigest
    }

    /// The encoded whole metrics of a partnership, if kept.
    @Sendable package func bytes(_ slug: String) -> [UInt8]? {
        encoded.withLock { $0[slug] }
    }

    /// The whole metrics of a partnership the portfolio keeps as `kept`.
    @Sendable package func whole(_ kept: PartnershipMetrics) -> PartnershipMetrics {
        bytes(kept.slug).flatMap { try? CompactDecoder.decode(PartnershipMetrics.self, from: $0) } ?? kept
    }

    /// The portfolio's metrics with every partnership's whole metrics.
    package func whole(_ kept: PortfolioMetrics) -> PortfolioMetrics {
        PortfolioMetrics(
            asOf: kept.asOf, partnerships: kept.partnerships.map(whole), tierDistribution: kept.tierDistribution)
    }
}
