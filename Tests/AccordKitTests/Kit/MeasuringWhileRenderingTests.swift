import Foundation
import Testing

@testable import AccordKit
@testable import AccordSite

/// A full build measures each partnership as it renders it and keeps the portfolio without records
/// (`SiteRenderer.renderMeasuring`), keeping only digests of their metrics (`MeasuredSpool`); it must write what
/// measuring everything first and then rendering writes.
@Suite struct MeasuringWhileRenderingTests {
    /// Every file's path and bytes (a copied file by its source).
    static func texts(_ files: [OutputFile]) -> [String: String] {
        var texts: [String: String] = [:]
        for file in files {
            switch file.content {
            case .text(let text): texts[file.path] = text
            case .pieces(let pieces): texts[file.path] = pieces.joined
            case .copy(let source): texts[file.path] = "copy of " + source
            case .previous: texts[file.path] = "previous"
            }
        }
        return texts
    }

    @Test(arguments: ["Portfolio", "Verdict"])
    func writesWhatMeasuringFirstWrites(fixture: String) throws {
        var options = BuildOptions(today: Day(iso: "2031-12-31")!)
        options.contentPath = try Golden.fixture(fixture).path
        var bag = DiagnosticBag()
        let (portfolio, assets, _) = try #require(Pipeline.loadAndParse(options, diagnostics: &bag))
        let asOf = try #require(Day(iso: "2026-06-01"))
        let renderer = SiteRenderer(theme: try Theme.load())

        let first = FileCollector()
        let metrics = MetricsEngine.measure(portfolio, asOf: asOf)
        var firstBag = DiagnosticBag()
        try renderer.render(portfolio, metrics: metrics, assets: assets, diagnostics: &firstBag) { first.add($0) }

        let streamed = FileCollector()
        let handOff = PartnershipHandOff(portfolio.partnerships)
        let slim = Pipeline.slimmed(portfolio, trees: nil)
        #expect(slim.partnerships.allSatisfy { $0.meetings.allSatisfy { $0.actions.isEmpty && $0.decisions.isEmpty } })
        let spool = MeasuredSpool(path: FileManager.default.temporaryDirectory.path + "/.accord-test-spool-\(getpid())")
        var streamedBag = DiagnosticBag()
        let config = portfolio.config
        let measured = try renderer.renderMeasuring(
            slim, asOf: asOf, assets: assets, diagnostics: &streamedBag,
            full: { handOff.take($0.slug) ?? $0 },
            measure: { MetricsEngine.measure($0, config: config, asOf: asOf) }, keep: spool.keep,
            jsonObject: spool.jsonObject,
            assemble: { MetricsEngine.assemble($0, asOf: asOf) }, emit: { streamed.add($0) })

        // The portfolio kept digests (no metric components, no done actions); the spool gives the whole back.
        #expect(measured.partnerships == metrics.partnerships.map(\.portfolioDigest))
        #expect(measured.partnerships.allSatisfy { $0.alignment.metrics.isEmpty && $0.goals.isEmpty })
        #expect(metrics.partnerships.contains { !$0.alignment.metrics.isEmpty })
        #expect(spool.whole(measured).partnerships == metrics.partnerships)
        #expect(measured.attention == metrics.attention)
        #expect(measured.tierDistribution == metrics.tierDistribution)
        let (before, after) = (Self.texts(first.files), Self.texts(streamed.files))
        #expect(before.count > 4)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, text) in before where after[path] != text { Issue.record("\(path) differs") }
        // Every partnership was handed over once, and is gone from the hand-off.
        #expect(portfolio.partnerships.allSatisfy { handOff.take($0.slug) == nil })
    }
}
