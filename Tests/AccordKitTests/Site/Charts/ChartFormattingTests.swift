import Testing

@testable import AccordKit

@Suite struct ChartFormattingTests {
    @Test func numbersAreDeterministic() {
        #expect(NumberText.trimmed(0) == "0")
        #expect(NumberText.trimmed(-0.0) == "0")
        #expect(NumberText.trimmed(-0.001) == "0")
        #expect(NumberText.trimmed(-0.005) == "-0.01")
        #expect(NumberText.trimmed(12.5, places: 0) == "13")
        #expect(NumberText.trimmed(-12.5, places: 0) == "-13")
        #expect(NumberText.trimmed(78.45, places: 1) == "78.5")
        #expect(NumberText.trimmed(1.005) == "1.01")
        #expect(NumberText.trimmed(99.999) == "100")
        #expect(NumberText.trimmed(3.10) == "3.1")
        #expect(NumberText.trimmed(1e-7) == "0")
        #expect(NumberText.trimmed(1.5e17, places: 1) == "1.5e+17")  // beyond 15 digits: Swift's own form, never a trap
        #expect(NumberText.fixed(-.infinity, places: 1) == "0")
        #expect(NumberText.trimmed(.nan) == "0")
        #expect(ChartNumber.percent(0.4375) == "44%")
    }

    @Test func plurals() {
        #expect(ChartWords.count(1, "meeting") == "1 meeting")
        #expect(ChartWords.count(0, "meeting") == "0 meetings")
        #expect(ChartWords.count(2, "party") == "2 parties")
        #expect(ChartWords.count(2, "day") == "2 days")
        #expect(ChartWords.count(3, "series") == "3 series")
        #expect(MetricBand(rawValue: "no-data") == .noData && HealthTier(rawValue: "at-risk") == .atRisk)
    }

    @Test func xmlEscape() {
        #expect(Escape.xml("R&D <Lab> \"x\" 'y'") == "R&amp;D &lt;Lab&gt; &quot;x&quot; &#39;y&#39;")
        #expect(Escape.xml("a\u{0}b\u{1B}c\u{FFFF}") == "abc")
        #expect(Escape.xml("Zürich × 東京") == "Zürich × 東京")
    }
}
