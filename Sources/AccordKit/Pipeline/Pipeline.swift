import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

/// The whole run, top to bottom: load → parse → validate → plan → measure → render → write.
/// Only the first and the last step touch the disk.
public enum Pipeline {
    /// What a run should do.
    public enum Mode: Sendable {
        /// Everything but writing (`accord check`).
        case check
        /// Everything, writing the site (`accord build`).
        case build
        /// Everything but rendering and writing (`accord metrics`).
        case measure
    }

    /// The outcome of a run.
    public struct Outcome: Sendable {
        /// Every diagnostic, sorted by file, line and column.
        public var diagnostics: [Diagnostic]
        /// The process exit status: 0 success, 1 content errors, 2 a malformed `SOURCE_DATE_EPOCH`, an output
        /// folder that clashes with the content folder or an unknown `--view`, 3 I/O, template or redaction failure,
        /// 4 only health gates failed.
        public var exitCode: Int32
        /// The report date used.
        public var reportDate: Day?
        /// Where the report date came from.
        public var reportDateSource: ReportDate.Source?
        /// The metrics, when the content could be measured; nil too after a build that linked the portfolio pages
        /// of the previous build without reading the metrics of the partnerships it reused. After a build that
        /// measured while rendering, each partnership's whole metrics are decoded from the spool when asked for.
        public var metrics: PortfolioMetrics? {
            get { measured.map { spool?.whole($0) ?? $0 } }
            set {
                measured = newValue
                spool = nil
            }
        }
        /// The metrics as the run kept them (digests when `spool` holds the whole ones).
        var measured: PortfolioMetrics?
        /// The whole metrics of a build that measured while rendering.
        var spool: MeasuredSpool?
        /// Number of files written (build only).
        public var filesWritten: Int = 0
        /// Of those, the files whose bytes the previous build had already written: linked, not written again.
        public var filesUnchanged: Int = 0
        /// Partnerships neither parsed, measured nor rendered again (their files had not changed since the
        /// previous build).
        public var partnershipsReused: Int = 0
        /// True when the index, actions and metrics pages were not rendered again (no partnership's metrics or
        /// charter changed since the previous build).
        public var portfolioPagesReused = false
        /// A failure that is not about the content (I/O, templates), for the summary.
        public var failure: String?
        /// The template override folder used (`--templates` or `templates:` in accord.yml), if any.
        public var templatesFolder: String?
        /// The failing health gates (check and build; not measure).
        public var gateFailures: [GateFailure] = []
    }

