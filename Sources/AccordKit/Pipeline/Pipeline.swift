/// The whole run, top to bottom: load → parse → validate → measure → render → write.
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
        /// The process exit status: 0 success, 1 content errors, 3 I/O or template failure.
        public var exitCode: Int32
        /// The report date used.
        public var reportDate: Day?
        /// Where the report date came from.
        public var reportDateSource: ReportDate.Source?
        /// The metrics, when the content could be measured.
        public var metrics: PortfolioMetrics?
        /// Number of files written (build only).
        public var filesWritten: Int = 0
        /// A failure that is not about the content (I/O, templates), for the summary.
        public var failure: String?
        /// The template override folder used (`--templates` or `templates:` in accord.yml), if any.
        public var templatesFolder: String?
    }

    /// Runs the pipeline.
    public static func run(_ options: BuildOptions, mode: Mode) -> Outcome {
        var diagnostics = DiagnosticBag()
        var templatesFolder: String?
        func finish(_ code: Int32, reportDate: (Day, ReportDate.Source)? = nil, metrics: PortfolioMetrics? = nil,
                    written: Int = 0, failure: String? = nil) -> Outcome {
            var code = code
            if code == 0, diagnostics.hasErrors || (options.strict && diagnostics.warningCount > 0) { code = 1 }
            return Outcome(diagnostics: diagnostics.sorted, exitCode: code, reportDate: reportDate?.0,
                           reportDateSource: reportDate?.1, metrics: metrics, filesWritten: written, failure: failure,
                           templatesFolder: templatesFolder)
        }

        // 1–3. Load, parse and validate (the file texts are released as soon as they are parsed)
        guard let (portfolio, assets) = loadAndParse(options, diagnostics: &diagnostics) else {
            return finish(3, failure: "content folder '\(options.contentPath)' does not exist or is not a folder")
        }
        for diagnostic in MetricThresholds.validate(portfolio.config.thresholds) { diagnostics.report(diagnostic) }
        let head = PageHead.resolve(portfolio.config, staticFiles: assets.filter { $0.sourcePath.hasPrefix("static/") },
                                    diagnostics: &diagnostics)
        let reportDate = ReportDate.resolve(flag: options.asOf, settings: portfolio.config.asOf,
                                            sourceDateEpoch: options.sourceDateEpoch, today: options.today,
                                            diagnostics: &diagnostics)

        // Templates are compiled before measuring so that `check` reports template errors too.
        var theme: Theme?
        if mode != .measure {
            do {
                let overrides = options.templatesPath ?? portfolio.config.templates.map { contentRelative($0, options) }
                templatesFolder = overrides
                theme = try Theme.load(overrideFolder: overrides)
            } catch {
                for diagnostic in error.diagnostics { diagnostics.report(diagnostic) }
                return finish(3, reportDate: reportDate, failure: "the templates have errors")
            }
        }

        // 4. Measure
        let metrics = MetricsEngine.measure(portfolio, asOf: reportDate.0)
        guard mode == .build, let theme else {
            return finish(0, reportDate: reportDate, metrics: metrics)
        }

        // 5–6. Render and write, a partnership at a time, into a folder that replaces the output
        // only when everything succeeded.
        let renderer = SiteRenderer(theme: theme, allowsRawHTML: options.allowsRawHTML, generator: options.generator,
                                    head: head)
        for problem in renderer.collisions(in: portfolio, assets: assets) { diagnostics.report(problem) }
        if diagnostics.hasErrors || (options.strict && diagnostics.warningCount > 0) {
            return finish(1, reportDate: reportDate, metrics: metrics)
        }
        let writer = OutputWriter(outputPath: options.outputPath)
        let staging: StagedOutput
        do {
            staging = try writer.begin()
        } catch {
            return finish(3, reportDate: reportDate, metrics: metrics, failure: "\(error)")
        }
        let counter = FileCounter()
        do {
            try renderer.render(portfolio, metrics: metrics, assets: assets, diagnostics: &diagnostics) { files in
                try staging.write(files)
                counter.add(files.count)
            }
        } catch {
            staging.discard()
            return finish(3, reportDate: reportDate, metrics: metrics, failure: "\(error)")
        }
        if diagnostics.hasErrors || (options.strict && diagnostics.warningCount > 0) {
            staging.discard()
            return finish(1, reportDate: reportDate, metrics: metrics)
        }
        do {
            try writer.commit(staging)
        } catch {
            return finish(3, reportDate: reportDate, metrics: metrics, failure: "\(error)")
        }
        return finish(0, reportDate: reportDate, metrics: metrics, written: counter.count)
    }

    /// Steps 1–3: reads the content folder and parses every file; nil when the folder is missing.
    static func loadAndParse(_ options: BuildOptions, diagnostics: inout DiagnosticBag) -> (Portfolio, [AssetFile])? {
        guard let inventory = try? ContentLoader(root: options.contentPath, includeDrafts: options.includeDrafts)
            .load(into: &diagnostics) else { return nil }
        let assets = inventory.staticFiles + inventory.partnerships.flatMap(\.assets)
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &diagnostics)
        return (portfolio, assets)
    }

    /// A path in accord.yml is relative to the content folder.
    static func contentRelative(_ path: String, _ options: BuildOptions) -> String {
        path.hasPrefix("/") ? path : (options.contentPath.hasSuffix("/") ? options.contentPath : options.contentPath + "/") + path
    }
}
