import AccordCore
import AccordInput
import AccordMetrics
import Synchronization

/// The whole metrics of every partnership a build measured while rendering, kept encoded (`PartnershipMetrics.bytes`,
/// as in the build cache) and as their object in `metrics.json`, while the portfolio keeps only their digests:
/// `metrics.json`, the build cache and the run's outcome read them back one at a time (the export's objects are
/// made while the partnerships are measured, on every core, rather than decoded and made at the end on one). The
/// bytes go to a `SpoolFile` beside the output folder, and stay in memory only when it cannot be made or written.
package final class MeasuredSpool: Sendable {
    /// Where each partnership's bytes are.
    private struct State {
        /// Where each partnership's encoded metrics are in the file, by slug, and the length of its object in
        /// `metrics.json` (UTF-8), which follows them.
        var spans: [String: (bytes: SpoolFile.Span, json: Int)] = [:]
        /// The bytes kept in memory instead, by slug.
        var held: [String: (bytes: [UInt8], json: String)] = [:]
        /// Where each partnership's encoded record-less parse (its build cache entry's) is, by slug.
        var models: [String: SpoolFile.Span] = [:]
        /// The same kept in memory instead, by slug.
        var heldModels: [String: [UInt8]] = [:]
    }
    private let state = Mutex(State())
    /// The file the bytes go to.
    private let file: SpoolFile

    /// A spool whose file is `path` (a fresh name beside the output folder), or in memory without one.
    package init(path: String? = nil) {
        file = SpoolFile(path: path)
    }

    /// Keeps a partnership's whole metrics and returns what the portfolio keeps of them.
    @Sendable package func keep(_ whole: PartnershipMetrics) -> PartnershipMetrics {
        var bytes = whole.bytes
        let (count, json) = (bytes.count, MetricsExport.partnershipObjectText(whole))
        bytes += json.utf8
        let span = file.append(bytes)
        state.withLock { state in
            if let span {
                state.spans[whole.slug] = (SpoolFile.Span(offset: span.offset, count: count), bytes.count - count)
            } else {
                // The encoder's buffer grew as it wrote (up to twice the bytes): memory keeps an exact copy.
                state.held[whole.slug] = (bytes[..<count].withUnsafeBufferPointer { [UInt8]($0) }, json)
            }
        }
        return whole.portfolioDigest
    }

    /// Keeps the encoded record-less parse of a partnership (`Partnership.listed`), made on the core that rendered
    /// it, for its build cache entry.
    @Sendable package func keepModel(_ slug: String, _ bytes: [UInt8]) {
        let span = file.append(bytes)
        state.withLock { state in
            if let span { state.models[slug] = span } else { state.heldModels[slug] = bytes }
        }
    }

    /// The encoded record-less parse of a partnership, if kept.
    @Sendable package func model(_ slug: String) -> [UInt8]? {
        let (held, span) = state.withLock { ($0.heldModels[slug], $0.models[slug]) }
        return held ?? span.flatMap(file.read)
    }

    /// The encoded whole metrics of a partnership, if kept.
    @Sendable package func bytes(_ slug: String) -> [UInt8]? {
        let (held, span) = state.withLock { ($0.held[slug], $0.spans[slug]) }
        return held?.bytes ?? span.flatMap { file.read($0.bytes) }
    }

    /// The object of a partnership the portfolio keeps as `kept` in `metrics.json`
    /// (`MetricsExport.partnershipObjectText`), as made when it was kept.
    @Sendable package func jsonObject(_ kept: PartnershipMetrics) -> String {
        let (held, span) = state.withLock { ($0.held[kept.slug], $0.spans[kept.slug]) }
        let text =
            held?.json
            ?? span.flatMap { span in
                file.read(SpoolFile.Span(offset: span.bytes.offset + span.bytes.count, count: span.json))
                    .map { String(decoding: $0, as: UTF8.self) }
            }
        return text ?? MetricsExport.partnershipObjectText(kept)
    }

    /// True when the bytes go to the file (false when it could not be made).
    package var isOnFile: Bool { file.isOpen }

    /// True when some partnership's bytes could not be read back from the file (what read them has only its
    /// digest: the build must fail rather than publish it).
    package var lostSome: Bool { file.lostSome }

    /// The whole metrics of a partnership the portfolio keeps as `kept`.
    @Sendable package func whole(_ kept: PartnershipMetrics) -> PartnershipMetrics {
        bytes(kept.slug).flatMap { try? PartnershipMetrics(bytes: $0) } ?? kept
    }

    /// The portfolio's metrics with every partnership's whole metrics.
    package func whole(_ kept: PortfolioMetrics) -> PortfolioMetrics {
        PortfolioMetrics(
            asOf: kept.asOf, partnerships: kept.partnerships.map(whole), tierDistribution: kept.tierDistribution)
    }
}

/// The whole metrics of a partnership, written beside the output while the build ran, could not be read back.
struct SpoolFailure: Error, CustomStringConvertible {
    var description: String { "cannot read back the metrics spooled beside the output folder" }
}