    /// Runs the pipeline. `memory` (kept by `accord serve` between its rebuilds) spares a build reading and
    /// decoding the build cache the previous one wrote.
    public static func run(_ options: BuildOptions, mode: Mode, memory: BuildMemory? = nil) -> Outcome {
        var diagnostics = DiagnosticBag()
        var templatesFolder: String?
        var gates = GateOutcome()
        // Only `build` reuses the previous build (check must read everything it reports).
        let incremental = mode == .build ? IncrementalBuild(options, memory: memory) : nil
        // The site plan's findings, computed on another thread while the build goes on (taken in by `finish` or
        // before the site is published).
        var pendingPlan: BackgroundValue<[Diagnostic]>?
        // The whole metrics of a build that measures while rendering (its `metrics` are digests).
        var spool: MeasuredSpool?
        /// Reports the plan's findings (once) and returns them.
        @discardableResult func takePlan() -> DiagnosticBag {
            var taken = DiagnosticBag()
            for problem in pendingPlan?.value ?? [] { taken.report(problem) }
            diagnostics.merge(taken)
            pendingPlan = nil
            return taken
        }
        func finish(
            _ code: Int32, reportDate: (Day, ReportDate.Source)? = nil, metrics: PortfolioMetrics? = nil,
            written: Int = 0, unchanged: Int = 0, failure: String? = nil
        ) -> Outcome {
            takePlan()
            var code = code
            if code == 0, diagnostics.stopsBuild(strict: options.strict) { code = 1 }
            if code == 0, gates.fails { code = 4 }
            return Outcome(
                diagnostics: gates.merged(into: diagnostics), exitCode: code, reportDate: reportDate?.0,
                reportDateSource: reportDate?.1, measured: metrics, spool: spool, filesWritten: written,
                filesUnchanged: unchanged, partnershipsReused: incremental?.reusedCount ?? 0, failure: failure,
                templatesFolder: templatesFolder, gateFailures: gates.failures)
        }

        // The environment is checked first, as the command line is: a malformed SOURCE_DATE_EPOCH is a usage error.
        let epochDay: Day?
        do {
            epochDay = try ReportDate.epochDay(options.sourceDateEpoch)
        } catch {
            return finish(2, failure: error.message)
        }

        // The output may not be the content, inside it, or above it (real paths compared) — before anything is read.
        if mode == .build, let clash = OutputPlace.conflict(content: options.contentPath, output: options.outputPath) {
            return finish(2, failure: clash)
        }

        // The theme compiles beside loading and parsing (`earlyTheme`).
        let earlyTheme = mode == .measure ? nil : Self.earlyTheme(options)

        // 1–3. Load, parse and validate (the file texts are released as soon as they are parsed)
        guard
            let (parsed, assets, trees) = loadAndParse(
                options, diagnostics: &diagnostics, readsGit: mode != .measure, incremental: incremental,
                files: options.usesCache ? memory?.files : nil, letsTreesGo: true,
                letsRecordsGo: mode == .build)
        else {
            return finish(3, failure: "content folder '\(options.contentPath)' does not exist or is not a folder")
        }
        var portfolio = consume parsed
        // The views of a portfolio with private content are cut from the notes' trees: all of them come back.
        if portfolio.hasPrivateContent {
            do throws(NoteTrees.Changed) {
                try trees?.restoreAll(&portfolio)
            } catch {
                return finish(3, failure: error.description)
            }
        }
        for diagnostic in MetricThresholds.validate(portfolio.config.thresholds) { diagnostics.report(diagnostic) }
        let head = PageHead.resolve(
            portfolio.config, staticFiles: assets.filter { $0.sourcePath.hasPrefix("static/") },
            diagnostics: &diagnostics)
        let reportDate = ReportDate.resolve(
            flag: options.asOf, settings: portfolio.config.asOf,
            sourceDateEpoch: epochDay, today: options.today)
        FutureNotes.check(portfolio, reportDate: reportDate.0, diagnostics: &diagnostics)
        if let problem = unknownView(options.view, in: portfolio) { return finish(2, failure: problem) }

        // Templates are compiled before measuring so that `check` reports template errors too.
        var theme: Theme?
        if mode != .measure {
            do {
                let overrides =
                    options.templatesPath
                    ?? templatesFromSettings(portfolio.config, options, diagnostics: &diagnostics)
                templatesFolder = overrides
                if let earlyTheme, overrides == options.templatesPath {
                    theme = try earlyTheme.value.get()
                } else {
                    theme = try Theme.load(overrideFolder: overrides, allowsUnescapedText: options.allowsRawHTML)
                }
                for warning in theme?.warnings ?? [] { diagnostics.report(warning) }
            } catch {
                for diagnostic in error.diagnostics { diagnostics.report(diagnostic) }
                return finish(3, reportDate: reportDate, failure: "the templates have errors")
            }
        }

        if let incremental, let theme {
            incremental.settle(
                &portfolio,
                rendering: IncrementalBuild.renderingKey(
                    options, theme: theme, head: head, reportDate: reportDate.0, portfolio),
                eligible: options.view == .joint && !portfolio.hasPrivateContent && !portfolio.config.readsGit)
        }
        // Only the view's content is measured and rendered; every file was validated whole above.
        var cut = portfolio.cut(to: options.view)

        // The site plan: every output path and every link between notes, in `check` as in `build`. It needs
        // nothing the next steps make, so it runs beside them; a build takes its findings in before it publishes.
        // It reads only the notes' paths, links and anchors: it is given the portfolio without records.
        // (`accord metrics` renders nothing and plans nothing: it keeps the portfolio as it is.)
        let slim = theme == nil ? portfolio : Self.slimmed(portfolio, trees: trees)
        if let theme {
            let (planned, themeAssets, themeIDs) = (slim, Array(theme.assets.keys), theme.ids)
            pendingPlan = BackgroundValue {
                SitePlan(portfolio: planned, assets: assets, themeAssets: themeAssets, themeIDs: themeIDs).diagnostics
            }
        }

        // 4. Measure (a build reusing the previous one measures only what it parsed again). A build that measures
        // every partnership measures each as it renders it (steps 4–6 below, `renderMeasuring`).
        let streams = mode == .build && theme != nil && !(incremental?.reusesRendering ?? false)
        let measured =
            streams
            ? nil
            : incremental?.measure(cut.portfolio, asOf: reportDate.0)
                ?? IncrementalBuild.Measured(
                    metrics: MetricsEngine.measure(cut.portfolio, asOf: reportDate.0), reusedPortfolioPages: nil,
                    complete: true)
        var reported = measured.flatMap { $0.complete ? $0.metrics : nil }
        if mode != .measure, let metrics = measured?.metrics {
            gates = GateOutcome(cut.portfolio, metrics: metrics, enforced: mode == .check || options.enforcesGates)
        }
        guard let theme else { return finish(0, reportDate: reportDate, metrics: reported) }
        var renderer = SiteRenderer(
            theme: theme, allowsRawHTML: options.allowsRawHTML, generator: options.generator,
            head: head)
        guard mode == .build, !gates.fails else {
            // `check` renders every view in memory and looks for its private lines in the output.
            if mode == .check,
                checkRedaction(
                    portfolio, assets: assets, asOf: reportDate.0, renderer: renderer, diagnostics: &diagnostics)
            {
                return finish(
                    3, reportDate: reportDate, metrics: reported,
                    failure: "redaction failure: a view would publish private lines (see above)")
            }
            if options.leavesMemoryAtExit { LeftAtExit.keep(portfolio, cut) }
            return finish(0, reportDate: reportDate, metrics: reported)
        }

        // 5–6. Render and write, a partnership at a time, into a folder that replaces the output
        // only when everything succeeded and no file holds a line the view leaves out.
        renderer.view = options.view
        let leakCheck = LeakCheck(cut)
        let leaks = LeakCollector()
        if diagnostics.stopsBuild(strict: options.strict) {
            return finish(1, reportDate: reportDate, metrics: reported)
        }
        let writer = OutputWriter(
            outputPath: options.outputPath, lockTimeout: options.lockTimeout, onWait: options.onWait)
        // A failure to write is reported only when the content has no error: the site plan's errors (two files
        // at one path) come first, as they would have before the write began.
        func writeFailed(_ error: any Error) -> Outcome {
            takePlan()
            if diagnostics.stopsBuild(strict: options.strict) {
                return finish(1, reportDate: reportDate, metrics: reported)
            }
            return finish(3, reportDate: reportDate, metrics: reported, failure: "\(error)")
        }
        let staging: StagedOutput
        do {
            staging = try writer.begin(previous: incremental?.previousOutput)
        } catch {
            return writeFailed(error)
        }
        let counter = FileCounter()
        let portfolioPagesReused = measured?.reusedPortfolioPages != nil
        let emit: @Sendable ([OutputFile]) throws -> Void = { files in
            // After a leak the files are still searched (so every leaked file is named) but not written.
            leaks.add(leakCheck.leaks(in: files))
            guard leaks.isEmpty else { return }
            try staging.write(files)
            counter.add(files.count)
        }
        let metrics: PortfolioMetrics
        do {
            if let measured {
                metrics = measured.metrics
                try renderer.render(
                    cut.portfolio, metrics: metrics, assets: viewAssets(assets, cut),
                    diagnostics: &diagnostics, unchanged: { incremental?.unchangedPages($0) },
                    reusedPortfolioPages: measured.reusedPortfolioPages, trees: { try trees?.restored($0) ?? $0 },
                    emit: emit)
            } else {
                // Each partnership is handed over whole once, then kept only without its records.
                let handOff = PartnershipHandOff(cut.portfolio.partnerships)
                cut.portfolio.partnerships = Self.slimmed(cut.portfolio, sharing: slim, cutFrom: portfolio).partnerships
                portfolio = slim
                let (config, asOf) = (cut.portfolio.config, reportDate.0)
                let kept = MeasuredSpool(path: OutputPlace(outputPath: options.outputPath).uniqueSibling("spool"))
                spool = kept
                metrics = try renderer.renderMeasuring(
                    cut.portfolio, asOf: asOf, assets: viewAssets(assets, cut), diagnostics: &diagnostics,
                    full: { listed in
                        let whole = handOff.take(listed.slug) ?? listed
                        incremental?.rendered(listed.slug, slim: listed, spool: kept)
                        return try trees?.restored(whole) ?? whole
                    },
                    measure: { MetricsEngine.measure($0, config: config, asOf: asOf) }, keep: kept.keep,
                    jsonObject: kept.jsonObject,
                    assemble: { measured in MetricsEngine.assemble(measured, asOf: asOf) }, emit: emit)
                reported = metrics
                gates = GateOutcome(cut.portfolio, metrics: metrics, enforced: options.enforcesGates)
                if kept.lostSome { throw SpoolFailure() }
            }
        } catch {
            staging.discard()
            return writeFailed(error)
        }
        // Health gates read every partnership's metrics: when they were measured while rendering, a failing
        // gate stops the build here, before the site is published (exit 4, nothing written).
        if gates.fails {
            staging.discard()
            takePlan()
            return finish(0, reportDate: reportDate, metrics: reported)
        }
        // The plan's findings stop the build as they would have before the write began (before a leak).
        if takePlan().stopsBuild(strict: options.strict) {
            staging.discard()
            return finish(1, reportDate: reportDate, metrics: reported)
        }
        if !leaks.isEmpty {
            staging.discard()
            report(leaks.leaks, view: options.view, diagnostics: &diagnostics)
            return finish(
                3, reportDate: reportDate, metrics: reported,
                failure: leakFailure(Set(leaks.leaks.map(\.text)).count, view: options.view, wrote: true))
        }
        if diagnostics.stopsBuild(strict: options.strict) {
            staging.discard()
            return finish(1, reportDate: reportDate, metrics: reported)
        }
        let (saved, spooled) = (cut.portfolio, spool)
        do {
            try writer.commit(staging) {
                incremental?.save(saved, metrics: metrics, spool: spooled, written: staging.remembered)
            }
        } catch {
            return finish(3, reportDate: reportDate, metrics: reported, failure: "\(error)")
        }
        // Only what lives to the end anyway: naming more would keep it through the commit (the build's last peak).
        if options.leavesMemoryAtExit { LeftAtExit.keep(saved, incremental, staging, metrics, spooled) }
        var outcome = finish(
            0, reportDate: reportDate, metrics: reported, written: counter.count,
            unchanged: staging.linkedCount)
        outcome.portfolioPagesReused = portfolioPagesReused
        return outcome
    }
}
