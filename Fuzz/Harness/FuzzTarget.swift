import AccordKit

/// One fuzz input run through the in-memory steps of a build: decoding the bytes, splitting the front matter,
/// decoding the YAML, extracting the records, validating, measuring and, in the deep mode, rendering every page
/// of the site in memory (only when the content has no errors, as `accord build` does). Nothing is written.
///
/// The first byte is a header: `header % 3` chooses which file of a one-partnership portfolio the remaining bytes
/// are (`Role`); `header % 6 >= 3` chooses the deep mode, where the other files are the demo's (`Companions`) and
/// the site is rendered. The quick mode pairs the file with a minimal charter and stops after measuring, which is
/// many times faster and so explores parsing deeper in the same time.
enum FuzzTarget {
    /// Which file the fuzzed bytes stand for.
    enum Role: UInt8, CaseIterable {
        /// A meeting note (`meetings/fuzz.md`).
        case note = 0
        /// The partnership's `charter.md`.
        case charter = 1
        /// The portfolio's `accord.yml`.
        case settings = 2
    }

    static let slug = "fuzz-partnership"
    static let folder = "partnerships/\(slug)"
    /// The report date when `accord.yml` sets none.
    static let today = Day(year: 2026, month: 6, day: 1) ?? Day(ordinal: 0)
    /// The built-in theme, compiled once.
    static let theme: Theme? = try? Theme.load()

    /// Runs one input; the result is the number of pages rendered (so that no step is optimised away).
    @discardableResult
    static func run(_ bytes: [UInt8]) -> Int {
        guard let header = bytes.first else { return 0 }
        let role = Role(rawValue: header % 3) ?? .note
        let deep = header % 6 >= 3
        let path: String
        switch role {
        case .note: path = "\(folder)/meetings/fuzz.md"
        case .charter: path = "\(folder)/charter.md"
        case .settings: path = "accord.yml"
        }
        var diagnostics = DiagnosticBag()
        // The loader's decoding: BOM, line endings, invalid UTF-8 (which stops the file there).
        let fuzzed: SourceFile
        switch TextDecoder.decode(Array(bytes.dropFirst())) {
        case .text(let text): fuzzed = SourceFile(path: path, text: text)
        case .invalid: return 0
        }
        // Front-matter splitting on its own, so that it is exercised even when a decoder stops early.
        _ = FrontMatter.split(fuzzed)

        let charter =
            role == .charter
            ? fuzzed
            : SourceFile(path: "\(folder)/charter.md", text: deep ? Companions.charter : Companions.minimalCharter)
        var meetings =
            deep ? [SourceFile(path: "\(folder)/meetings/2025-03-11-account-meeting.md", text: Companions.note)] : []
        if role == .note { meetings.append(fuzzed) }
        let settings =
            role == .settings ? fuzzed : deep ? SourceFile(path: "accord.yml", text: Companions.settings) : nil
        let inventory = ContentInventory(
            settings: settings,
            partnerships: [
                PartnershipFiles(slug: slug, folder: folder, charter: charter, meetings: meetings)
            ])

        let portfolio = PortfolioParser.parse(inventory, diagnostics: &diagnostics)
        for problem in MetricThresholds.validate(portfolio.config.thresholds) { diagnostics.report(problem) }
        let (asOf, _) = ReportDate.resolve(
            flag: nil, settings: portfolio.config.asOf, sourceDateEpoch: nil, today: today)
        let metrics = MetricsEngine.measure(portfolio, asOf: asOf)
        var pages = 0
        // Like `accord build`, render only content without errors (warnings are rendered).
        if let theme {
            let plan = SitePlan(
                portfolio: portfolio, assets: [], themeAssets: Array(theme.assets.keys),
                themeIDs: theme.ids)
            for problem in plan.diagnostics { diagnostics.report(problem) }
        }
        if deep, let theme, !diagnostics.hasErrors {
            let renderer = SiteRenderer(theme: theme, generator: "Accord fuzz")
            pages = renderer.render(portfolio, metrics: metrics, assets: [], diagnostics: &diagnostics).count
        }
        check(diagnostics.all, fuzzed: fuzzed)
        return pages
    }

    /// Every diagnostic is printable in every format, and one about the fuzzed file points at a line it has.
    static func check(_ diagnostics: [Diagnostic], fuzzed: SourceFile?) {
        for format in DiagnosticPrinter.Format.allCases {
            let printer = DiagnosticPrinter(format: format, pathPrefix: "Content/")
            for diagnostic in diagnostics { _ = printer.format(diagnostic) }
        }
        guard let fuzzed else { return }
        let lines = fuzzed.text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        for diagnostic in diagnostics where diagnostic.location.path == fuzzed.path {
            if let line = diagnostic.location.line, !(1...lines).contains(line) {
                fatalError("diagnostic at line \(line) of a \(lines)-line file: \(diagnostic.message)")
            }
            if let column = diagnostic.location.column, column < 1 {
                fatalError("diagnostic at column \(column): \(diagnostic.message)")
            }
        }
    }
}
