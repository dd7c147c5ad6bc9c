import Testing

@testable import AccordKit

/// `NumberText` writes numbers in a byte buffer; these check it against the plain string version it replaced.
@Suite struct NumberTextTests {
    /// The former implementation of `NumberText.fixed`, kept as the reference.
    static func referenceFixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        guard value.magnitude < 1e15 else { return value.description }
        let units = MetricMath.roundedUnits(value, places: places)
        guard places > 0 else { return String(units) }
        var factor = 1
        for _ in 0..<places { factor *= 10 }
        let whole = units.magnitude / UInt(factor)
        let fraction = String(units.magnitude % UInt(factor))
        let padded = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        return (units < 0 ? "-" : "") + "\(whole).\(padded)"
    }

    /// The former implementation of `NumberText.trimmed`, kept as the reference.
    static func referenceTrimmed(_ value: Double, places: Int) -> String {
        var text = referenceFixed(value, places: places)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static let values: [Double] = {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.05, -0.05, 0.005, 1.005, 2.25, -2.25, 99.95, 100, 0.1 + 0.2, 1e14 + 0.5,
            1e15, -1e15, 1.5e20, 1e300, -1e300, .infinity, -.infinity, .nan, 0.0001, -0.0049, 123456.789,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let magnitude = [1.0, 10, 100, 1_000, 1e6, 1e12][Int.random(in: 0..<6, using: &generator)]
            values.append(Double.random(in: -magnitude...magnitude, using: &generator))
        }
        return values
    }()

    @Test func fixedMatchesTheReference() {
        for value in Self.values {
            for places in -1...4 {
                #expect(
                    NumberText.fixed(value, places: places) == Self.referenceFixed(value, places: places),
                    "\(value) \(places)")
            }
        }
    }

    @Test func trimmedMatchesTheReference() {
        for value in Self.values {
            for places in -1...4 {
                #expect(
                    NumberText.trimmed(value, places: places) == Self.referenceTrimmed(value, places: places),
                    "\(value) \(places)")
            }
        }
    }
}
