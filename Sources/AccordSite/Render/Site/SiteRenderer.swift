import AccordCore
import AccordInput
import AccordMetrics

/// Step 5 of the pipeline: turns the portfolio and its metrics into the files of the site.
public struct SiteRenderer: Sendable {
    /// The theme to render with.
    public var theme: Theme
    /// Let raw HTML from Markdown through.
    public var allowsRawHTML: Bool
    /// The version shown in the footer and the generator meta tag.
    public var generator: String
    /// The icon and extra stylesheets every page links.
    public var head: PageHead
    /// The view the site is built for; every page states it.
    public var view: PortfolioView = .joint

    /// A renderer.
    public init(theme: Theme, allowsRawHTML: Bool = false, generator: String = "Accord", head: PageHead = PageHead()) {
        self.theme = theme
        self.allowsRawHTML = allowsRawHTML
        self.generator = generator
        self.head = head
    }

    /// Every file of the site; link problems found while rendering go to `diagnostics`.
    public func render(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, assets: [AssetFile],
        diagnostics: inout DiagnosticBag
    ) -> [OutputFile] {
        let collected = FileCollector()
        // The collecting sink never throws.
        try? render(portfolio, metrics: metrics, assets: assets, diagnostics: &diagnostics) { collected.add($0) }
        return collected.files
    }

    /// Renders the site and hands the files to `emit` a partnership at a time (from several threads),
    /// so that a build never holds the whole site in memory. Stops at the first error `emit` throws.
    /// `unchanged` may answer for a partnership with the paths of its pages when the previous site already
    /// holds them as this build would write them: they are emitted as `.previous`, not rendered; so are the
    /// portfolio pages (`SitePaths.isPortfolioPage`) named by `reusedPortfolioPages`, which replace them.
    public func render(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, assets: [AssetFile],
        diagnostics: inout DiagnosticBag, unchanged: @Sendable (Partnership) -> [String]? = { _ in nil },
        reusedPortfolioPages: [String]? = nil, trees: @Sendable (Partnership) throws -> Partnership = { $0 },
        emit: @Sendable ([OutputFile]) throws -> Void
    ) throws {
        let context = Context(self, portfolio, asOf: metrics.asOf)
        var measuredBySlug: [String: PartnershipMetrics] = [:]
        for measured in metrics.partnerships { measuredBySlug[measured.slug] = measured }
        let measuredLookup = measuredBySlug
        // The portfolio-wide pages (index, actions, metrics.json, assets) are one more job, listed first so
        // that it runs beside the partnerships instead of after them: -1 is that job, 0… the partnerships.
        let jobs = Array(-1..<portfolio.partnerships.count)
        let results = jobs.parallelMap { job -> (DiagnosticBag, String?) in
            if job < 0 {
                // Each portfolio page is handed over as soon as it is made: the big ones never wait for the others.
                do {
                    try portfolioFiles(
                        portfolio, metrics: metrics, assets: assets, site: context.site, links: context.links,
                        label: context.labels.label(for: nil), reusingPages: reusedPortfolioPages, emit: emit)
                    return (DiagnosticBag(), nil)
                } catch {
                    return (DiagnosticBag(), "\(error)")
                }
            }
            let listed = portfolio.partnerships[job]
            if let paths = unchanged(listed) {
                do {
                    try emit(paths.map { OutputFile(path: $0, content: .previous) })
                    return (DiagnosticBag(), nil)
                } catch {
                    return (DiagnosticBag(), "\(error)")
                }
            }
            let outcome = partnershipJob(listed, context, full: trees, measure: { measuredLookup[$0.slug] }, emit: emit)
            return (outcome.diagnostics, outcome.failure)
        }
        for (bag, failure) in results {
            diagnostics.merge(bag)
            if let failure { throw RenderFailure(description: failure) }
        }
    }

    /// The files that belong to the whole portfolio: index and actions pages, metrics export, theme assets
    /// and the copied static files. With `reusingPages`, the pages it names are the previous site's instead of
    /// the index, actions and metrics pages.
    package func portfolioFiles(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, assets: [AssetFile], site: SiteView,
        links: LinkMap, label: ViewLabel = .joint, reusingPages: [String]? = nil
    ) -> [OutputFile] {
        let collected = FileCollector()
        // The collecting sink never throws.
        try? portfolioFiles(
            portfolio, metrics: metrics, assets: assets, site: site, links: links, label: label,
            reusingPages: reusingPages
        ) { collected.add($0) }
        return collected.files
    }

