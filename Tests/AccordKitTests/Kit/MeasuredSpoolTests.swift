import Foundation
import Testing

@testable import AccordKit

/// The whole metrics a full build measured while rendering go to a file beside the output, whose name is removed
/// as soon as it is opened, and come back byte for byte; without such a file they stay in memory.
@Suite struct MeasuredSpoolTests {
    /// The measured partnerships of the test portfolio.
    static func measured() throws -> [PartnershipMetrics] {
        let temp = try IncrementalBuildTests.portfolio()
        var bag = DiagnosticBag()
        let (portfolio, _, _) = try #require(Pipeline.loadAndParse(temp.options(), diagnostics: &bag))
        let asOf = try #require(Day(iso: "2026-06-01"))
        return MetricsEngine.measure(portfolio, asOf: asOf).partnerships
    }

    @Test func theFileKeepsEveryPartnershipAndLeavesNoName() throws {
        let temp = try TempContent()
        let place = OutputPlace(outputPath: temp.path("Output"))
        let spool = MeasuredSpool(path: place.uniqueSibling("spool"))
        #expect(spool.isOnFile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.root.path) == [])
        let measured = try Self.measured()
        #expect(measured.count == 5)
        let kept = measured.map(spool.keep)
        #expect(kept == measured.map(\.portfolioDigest))
        #expect(kept.map(spool.whole) == measured)
        for item in measured { #expect(spool.bytes(item.slug) == item.bytes) }
        // The objects of metrics.json, made as the partnerships were kept, come back as the whole metrics give them.
        #expect(kept.map(spool.jsonObject) == measured.map(MetricsExport.partnershipObjectText))
        #expect(kept.map(spool.jsonObject) != kept.map(MetricsExport.partnershipObjectText))
        #expect(spool.bytes("no-such-partnership") == nil)
        // A partnership's record-less parse, kept for its cache entry, comes back byte for byte.
        spool.keepModel("acme-globex", [1, 2, 3, 250])
        #expect(spool.model("acme-globex") == [1, 2, 3, 250])
        #expect(spool.model("no-such-partnership") == nil)
        #expect(kept.map(spool.whole) == measured)
        #expect(!spool.lostSome)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.root.path) == [])
    }

    @Test func withoutAFileTheBytesStayInMemory() throws {
        let spool = MeasuredSpool(path: "/nonexistent-folder/.Output.accord-spool-1-a")
        #expect(!spool.isOnFile)
        let measured = try Self.measured()
        let kept = measured.map(spool.keep)
        #expect(kept == measured.map(\.portfolioDigest))
        #expect(kept.map(spool.whole) == measured)
        #expect(kept.map(spool.jsonObject) == measured.map(MetricsExport.partnershipObjectText))
        spool.keepModel("acme-globex", [9, 8])
        #expect(spool.model("acme-globex") == [9, 8])
        #expect(!spool.lostSome)
    }

    @Test func aSpoolNameIsOneAccordCleansUp() {
        let place = OutputPlace(outputPath: "/srv/site/Output")
        #expect(place.isAccordSibling(".Output.accord-spool-4242-9f3a"))
        #expect(!place.isAccordSibling(".Output.accord-spool"))
        #expect(!place.isAccordSibling(".Output.accord-spools-4242-9f3a"))
    }
}
