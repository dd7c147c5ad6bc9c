/// Locale-independent number formatting for messages and pages.
public enum Format {
    /// A number with up to two decimals and no trailing zeros (`4`, `3.5`, `2.25`).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let scaled = (abs(value) * 100).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled) / 100
        let fraction = Int(scaled) % 100
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            let digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
            text += "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
        }
        return text
    }
}
