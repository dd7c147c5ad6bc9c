/// Locale-independent formatting of numbers for messages, tables and exports.
public enum NumberText {
    /// A number rounded half away from zero to exactly `places` decimals (`78.0`, `0.44`, `-0.1`); never `-0.0`.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        // Beyond 15 significant digits fixed notation means nothing: keep Swift's own form.
        guard value.magnitude < 1e15 else { return value.description }
        return decimal(MetricMath.roundedUnits(value, places: places), places: places, trimmingZeros: false)
    }

    /// `units` × 10^-places written out with `places` decimals (fewer when `trimmingZeros` drops trailing
    /// zeros, and no point when none is left), built in a byte buffer: numbers are written by the thousand.
    package static func decimal(_ units: Int, places: Int, trimmingZeros: Bool) -> String {
        let places = max(0, places)
        // Digits least significant first, at least one before the point.
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var rest = units.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0 || digits.count <= places
        var firstFraction = 0
        if trimmingZeros {
            while firstFraction < places, digits[firstFraction] == UInt8(ascii: "0") { firstFraction += 1 }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + 2)
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: digits[places...].reversed())
        if firstFraction < places {
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: digits[firstFraction..<places].reversed())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A score for display: one decimal (`78.0`), or `—` for no data.
    public static func score(_ value: Double?) -> String {
        value.map { fixed($0, places: 1) } ?? "—"
    }

    /// A number rounded half away from zero to at most `places` decimals, trailing zeros dropped
    /// (`87.5`, `100`, `2.25`); never `-0`.
    public static func trimmed(_ value: Double, places: Int = 2) -> String {
        if value.isFinite, value.magnitude < 1e15 {
            let text = decimal(MetricMath.roundedUnits(value, places: places), places: places, trimmingZeros: true)
            return text == "-0" ? "0" : text
        }
        var text = fixed(value, places: places)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A number in a message: at most two decimals, trailing zeros dropped (`87.5`, `100`, `2.25`).
    public static func number(_ value: Double) -> String {
        trimmed(value, places: 2)
    }

    /// "1 day", "3 days".
    public static func days(_ count: Int) -> String {
        count == 1 || count == -1 ? "\(count) day" : "\(count) days"
    }
}
