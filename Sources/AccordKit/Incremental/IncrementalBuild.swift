import AccordCore
import AccordInput
import AccordMetrics
import AccordSite
import Foundation
import Synchronization

/// One build's use of the build cache. A partnership folder whose Markdown files are byte for byte those of the
/// previous build, and whose pages are still the files that build wrote, is neither parsed, measured nor rendered:
/// its parse (without Markdown trees), diagnostics and metrics come from the cache and its pages are linked into
/// the new site. Measuring and rendering are reused only when nothing else they read changed (the rendering key)
/// and the portfolio has no private content (the redaction check reads every note's text); otherwise the reused
/// folders are parsed again, and the build is a full one that still links every file whose bytes are unchanged.
package final class IncrementalBuild: Sendable {
    /// The cache file beside the output folder.
    package let cachePath: String
    /// Where the cache's index and data file are written before they are renamed into place (removed by the
    /// next build if left).
    private let temporaryPath: String
    private let temporaryDataPath: String
    /// The cache as read (on another thread, while the content loads), before its settings key is compared.
    private let reading: BackgroundValue<(cache: BuildCache?, output: PreviousOutput?)>
    /// The cache as read, before its settings key is compared.
    private var stored: BuildCache? { reading.value.cache }
    /// The files of the previous site, linked when unchanged (whatever the keys: their bytes are compared).
    package var previousOutput: PreviousOutput? { reading.value.output }
    /// What `serve` keeps between rebuilds.
    private let memory: BuildMemory?

    struct State {
        var settings = ContentHash()
        var previous: BuildCache?
        var reused: [String: (files: PartnershipFiles, decoded: BuildMemory.Decoded)] = [:]
        var fresh: [String: (input: ContentHash, parsed: PortfolioParser.Parsed)] = [:]
        var rendering: ContentHash?
        var reusesRendering = false
        var linkKeys: [String: ContentHash] = [:]
        /// The metrics of partnerships measured or decoded in this build, by slug.
        var measured: [String: PartnershipMetrics] = [:]
    }
    let state = Mutex(State())

    /// Reads the cache beside the output folder of `options` (none with `--no-cache`), or takes the one the
    /// last build of `memory` wrote.
    package init(_ options: BuildOptions, memory: BuildMemory? = nil) {
        let place = OutputPlace(outputPath: options.outputPath)
        cachePath = place.sibling("cache")
        temporaryPath = place.uniqueSibling("cachetmp")
        temporaryDataPath = place.uniqueSibling("cachetmp")
        self.memory = options.usesCache ? memory : nil
        let (path, uses, kept) = (cachePath, options.usesCache, memory?.cache)
        reading = BackgroundValue {
            guard uses, let cache = kept ?? BuildCache.read(path) else { return (nil, nil) }
            var files: [String: PreviousFile] = [:]
            for entry in cache.header.files { files[entry.path] = entry.file }
            return (cache, PreviousOutput(folder: place.path, files: files))
        }
    }

    /// Takes the loaded settings file into the key: the cache's partnerships are reused only when the binary,
    /// the options parsing reads and accord.yml are those of the build that wrote it.
    package func open(_ options: BuildOptions, settingsText: String?) {
        var key = ContentHash(Self.binaryIdentity)
        key.combine(options.includeDrafts ? 1 : 0)
        key.combine(settingsText.map { "accord.yml\n" + $0 } ?? "")
        let previous = stored?.header.settings == key ? stored : nil
        state.withLock { state in
            state.settings = key
            state.previous = previous
        }
    }

    /// True when the previous build's cache is read (`open`): this build may reuse its parses and renderings.
    package var readsPrevious: Bool { state.withLock { $0.previous != nil } }

    /// The previous build's parse of a folder whose Markdown files and pages are unchanged; nil to parse it.
    @Sendable package func reuse(_ files: PartnershipFiles, input: ContentHash) -> PortfolioParser.Parsed? {
        guard let entry = state.withLock({ $0.previous?.entries[files.slug] }), let previousOutput,
            entry.meta.input == input,
            entry.meta.pages.allSatisfy(previousOutput.isUnchanged)
        else { return nil }
        if let known = memory?.decoded(files.slug, input: entry.meta.input) {
            state.withLock { $0.reused[files.slug] = (files, known) }
            return PortfolioParser.Parsed(partnership: known.partnership, diagnostics: entry.meta.diagnostics)
        }
        var partnership: Partnership?
        if !entry.model.isEmpty {
            guard let bytes = entry.model.bytes, let model = try? Partnership(bytes: bytes)
            else { return nil }
            partnership = model
        }
        // The metrics are decoded only if this build reads them (`knownMetrics`).
        let decoded = BuildMemory.Decoded(input: entry.meta.input, partnership: partnership, metrics: nil)
        state.withLock { $0.reused[files.slug] = (files, decoded) }
        return PortfolioParser.Parsed(partnership: partnership, diagnostics: entry.meta.diagnostics)
    }

    /// Remembers what a folder (whose files' fingerprint is `input`) parsed into, for the next build.
    @Sendable package func parsed(_ files: PartnershipFiles, input: ContentHash, _ result: PortfolioParser.Parsed) {
        state.withLock { $0.fresh[files.slug] = (input, result) }
    }

    /// Decides, once the theme, the report date and the links are known, whether measuring and rendering are
    /// reused; when not, the reused folders are parsed again (their Markdown trees are not in the cache). A
    /// folder whose links now lead elsewhere is parsed again too.
    package func settle(_ portfolio: inout Portfolio, rendering: ContentHash, eligible: Bool) {
        let links = LinkMap(portfolio: portfolio)
        var linkKeys: [String: ContentHash] = [:]
        for partnership in portfolio.partnerships { linkKeys[partnership.slug] = Self.linkKey(partnership, links) }
        let again: [(files: PartnershipFiles, input: ContentHash)] = state.withLock { state in
            var rendering = rendering
            rendering.combine(state.settings)
            let reusable = eligible && state.previous?.header.rendering == rendering
            state.rendering = eligible ? rendering : nil
            state.reusesRendering = reusable
            state.linkKeys = linkKeys
            let stale = state.reused.filter { slug, _ in
                !reusable || state.previous?.entries[slug]?.meta.links != linkKeys[slug]
            }
            for slug in stale.keys { state.reused[slug] = nil }
            return stale.values.map { ($0.files, $0.decoded.input) }
        }
        guard !again.isEmpty else { return }
        let reparsed = again.parallelMap { files, input -> (String, Partnership?) in
            var scratch = DiagnosticBag()  // the same diagnostics the cache gave
            let partnership = PortfolioParser.parsePartnership(files, diagnostics: &scratch)
            self.parsed(files, input: input, PortfolioParser.Parsed(partnership: partnership, diagnostics: scratch.all))
            return (files.slug, partnership)
        }
        var bySlug: [String: Partnership] = [:]
        for case (let slug, let partnership?) in reparsed { bySlug[slug] = partnership }
        for index in portfolio.partnerships.indices {
            if let fresh = bySlug[portfolio.partnerships[index].slug] { portfolio.partnerships[index] = fresh }
        }
    }

    /// The metrics of a partnership this build already measured, or of a reused one (decoded from the cache on
    /// first use, or measured with `config` at `asOf` from its files if that fails); nil for one to measure.
    @Sendable package func knownMetrics(
        _ partnership: Partnership, config: SiteConfig, asOf: Day
    ) -> PartnershipMetrics? {
        let (known, reusable, item, entry) = state.withLock {
            (
                $0.measured[partnership.slug], $0.reusesRendering, $0.reused[partnership.slug],
                $0.previous?.entries[partnership.slug]
            )
        }
        if let known { return known }
        guard reusable, let item else { return nil }
        if let metrics = item.decoded.metrics { return metrics }
        var metrics = entry?.metrics.bytes.flatMap { try? PartnershipMetrics(bytes: $0) }
        if metrics == nil {
            // Never measured from the slim parse: a cache entry that cannot be read is parsed again.
            var scratch = DiagnosticBag()
            metrics = PortfolioParser.parsePartnership(item.files, diagnostics: &scratch).map {
                MetricsEngine.measure($0, config: config, asOf: asOf)
            }
        }
        state.withLock { $0.measured[partnership.slug] = metrics }
        return metrics
    }

    /// The pages of a reused partnership, linked from the previous site.
    @Sendable package func unchangedPages(_ partnership: Partnership) -> [String]? {
        state.withLock { state in
            state.reusesRendering && state.reused[partnership.slug] != nil
                ? state.previous?.entries[partnership.slug]?.meta.pages : nil
        }
    }

    /// True when measuring and rendering reuse the previous build's (settled by `settle`).
    package var reusesRendering: Bool { state.withLock { $0.reusesRendering } }

    /// Lets go of the records of a partnership this build parsed, once it is handed to the renderer: its cache
    /// entry is made from `slim`, the record-less copy the portfolio keeps (`Pipeline.slimmed`), which it
    /// shares; a build that writes no entries (no rendering key) keeps nothing of it.
    @Sendable package func rendered(_ slug: String, slim: Partnership, spool: MeasuredSpool? = nil) {
        // Its entry's parse is encoded here, on the core that rendered it, rather than when the cache is written.
        if let spool, state.withLock({ $0.rendering != nil && $0.fresh[slug]?.parsed.partnership != nil }) {
            spool.keepModel(slug, slim.bytes)
        }
        state.withLock { state in
            guard state.fresh[slug]?.parsed.partnership != nil else { return }
            state.fresh[slug]?.parsed.partnership = state.rendering == nil ? nil : slim
        }
    }

    /// How many partnership folders were neither parsed, measured nor rendered.
    package var reusedCount: Int { state.withLock { $0.reusesRendering ? $0.reused.count : 0 } }

    /// Writes the cache for the next build: every partnership when the build could reuse them, and always the
    /// fingerprints and stamps of the files written. A failure to write it only costs the next build its speed.
    /// With `spool`, `metrics` are digests and each partnership's whole metrics are the spool's.
    package func save(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, spool: MeasuredSpool? = nil,
        written: [String: PreviousFile]
    ) {
        let (settings, previous, rendering, reused, fresh, linkKeys, known) = state.withLock {
            ($0.settings, $0.previous, $0.rendering, $0.reused, $0.fresh, $0.linkKeys, $0.measured)
        }
        let header = BuildCache.Header(
            settings: settings, rendering: rendering ?? ContentHash(), files: Self.files(written))
        var bySlug: [String: PartnershipMetrics] = [:]
        for item in metrics.partnerships { bySlug[item.slug] = item }
        let measured = bySlug
        guard let memory else {
            // A build keeps nothing: each entry is made as it is written.
            let slugs = rendering == nil ? [] : Set(reused.keys).union(fresh.keys).sorted()
            _ = try? BuildCache.write(
                cachePath, temporary: temporaryPath, temporaryData: temporaryDataPath, header: header, slugs: slugs,
                previous: previous
            ) { slug in
                if reused[slug] != nil { return previous?.entries[slug] }
                guard let item = fresh[slug] else { return nil }
                return Self.entry(
                    slug, item.input, item.parsed, metrics: measured[slug], spool: spool,
                    links: linkKeys[slug], keeping: false)?.0
            }
            return
        }
        var entries: [String: BuildCache.Entry] = [:]
        var decoded: [String: BuildMemory.Decoded] = [:]
        if rendering != nil {
            for (slug, item) in reused {
                entries[slug] = previous?.entries[slug]
                decoded[slug] = item.decoded
                decoded[slug]?.metrics = item.decoded.metrics ?? known[slug]
            }
            let built = fresh.filter { reused[$0.key] == nil }.map { ($0.key, $0.value) }
                .parallelMap { slug, item -> (BuildCache.Entry, BuildMemory.Decoded)? in
                    Self.entry(
                        slug, item.input, item.parsed, metrics: measured[slug], spool: spool,
                        links: linkKeys[slug], keeping: true)
                }
            for case (let entry, let known)? in built {
                entries[entry.meta.slug] = entry
                decoded[entry.meta.slug] = known
            }
        }
        let cache = BuildCache(header: header, entries: entries, data: previous?.data)
        // The memory keeps the cache as written (its entries' bytes in the data file), or as made.
        let written = try? cache.write(cachePath, temporary: temporaryPath, temporaryData: temporaryDataPath)
        memory.remember(written ?? cache, decoded: decoded)
    }

    private static func files(_ written: [String: PreviousFile]) -> [BuildCache.CachedFile] {
        written.keys.sorted().compactMap { path in written[path].map { BuildCache.CachedFile(path: path, file: $0) } }
    }

    /// A fresh entry and the same, decoded (its slim partnership only when `keeping`); nil when it cannot be
    /// encoded (the folder is then parsed again).
    private static func entry(
        _ slug: String, _ input: ContentHash, _ parsed: PortfolioParser.Parsed, metrics: PartnershipMetrics?,
        spool: MeasuredSpool? = nil, links: ContentHash?, keeping: Bool
    ) -> (BuildCache.Entry, BuildMemory.Decoded)? {
        let (spooled, spooledModel) = (spool?.bytes(slug), spool?.model(slug))
        // Metrics the spool could not give back are left out (a digest is never cached as the metrics).
        if spool?.lostSome == true { return nil }
        var pages: [String] = []
        var model: [UInt8] = []
        var slimmed: Partnership?
        if let parsed = parsed.partnership {
            if metrics != nil { pages.append(parsed.pagePath) }
            pages += parsed.meetings.map(\.pagePath)
            // A reused partnership is neither measured nor rendered: it keeps only what the portfolio-wide steps
            // read. The random-edit test compares every such build with a full one.
            // (Made here only when the render job did not encode it already, or when the memory keeps it.)
            let listed = spooledModel == nil || keeping ? parsed.listed : nil
            guard let bytes = spooledModel ?? listed?.bytes else { return nil }
            model = bytes
            slimmed = keeping ? listed : nil
        }
        var measuredBytes: [UInt8] = []
        if let spooled {
            measuredBytes = spooled
        } else if let metrics {
            measuredBytes = metrics.bytes
        }
        let meta = BuildCache.Meta(
            slug: slug, input: input, diagnostics: parsed.diagnostics, pages: pages, links: links ?? ContentHash())
        return (
            BuildCache.Entry(meta: meta, model: BuildCachePart(model), metrics: BuildCachePart(measuredBytes)),
            // Spooled metrics are kept as digests here: `knownMetrics` decodes the whole ones from the entry.
            BuildMemory.Decoded(input: input, partnership: slimmed, metrics: spooled == nil ? metrics : nil)
        )
    }

    /// The key of what measuring and rendering read besides the partnership's own files: the theme, the report
    /// date, the options, the page head and every note's page (a link between notes is written from it).
    package static func renderingKey(
        _ options: BuildOptions, theme: Theme, head: PageHead, reportDate: Day, _ portfolio: Portfolio
    ) -> ContentHash {
        var key = theme.fingerprint
        key.combine(reportDate.description)
        key.combine("\(options.view) \(options.allowsRawHTML) \(options.generator)")
        key.combine(String(describing: head))
        return key
    }

    /// Where the links of a partnership's notes lead (another note's page, or nowhere): its pages are written
    /// from it, so a note added, removed or renamed elsewhere rebuilds only the partnerships that link to it.
    package static func linkKey(_ partnership: Partnership, _ links: LinkMap) -> ContentHash {
        var key = ContentHash()
        let notes =
            [(partnership.charter.path, partnership.charter.links)] + partnership.meetings.map { ($0.path, $0.links) }
        for (source, found) in notes {
            for link in found {
                key.combine(source)
                key.combine(link.destination)
                key.combine("\(links.target(of: link.destination, source: source))")
            }
        }
        return key
    }

    /// Who this binary is (path, size and modification time): another build of Accord may parse, measure or
    /// render differently. When it cannot be told, a key no cache has, so nothing is reused.
    static let binaryIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        guard let stamp = FileStamp.of(path) else { return "unknown binary " + UUID().uuidString }
        return "\(path) \(stamp.size) \(stamp.modified)"
    }()
}