    /// The same files, handed to `emit` a few at a time.
    func portfolioFiles(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, assets: [AssetFile], site: SiteView,
        links: LinkMap, label: ViewLabel, reusingPages: [String]?,
        jsonObject: @escaping @Sendable (PartnershipMetrics) -> String = MetricsExport.partnershipObjectText,
        emit: @Sendable ([OutputFile]) throws -> Void
    ) throws {
        if let reusingPages {
            try emit(reusingPages.map { OutputFile(path: $0, content: .previous) })
        } else {
            try generatedPortfolioPages(
                portfolio, metrics: metrics, site: site, links: links, label: label, jsonObject: jsonObject, emit: emit)
        }
        var files: [OutputFile] = []
        for (path, text) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, content: .text(text)))
        }
        for asset in assets {
            files.append(OutputFile(path: asset.outputPath, content: .copy(from: asset.absolutePath)))
        }
        try emit(files)
    }

    private func generatedPortfolioPages(
        _ portfolio: Portfolio, metrics: PortfolioMetrics, site: SiteView, links: LinkMap, label: ViewLabel,
        jsonObject: @escaping @Sendable (PartnershipMetrics) -> String,
        emit: @Sendable ([OutputFile]) throws -> Void
    ) throws {
        let index = IndexPageView(portfolio: portfolio, metrics: metrics, links: links)
        try emit([
            page(
                index, template: "index", path: SitePaths.index, title: "Portfolio", site: site, crumbs: [],
                label: label)
        ])
        try ActionsPageView.forEachPage(portfolio: portfolio, metrics: metrics, links: links) { path, actions in
            let title =
                actions.hasPages ? "Open actions, page \(actions.pageNumber) of \(actions.pageCount)" : "Open actions"
            let crumbs =
                [("Portfolio", SitePaths.index)] + (actions.pageNumber > 1 ? [("Open actions", SitePaths.actions)] : [])
            try emit([
                page(actions, template: "actions", path: path, title: title, site: site, crumbs: crumbs, label: label)
            ])
        }
        let json = MetricsExport.jsonPieces(metrics, object: jsonObject)
        try emit([
            OutputFile(path: SitePaths.metrics, content: .pieces(TextPieces(count: json.count, piece: json.piece)))
        ])
    }

    /// The partnership page and every meeting page of one partnership.
    /// Links to missing notes are the site plan's to report (with their line, in `check` too): the
    /// renderer's own finds go to a bag that is dropped.
    package func pages(
        of partnership: Partnership, metrics measured: PartnershipMetrics?, asOf: Day, site: SiteView,
        links: LinkMap, label: ViewLabel = .joint, diagnostics _: inout DiagnosticBag
    ) -> [OutputFile] {
        var diagnostics = DiagnosticBag()
        var output: [OutputFile] = []
        let charterHTML = markdown(
            partnership.charter.document.droppingLeadingTitle(partnership.charter.title),
            source: partnership.charter.path,
            page: partnership.pagePath, links: links, diagnostics: &diagnostics)
        if let measured {
            let view = PartnershipPageView(
                partnership: partnership, metrics: measured, charterHTML: charterHTML,
                links: links)
            output.append(
                page(
                    view, template: "partnership", path: partnership.pagePath, title: partnership.charter.title,
                    site: site, crumbs: [("Portfolio", SitePaths.index)], label: label))
        }
        let tracked = measured.map(TrackedAppearances.init)
        for (index, meeting) in partnership.meetings.enumerated() {
            let body = markdown(
                meeting.document.droppingLeadingTitle(meeting.title), source: meeting.path,
                page: meeting.pagePath, links: links,
                diagnostics: &diagnostics)
            let view = MeetingPageView(
                meeting: meeting, index: index, partnership: partnership, tracked: tracked,
                body: body, asOf: asOf)
            output.append(
                page(
                    view, template: "meeting", path: meeting.pagePath, title: meeting.title, site: site,
                    crumbs: [("Portfolio", SitePaths.index), (partnership.charter.title, partnership.pagePath)],
                    label: label))
        }
        return output
    }

    /// A failure of the sink while rendering.
    package struct RenderFailure: Error, CustomStringConvertible {
        package var description: String
    }

    package func page(
        _ view: Any, template: String, path: String, title: String, site: SiteView,
        crumbs: [(String, String)], label: ViewLabel = .joint
    ) -> OutputFile {
        let content = theme.render(view, with: template)
        let root = SitePaths.root(of: path)
        let nav = [("Portfolio", SitePaths.index), ("Open actions", SitePaths.actions)].map { item in
            LayoutView.NavItem(
                title: item.0, href: SitePaths.link(from: path, to: item.1),
                isCurrent: item.1 == path
                    || (item.1 == SitePaths.actions && path.hasPrefix(SitePaths.actionsFolder + "/")))
        }
        let layout = LayoutView(
            site: site, title: title, root: root, stylesheet: root + SitePaths.stylesheet,
            extraStylesheets: head.stylesheets.map { SitePaths.link(from: path, to: $0) },
            favicon: head.favicon.map { LayoutView.Icon(href: SitePaths.link(from: path, to: $0.path), type: $0.type) },
            nav: nav,
            breadcrumbs: crumbs.map { LayoutView.Crumb(title: $0.0, href: SitePaths.link(from: path, to: $0.1)) },
            hasBreadcrumbs: !crumbs.isEmpty, pageKind: template, view: label, content: content)
        return OutputFile(path: path, content: .text(theme.render(layout, with: "layout")))
    }

    package func markdown(
        _ document: MarkdownDocument, source: String, page: String, links: LinkMap,
        diagnostics: inout DiagnosticBag
    ) -> String {
        let broken = BrokenLinks()
        let renderer = MarkdownHTMLRenderer(allowsRawHTML: allowsRawHTML) { destination in
            links.rewrite(destination, source: source, page: page, broken: broken)
        }
        let html = renderer.render(document)
        for link in broken.links {
            diagnostics.warning(
                SourceLocation(path: source), "link to '\(link)' points to no note or charter",
                hint: "check the file name; links between notes use paths relative to the note")
        }
        return html
    }
}
