import AccordCore
import AccordMetrics
import Glibc
import Synchronization

/// The whole metrics of every partnership a build measured while rendering, kept encoded (`CompactEncoder`,
/// as in the build cache) and as their object in `metrics.json`, while the portfolio keeps only their digests:
/// `metrics.json`, the build cache and the run's outcome read them back one at a time (the export's objects are
/// made while the partnerships are measured, on every core, rather than decoded and made at the end on one). The bytes go to a file beside the output folder, removed
/// from the folder as soon as it is opened (so nothing is left behind, even by a build that is killed), and
/// stay in memory only when that file cannot be made or written.
package final class MeasuredSpool: Sendable {
    /// Where each partnership's bytes are.
    private struct State {
        /// The open, already removed, file; -1 when there is none.
        var descriptor: Int32
        /// The end of what was written to it.
        var end = 0
        /// Offset and length of each partnership's encoded metrics in the file, by slug, and the length of its
        /// object in `metrics.json` (UTF-8), which follows them.
        var spans: [String: (offset: Int, count: Int, json: Int)] = [:]
        /// The bytes kept in memory instead, by slug.
        var held: [String: (bytes: [UInt8], json: String)] = [:]
        /// Offset and length of each partnership's encoded record-less parse (its build cache entry's), by slug.
        var models: [String: (offset: Int, count: Int)] = [:]
        /// The same kept in memory instead, by slug.
        var heldModels: [String: [UInt8]] = [:]
        /// True once bytes written to the file could not be read back.
        var lost = false
    }
    private let state: Mutex<State>

    /// A spool whose file is `path` (a fresh name beside the output folder), or in memory without one.
    package init(path: String? = nil) {
        state = Mutex(State(descriptor: path.map(Self.openRemoved) ?? -1))
    }

    deinit {
        state.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
    }

    /// Creates `path`, removes its name and returns the open file; -1 on failure.
    private static func openRemoved(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return -1 }
        guard unlink(path) == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// Keeps a partnership's whole metrics and returns what the portfolio keeps of them (the whole metrics when
    /// they cannot be encoded).
    @Sendable package func keep(_ whole: PartnershipMetrics) -> PartnershipMetrics {
        guard var bytes = try? CompactEncoder.encode(whole) else { return whole }
        let (count, json) = (bytes.count, MetricsExport.partnershipObjectText(whole))
        bytes += json.utf8
        state.withLock { state in
            if state.descriptor >= 0, PositionalIO.write(state.descriptor, bytes, at: state.end) {
                state.spans[whole.slug] = (state.end, count, bytes.count - count)
                state.end += bytes.count
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
        state.withLock { state in
            if state.descriptor >= 0, PositionalIO.write(state.descriptor, bytes, at: state.end) {
                state.models[slug] = (state.end, bytes.count)
                state.end += bytes.count
            } else {
                state.heldModels[slug] = bytes
            }
        }
    }

    /// The encoded record-less parse of a partnership, if kept.
    @Sendable package func model(_ slug: String) -> [UInt8]? {
        state.withLock { state in
            if let held = state.heldModels[slug] { return held }
            guard let (offset, count) = state.models[slug] else { return nil }
            return Self.read(count, at: offset, &state)
        }
    }

    /// The encoded whole metrics of a partnership, if kept.
    @Sendable package func bytes(_ slug: String) -> [UInt8]? {
        state.withLock { state in
            if let held = state.held[slug] { return held.bytes }
            guard let (offset, count, _) = state.spans[slug] else { return nil }
            return Self.read(count, at: offset, &state)
        }
    }

    /// The object of a partnership the portfolio keeps as `kept` in `metrics.json`
    /// (`MetricsExport.partnershipObjectText`), as made when it was kept.
    @Sendable package func jsonObject(_ kept: PartnershipMetrics) -> String {
        let text: String? = state.withLock { state in
            if let held = state.held[kept.slug] { return held.json }
            guard let (offset, count, json) = state.spans[kept.slug] else { return nil }
            return Self.read(json, at: offset + count, &state).map { String(decoding: $0, as: UTF8.self) }
        }
        return text ?? MetricsExport.partnershipObjectText(kept)
    }

    /// `count` bytes of the file at `offset`; nil (and the spool marked as having lost some) when they cannot be
    /// read back.
    private static func read(_ count: Int, at offset: Int, _ state: inout State) -> [UInt8]? {
        let bytes = PositionalIO.read(state.descriptor, count: count, at: offset)
        if bytes == nil { state.lost = true }
        return bytes
    }

    /// True when the bytes go to the file (false when it could not be made).
    package var isOnFile: Bool { state.withLock { $0.descriptor >= 0 } }

    /// True when some partnership's bytes could not be read back from the file (what read them has only its
    /// digest: the build must fail rather than publish it).
    package var lostSome: Bool { state.withLock { $0.lost } }

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

/// The whole metrics of a partnership, written beside the output while the build ran, could not be read back.
struct SpoolFailure: Error, CustomStringConvertible {
    var description: String { "cannot read back the metrics spooled beside the output folder" }
}
