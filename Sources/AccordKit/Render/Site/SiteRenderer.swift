/// Step 5 of the pipeline: turns the portfolio and its metrics into the files of the site.
public struct SiteRenderer: Sendable {
    /// The theme to render with.
    public var theme: Theme
    /// Let raw HTML from Markdown through.
    public var allowsRawHTML: Bool
    /// The version shown in the footer and the generator meta tag.
    public var generator: String

    /// A renderer.
    public init(theme: Theme, allowsRawHTML: Bool = false, generator: String = "Accord") {
        self.theme = theme
        self.allowsRawHTML = allowsRawHTML
        self.generator = generator
    }

    /// Every file of the site, sorted by path; link problems found while rendering go to `diagnostics`.
    public func render(_ portfolio: Portfolio, metrics: PortfolioMetrics, assets: [AssetFile],
                       diagnostics: inout DiagnosticBag) -> [OutputFile] {
        let site = SiteView(title: portfolio.config.title, organisation: portfolio.config.organisation,
                            reportDate: metrics.asOf.description, reportDateReadable: metrics.asOf.readable,
                            generator: generator, extra: portfolio.config.extra?.templateValue)
        let links = LinkMap(portfolio: portfolio)
        var files: [OutputFile] = []
        let pages = portfolio.partnerships.parallelMap { partnership -> ([OutputFile], DiagnosticBag) in
            var bag = DiagnosticBag()
            let measured = metrics.partnership(partnership.slug)
            var output: [OutputFile] = []
            let charterHTML = markdown(partnership.charter.document, source: partnership.charter.path,
                                       page: partnership.pagePath, links: links, diagnostics: &bag)
            if let measured {
                let view = PartnershipPageView(partnership: partnership, metrics: measured, charterHTML: charterHTML,
                                               links: links)
                output.append(page(view, template: "partnership", path: partnership.pagePath, title: partnership.charter.title,
                                   site: site, crumbs: [("Portfolio", SitePaths.index)]))
            }
            for (index, meeting) in partnership.meetings.enumerated() {
                let body = markdown(meeting.document, source: meeting.path, page: meeting.pagePath, links: links,
                                    diagnostics: &bag)
                let view = MeetingPageView(meeting: meeting, index: index, partnership: partnership, body: body,
                                           asOf: metrics.asOf)
                output.append(page(view, template: "meeting", path: meeting.pagePath, title: meeting.title, site: site,
                                   crumbs: [("Portfolio", SitePaths.index), (partnership.charter.title, partnership.pagePath)]))
            }
            return (output, bag)
        }
        for (output, bag) in pages {
            files += output
            diagnostics.merge(bag)
        }
        let index = IndexPageView(portfolio: portfolio, metrics: metrics, links: links)
        files.append(page(index, template: "index", path: SitePaths.index, title: "Portfolio", site: site, crumbs: []))
        let actions = ActionsPageView(portfolio: portfolio, metrics: metrics, links: links)
        files.append(page(actions, template: "actions", path: SitePaths.actions, title: "Open actions", site: site,
                          crumbs: [("Portfolio", SitePaths.index)]))
        files.append(OutputFile(path: SitePaths.metrics, content: .text(MetricsExport.json(metrics))))
        for (path, text) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, content: .text(text)))
        }
        for asset in assets {
            files.append(OutputFile(path: asset.outputPath, content: .copy(from: asset.absolutePath)))
        }
        return files
    }

    func page(_ view: Any, template: String, path: String, title: String, site: SiteView,
              crumbs: [(String, String)]) -> OutputFile {
        let content = theme.render(view, with: template)
        let root = SitePaths.root(of: path)
        let nav = [("Portfolio", SitePaths.index), ("Open actions", SitePaths.actions)].map { item in
            LayoutView.NavItem(title: item.0, href: SitePaths.link(from: path, to: item.1), isCurrent: item.1 == path)
        }
        let layout = LayoutView(site: site, title: title, root: root, stylesheet: root + SitePaths.stylesheet, nav: nav,
                                breadcrumbs: crumbs.map { LayoutView.Crumb(title: $0.0, href: SitePaths.link(from: path, to: $0.1)) },
                                hasBreadcrumbs: !crumbs.isEmpty, pageKind: template, content: content)
        return OutputFile(path: path, content: .text(theme.render(layout, with: "layout")))
    }

    func markdown(_ document: MarkdownDocument, source: String, page: String, links: LinkMap,
                  diagnostics: inout DiagnosticBag) -> String {
        let broken = BrokenLinks()
        let renderer = MarkdownHTMLRenderer(allowsRawHTML: allowsRawHTML) { destination in
            links.rewrite(destination, source: source, page: page, broken: broken)
        }
        let html = renderer.render(document)
        for link in broken.links {
            diagnostics.warning(SourceLocation(path: source), "link to '\(link)' points to no note or charter",
                                hint: "check the file name; links between notes use paths relative to the note")
        }
        return html
    }
}
