import Testing

@testable import AccordKit

@Suite struct BandsAndThresholdsTests {
    @Test func roundingIsHalfAwayFromZero() {
        #expect(MetricMath.rounded(0.05, places: 1) == 0.1)
        #expect(MetricMath.rounded(2.25, places: 1) == 2.3)
        #expect(MetricMath.rounded(-0.05, places: 1) == -0.1)
        #expect(MetricMath.rounded(0.15, places: 1) == 0.2)
        #expect(MetricMath.rounded(1.005, places: 2) == 1.01)
        #expect(MetricMath.rounded(66.66666, places: 1) == 66.7)
        #expect(MetricMath.rounded(-2.25, places: 1) == -2.3)
        #expect(MetricMath.rounded(0.04, places: 1) == 0)
        #expect(NumberText.fixed(78, places: 1) == "78.0")
        #expect(NumberText.fixed(0.444, places: 2) == "0.44")
        #expect(NumberText.fixed(1, places: 2) == "1.00")
        #expect(NumberText.fixed(-0.04, places: 1) == "0.0")
        #expect(NumberText.fixed(-0.05, places: 1) == "-0.1")
        #expect(NumberText.fixed(100.0 / 3, places: 1) == "33.3")
        #expect(NumberText.fixed(2.5, places: 0) == "3")
        #expect(NumberText.number(87.5) == "87.5")
        #expect(NumberText.number(100) == "100")
    }

    @Test func bandAtTheBoundDespiteFloatingPointError() {
        let bounds = BandBounds(green: 80, amber: 60)
        let sixty = 3.0 / 5.0 * 100
        #expect(bounds.band(for: sixty) == .amber)
        #expect(bounds.band(for: 60 - 1e-12) == .amber)
        #expect(bounds.band(for: 59.9999) == .red)
        #expect(bounds.band(for: 80) == .green)
        #expect(bounds.band(for: nil) == .noData)
        let a5 = MetricID.a5.defaultBounds
        #expect(a5.band(for: 87.5) == .green)
        #expect(a5.band(for: 75) == .amber)
        #expect(a5.band(for: 74.9) == .red)
    }

    @Test func a2IsGreenOnlyAt100() {
        let a2 = MetricThresholds().bounds(for: .a2)
        #expect(a2.band(for: 100) == .green)
        #expect(a2.band(for: 99.99) == .red)
        #expect(a2.band(for: 50) == .red)
    }

    @Test func defaultBoundsMatchTheSpec() {
        let expected: [MetricID: (Double, Double)] = [
            .a1: (90, 70), .a2: (100, 100), .a3: (80, 60), .a4: (90, 60), .a5: (87.5, 75), .a6: (80, 60), .a7: (80, 60),
            .a8: (70, 40), .a9: (90, 80), .o1: (75, 50), .o2: (85, 70), .o3: (80, 60), .o4: (90, 75), .o5: (75, 50),
        ]
        for id in MetricID.allCases {
            #expect(id.defaultBounds.green == expected[id]?.0, "\(id.rawValue)")
            #expect(id.defaultBounds.amber == expected[id]?.1, "\(id.rawValue)")
        }
    }

    @Test func overridesChangeBands() {
        let thresholds = [
            "A1": BandOverride(green: 95, amber: 75, location: Fx.loc("accord.yml", 3)),
            "O2": BandOverride(green: 90, location: Fx.loc("accord.yml", 4)),
        ]
        let resolved = MetricThresholds(overrides: thresholds)
        #expect(resolved.bounds(for: .a1) == BandBounds(green: 95, amber: 75))
        #expect(resolved.bounds(for: .o2) == BandBounds(green: 90, amber: 70))
        #expect(resolved.band(.a1, 90) == .amber)
        #expect(resolved.band(.o2, 87) == .amber)
        let charter = Fx.charter(blocks: [Fx.h2("Governance", line: 3)])
        let sections = ["Governance", "Exit"]  // 1 of 2 → 50
        let lowered = Fx.config(
            sections: sections, thresholds: ["A1": BandOverride(amber: 50, location: Fx.loc("accord.yml", 3))])
        #expect(Fx.measure(Fx.partnership(charter), asOf: "2026-03-01", config: lowered).metric(.a1)?.band == .amber)
        #expect(
            Fx.measure(Fx.partnership(charter), asOf: "2026-03-01", config: Fx.config(sections: sections)).metric(.a1)?
                .band == .red)
    }

    @Test func validationReportsEachErrorAtItsLine() {
        let overrides = [
            "A1": BandOverride(green: 95, amber: 75, location: Fx.loc("accord.yml", 3)),
            "O2": BandOverride(green: 90, location: Fx.loc("accord.yml", 4)),
            "A10": BandOverride(green: 90, location: Fx.loc("accord.yml", 5)),
            "A3": BandOverride(green: 120, location: Fx.loc("accord.yml", 6)),
            "A4": BandOverride(amber: -1, location: Fx.loc("accord.yml", 7)),
            "O1": BandOverride(amber: 80, location: Fx.loc("accord.yml", 8)),
            "A2": BandOverride(green: 50, location: Fx.loc("accord.yml", 9)),
            "A5": BandOverride(green: 60, amber: 60, location: Fx.loc("accord.yml", 10)),
        ]
        let diagnostics = MetricThresholds.validate(overrides)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.map(\.location.line) == [5, 6, 7, 8, 9])
        #expect(
            diagnostics.map(\.message) == [
                "unknown metric id 'A10' in thresholds",
                "the green bound of A3 is 120, outside 0…100",
                "the amber bound of A4 is -1, outside 0…100",
                "the amber bound of O1 (80) is above its green bound (75)",
                "the amber bound of A2 (100) is above its green bound (50)",
            ])
        #expect(MetricThresholds.validate([:]).isEmpty)
    }

    @Test func indexIsTheMeanOfUnroundedScoresWithData() {
        let family = MetricFamilyResult(
            family: .outcome,
            metrics: [
                MetricResult(id: .o1, score: 100.0 / 3, bounds: MetricID.o1.defaultBounds, inputs: []),
                MetricResult(id: .o2, score: nil, bounds: MetricID.o2.defaultBounds, inputs: []),
                MetricResult(id: .o3, score: 50, bounds: MetricID.o3.defaultBounds, inputs: []),
            ])
        let expected: Double = (100.0 / 3 + 50) / 2
        #expect(family.index == expected)
        #expect(MetricFamilyResult(family: .outcome, metrics: []).index == nil)
    }
}
