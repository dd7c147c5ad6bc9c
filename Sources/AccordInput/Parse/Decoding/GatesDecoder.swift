import AccordCore

/// Decodes `gates:` of `accord.yml`; unknown keys, tiers and ids are errors at their line and column.
package enum GatesDecoder {
    package static func decode(_ value: YAMLValue?, diagnostics: inout DiagnosticBag) -> HealthGates? {
        guard let value, let map = MappingReader(value, context: "gates", diagnostics: &diagnostics) else { return nil }
        var gates = HealthGates()
        for entry in map.entries where !HealthGates.keys.contains(entry.key) {
            let suggestion = EditDistance.suggestion(for: entry.key, among: HealthGates.keys)
            diagnostics.error(
                entry.keyLocation, "unknown key '\(entry.key)' in gates",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "known keys: \(HealthGates.keys.joined(separator: ", "))")
        }
        for (text, location) in map.stringList("fail_on_tier", diagnostics: &diagnostics) {
            if let tier = HealthTier(rawValue: text) {
                gates.failOnTier.append(.init(value: tier, location: location))
            } else {
                diagnostics.error(
                    location, "unknown tier '\(text)' in 'fail_on_tier'",
                    hint: hint(text, among: HealthGates.tierIDs, "tiers"))
            }
        }
        for (text, location) in map.stringList("fail_on_red_flags", diagnostics: &diagnostics) {
            if HealthGates.signIDs.contains(text) {
                gates.failOnSigns.append(.init(value: text, location: location))
            } else {
                diagnostics.error(
                    location, "unknown red flag or warning sign '\(text)' in 'fail_on_red_flags'",
                    hint: hint(text, among: HealthGates.signIDs, "ids"))
            }
        }
        for key in ["min_alignment", "min_outcome"] {
            guard let written = map.value(key), let number = map.number(key, diagnostics: &diagnostics) else {
                continue
            }
            guard (0...100).contains(number) else {
                diagnostics.error(
                    written.location, "'\(key)' must be an index from 0 to 100, not \(written.scalarText ?? "")")
                continue
            }
            let floor = HealthGates.Written(value: number, location: written.location)
            if key == "min_alignment" { gates.minAlignment = floor } else { gates.minOutcome = floor }
        }
        return gates
    }

    package static func hint(_ text: String, among known: [String], _ noun: String) -> String {
        EditDistance.suggestion(for: text, among: known).map { "did you mean '\($0)'?" }
            ?? "known \(noun): \(known.joined(separator: ", "))"
    }
}
