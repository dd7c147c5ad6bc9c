/// Locale-independent formatting of numbers for messages, tables and exports.
public enum NumberText {
    /// A number rounded half away from zero to exactly `places` decimals (`78.0`, `0.44`, `-0.1`); never `-0.0`.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        // Beyond 15 significant digits fixed notation means nothing: keep Swift's own form.
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

    /// A score for display: one decimal (`78.0`), or `—` for no data.
    public static func score(_ value: Double?) -> String {
        value.map { fixed($0, places: 1) } ?? "—"
    }

    /// A number rounded half away from zero to at most `places` decimals, trailing zeros dropped
    /// (`87.5`, `100`, `2.25`); never `-0`.
    public static func trimmed(_ value: Double, places: Int = 2) -> String {
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
