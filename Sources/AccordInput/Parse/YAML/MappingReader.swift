import AccordCore

/// Reads typed fields from one YAML mapping, reporting each problem at its line:
/// wrong shapes, bad dates and numbers, and unknown keys (with a "did you mean" hint).
package struct MappingReader {
    package var entries: [YAMLEntry]
    package var location: SourceLocation
    /// What the mapping is, for messages (`charter`, `goal 'G1'`).
    package var context: String

    /// Reads a value that must be a mapping; reports an error and returns nil otherwise.
    package init?(_ value: YAMLValue, context: String, diagnostics: inout DiagnosticBag) {
        guard case .mapping(let entries) = value.shape else {
            if !value.isNull {
                diagnostics.error(
                    value.location, "\(context) must be a mapping of keys and values, not \(value.shapeName)")
            }
            return nil
        }
        self.entries = entries
        self.location = value.location
        self.context = context
    }

    /// The value of a key, when present and not null.
    package func value(_ key: String) -> YAMLValue? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Warns about keys that are neither known nor `extra`.
    package func warnUnknownKeys(known: [String], diagnostics: inout DiagnosticBag) {
        for entry in entries where entry.key != "extra" && !known.contains(entry.key) {
            let suggestion = EditDistance.suggestion(for: entry.key, among: known)
            diagnostics.warning(
                entry.keyLocation, "unknown key '\(entry.key)' in \(context)",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "known keys: \(known.joined(separator: ", ")); put custom data under 'extra:'")
        }
    }

    /// Reports a required key that is missing, at the mapping's first line.
    package func requireKey(_ key: String, diagnostics: inout DiagnosticBag, hint: String? = nil) {
        if value(key) == nil {
            diagnostics.error(location, "\(context) is missing the required key '\(key)'", hint: hint)
        }
    }

    /// A text value.
    package func string(_ key: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let value = value(key) else { return nil }
        return Self.string(value, what: "'\(key)'", diagnostics: &diagnostics)
    }

    /// A date `YYYY-MM-DD`.
    package func day(_ key: String, diagnostics: inout DiagnosticBag) -> Day? {
        guard let value = value(key) else { return nil }
        return Self.day(value, what: "'\(key)'", diagnostics: &diagnostics)
    }

    /// A finite number.
    package func number(_ key: String, diagnostics: inout DiagnosticBag) -> Double? {
        guard let value = value(key) else { return nil }
        return Self.number(value, what: "'\(key)'", diagnostics: &diagnostics)
    }

    /// A list of texts; a single text is read as a list of one.
    package func stringList(_ key: String, diagnostics: inout DiagnosticBag) -> [(String, SourceLocation)] {
        guard let value = value(key) else { return [] }
        switch value.shape {
        case .scalar(let text, _): return [(text, value.location)]
        case .sequence(let items):
            return items.compactMap { item in
                Self.string(item, what: "an item of '\(key)'", diagnostics: &diagnostics).map { ($0, item.location) }
            }
        default:
            diagnostics.error(value.location, "'\(key)' must be a list like [a, b], not \(value.shapeName)")
            return []
        }
    }

    /// The free `extra:` data.
    package func extra() -> ExtraValue? {
        value("extra").map(Self.extra)
    }

    package static func string(_ value: YAMLValue, what: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let text = value.scalarText else {
            if !value.isNull { diagnostics.error(value.location, "\(what) must be text, not \(value.shapeName)") }
            return nil
        }
        return text
    }

    package static func day(_ value: YAMLValue, what: String, diagnostics: inout DiagnosticBag) -> Day? {
        guard let text = string(value, what: what, diagnostics: &diagnostics) else { return nil }
        if let day = Day(iso: text) { return day }
        notADay(text, what: what, at: value.location, diagnostics: &diagnostics)
        return nil
    }

    /// The one error for a text that is not a `YYYY-MM-DD` day, in front matter as in an action's parenthesis:
    /// a time of day, a date that is not in the calendar (with the reason), or not a date at all (`shapeHint`).
    package static func notADay(
        _ text: String, what: String, at location: SourceLocation, shapeHint: String? = nil,
        diagnostics: inout DiagnosticBag
    ) {
        let datePart = text.prefix(10)
        if text.count > 10, Day(iso: datePart) != nil {
            diagnostics.error(
                location, "\(what) must be a date without a time of day: '\(text)'", hint: "write just '\(datePart)'")
        } else if datePart.count == 10, datePart.allSatisfy({ $0.isNumber || $0 == "-" }) {
            diagnostics.error(
                location, "\(what) is not a real calendar date: '\(text)'", hint: Day.problem(iso: datePart))
        } else {
            diagnostics.error(location, "\(what) must be a date YYYY-MM-DD, not '\(text)'", hint: shapeHint)
        }
    }

    package static func number(_ value: YAMLValue, what: String, diagnostics: inout DiagnosticBag) -> Double? {
        guard let text = value.scalarText else {
            if !value.isNull { diagnostics.error(value.location, "\(what) must be a number, not \(value.shapeName)") }
            return nil
        }
        if let number = parseNumber(text) { return number }
        diagnostics.error(value.location, "\(what) must be a number, not '\(text)'")
        return nil
    }

    /// Parses a plain decimal number (`12`, `-3.5`, `1e3`); nil for anything else, `nan` and infinities.
    package static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let number = Double(trimmed), number.isFinite
        else { return nil }
        return number
    }

    package static func extra(_ value: YAMLValue) -> ExtraValue {
        switch value.shape {
        case .scalar(let text, _): return .text(text)
        case .null: return .text("")
        case .sequence(let items): return .list(items.map(extra))
        case .mapping(let entries): return .map(entries.map { ExtraEntry(key: $0.key, value: extra($0.value)) })
        }
    }
}
