import Foundation
import Testing

@testable import AccordKit
@testable import AccordSite

/// Renders every page kind of the demo with the default theme and fails on a template key
/// that the view model does not provide; checks that the embedded theme matches Templates/.
@Suite struct TemplateKeyTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

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

    @Test func everyKeyOfEveryPageTemplateIsProvided() throws {
        let (portfolio, metrics) = try Self.demo()
        let links = LinkMap(portfolio: portfolio)
        let checker = TemplateKeyChecker(templates: Self.templates)
        var missing: [String] = []
        missing += checker.missingKeys(
            template: "index", model: IndexPageView(portfolio: portfolio, metrics: metrics, links: links))
        missing += checker.missingKeys(
            template: "actions", model: ActionsPageView(portfolio: portfolio, metrics: metrics, links: links))
        // The richest partnership and note of the demo exercise every section.
        let partnership = try #require(portfolio.partnerships.first { $0.slug == "northwind-brightwater-facilities" })
        let measured = try #require(metrics.partnership(partnership.slug))
        missing += checker.missingKeys(
            template: "partnership",
            model: PartnershipPageView(
                partnership: partnership, metrics: measured, charterHTML: "<p>charter</p>", links: links))
        for (index, meeting) in partnership.meetings.enumerated() {
            missing += checker.missingKeys(
                template: "meeting",
                model: MeetingPageView(
                    meeting: meeting, index: index, partnership: partnership, metrics: measured, body: "<p>note</p>",
                    asOf: metrics.asOf))
        }
        let site = SiteView(
            title: "T", organisation: "O", reportDate: "2026-11-20", reportDateReadable: "20 Nov 2026",
            generator: "Accord", extra: nil)
        missing += checker.missingKeys(
            template: "layout",
            model: LayoutView(
                site: site, title: "Page", root: "../", stylesheet: "../assets/style.css",
                extraStylesheets: ["../extra.css"],
                favicon: .init(href: "../favicon.ico", type: "image/x-icon"),
                nav: [.init(title: "Portfolio", href: "index.html", isCurrent: true)],
                breadcrumbs: [.init(title: "Portfolio", href: "index.html")], hasBreadcrumbs: true,
                pageKind: "index", view: .joint, content: "<p>x</p>"))
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
