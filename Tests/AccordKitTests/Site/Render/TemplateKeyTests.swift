import Foundation
import Testing

@testable import AccordKit
@testable import AccordSite

/// Renders every page kind of the demo with the default theme and fails on a template key
/// that the view model does not provide; checks that the embedded theme matches Templates/.
@Suite struct TemplateKeyTests {
    static let repositoryRoot = Golden.testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The demo portfolio, parsed and measured at its own report date.
    static func demo() throws -> (Portfolio, PortfolioMetrics) {
        var diagnostics = DiagnosticBag()
        let inventory = try ContentLoader(root: repositoryRoot.appending(path: "Content").path).load(into: &diagnostics)
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        let asOf = try #require(portfolio.config.asOf)
        return (portfolio, MetricsEngine.measure(portfolio, asOf: asOf))
    }

    static var templates: [String: String] {
        var byName: [String: String] = [:]
        for (path, text) in DefaultTheme.files where path.hasSuffix(".mustache") {
            byName[String(path.dropLast(".mustache".count))] = text
        }
        return byName
    }

    /// A view of every page kind of the demo: the richest partnership and all its notes exercise every section.
    static func demoViews() throws -> [(template: String, model: Any)] {
        let (portfolio, metrics) = try Self.demo()
        let links = LinkMap(portfolio: portfolio)
        var views: [(template: String, model: Any)] = [
            ("index", IndexPageView(portfolio: portfolio, metrics: metrics, links: links))
        ]
        // The actions on one page, and on several: the first has the list of parties and the pages' links.
        for budget in [ActionsPageView.pageBudget, 2_000] {
            for (_, page) in ActionsPageView.pages(portfolio: portfolio, metrics: metrics, links: links, budget: budget)
            {
                views.append(("actions", page))
            }
        }
        let partnership = try #require(portfolio.partnerships.first { $0.slug == "northwind-brightwater-facilities" })
        let measured = try #require(metrics.partnership(partnership.slug))
        views.append(
            (
                "partnership",
                PartnershipPageView(
                    partnership: partnership, metrics: measured, charterHTML: "<p>charter</p>", links: links)
            ))
        for (index, meeting) in partnership.meetings.enumerated() {
            views.append(
                (
                    "meeting",
                    MeetingPageView(
                        meeting: meeting, index: index, partnership: partnership,
                        tracked: TrackedAppearances(measured), body: "<p>note</p>", asOf: metrics.asOf)
                ))
        }
        let site = SiteView(
            title: "T", organisation: "O", reportDate: "2026-11-20", reportDateReadable: "20 Nov 2026",
            generator: "Accord", extra: nil)
        views.append(
            (
                "layout",
                LayoutView(
                    site: site, title: "Page", root: "../", stylesheet: "../assets/style.css",
                    extraStylesheets: ["../extra.css"],
                    favicon: .init(href: "../favicon.ico", type: "image/x-icon"),
                    nav: [.init(title: "Portfolio", href: "index.html", isCurrent: true)],
                    breadcrumbs: [.init(title: "Portfolio", href: "index.html")], hasBreadcrumbs: true,
                    pageKind: "index", view: .joint, content: "<p>x</p>")
            ))
        return views
    }

    @Test func everyKeyOfEveryPageTemplateIsProvided() throws {
        let checker = TemplateKeyChecker(templates: Self.templates)
        var missing: [String] = []
        for (template, model) in try Self.demoViews() {
            missing += checker.missingKeys(template: template, model: model)
        }
        #expect(Array(Set(missing)).sorted() == [])
    }

    @Test func checkerReportsAKeyTheModelLacks() {
        struct Model {
            var title: String
            var rows: [Row]
        }
        struct Row { var name: String }
        let checker = TemplateKeyChecker(templates: ["page": "{{title}}{{#rows}}{{name}}{{nmae}}{{/rows}}{{subtitle}}"])
        let missing = checker.missingKeys(template: "page", model: Model(title: "x", rows: [Row(name: "a")]))
        #expect(missing == ["page: nmae", "page: subtitle"])
    }

    @Test func embeddedThemeMatchesTheTemplatesFolder() throws {
        let folder = Self.repositoryRoot.appending(path: "Templates")
        var onDisk: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        for case let path as String in enumerator
        where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appending(path: path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                onDisk[path] = try String(contentsOf: folder.appending(path: path), encoding: .utf8)
            }
        }
        #expect(
            DefaultTheme.files.keys.sorted() == onDisk.keys.sorted(),
            "the embedded theme is stale: run `touch Package.swift && swift build`")
        for (path, text) in onDisk {
            #expect(DefaultTheme.files[path] == text, "\(path) differs from the embedded copy")
        }
    }
}
