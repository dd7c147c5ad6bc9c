import Testing
@testable import AccordKit

@Suite struct ChartFormattingTests {
    @Test func numbersAreDeterministic() {
        #expect(ChartNumber.format(0) == "0")
        #expect(ChartNumber.format(-0.0) == "0")
        #expect(ChartNumber.format(-0.001) == "0")
        #expect(ChartNumber.format(-0.005) == "-0.01")
        #expect(ChartNumber.format(12.5, decimals: 0) == "13")
        #expect(ChartNumber.format(-12.5, decimals: 0) == "-13")
        #expect(ChartNumber.format(78.45, decimals: 1) == "78.5")
        #expect(ChartNumber.format(1.005) == "1.01")
        #expect(ChartNumber.format(99.999) == "100")
        #expect(ChartNumber.format(3.10) == "3.1")
        #expect(ChartNumber.format(1e-7) == "0")
        #expect(ChartNumber.format(1.5e17, decimals: 1) == "150000000000000000")
        #expect(ChartNumber.format(.nan) == "0")
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
        #expect(XMLEscape.escape("R&D <Lab> \"x\" 'y'") == "R&amp;D &lt;Lab&gt; &quot;x&quot; &#39;y&#39;")
        #expect(XMLEscape.escape("a\u{0}b\u{1B}c\u{FFFF}") == "abc")
        #expect(XMLEscape.escape("Zürich × 東京") == "Zürich × 東京")
    }
}
