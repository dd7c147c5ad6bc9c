import AccordCore

/// Wording helpers for chart summaries: counts with plurals, lists, signed changes.
package enum ChartWords {
    /// `1 date`, `3 dates`.
    package static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        String(value) + " " + (value == 1 ? singular : (plural ?? pluralize(singular)))
    }

    /// A simple English plural of the last word: `meeting` → `meetings`, `party` → `parties`, `series` stays.
    package static func pluralize(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return lower.hasSuffix("series") ? word : word + "es"
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        return word + "s"
    }

    /// Joins phrases with commas: `a, b, c`.
    package static func list(_ items: [String]) -> String {
        items.joined(separator: ", ")
    }

    /// `up 5.2`, `down 0.4` or `unchanged` for a change between two rounded values.
    package static func change(from old: Double, to new: Double, decimals: Int) -> String {
        let oldText = NumberText.trimmed(old, places: decimals)
        let newText = NumberText.trimmed(new, places: decimals)
        if oldText == newText { return "unchanged" }
        let delta = NumberText.trimmed(abs(new - old), places: decimals)
        return (new > old ? "up " : "down ") + delta
    }
}
