import AccordCore

extension MetricThresholds {
    /// Errors in `thresholds` of accord.yml: an unknown metric id, a bound outside 0…100, or an effective
    /// amber bound above the effective green bound; each at its override's location, sorted by location then id.
    public static func validate(_ overrides: [String: BandOverride]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let known = MetricID.allCases.map(\.rawValue).joined(separator: ", ")
        for key in overrides.keys.sorted() {
            guard let override = overrides[key] else { continue }
            guard let id = MetricID(rawValue: key) else {
                diagnostics.append(
                    .error(
                        override.location, "unknown metric id '\(key)' in thresholds",
                        hint: "use one of \(known)"))
                continue
            }
            var boundsInRange = true
            for (name, value) in [("green", override.green), ("amber", override.amber)] {
                guard let value else { continue }
                if !value.isFinite || value < 0 || value > 100 {
                    boundsInRange = false
                    diagnostics.append(
                        .error(
                            override.location,
                            "the \(name) bound of \(key) is \(NumberText.number(value)), outside 0…100",
                            hint: "bounds are scores from 0 to 100"))
                }
            }
            guard boundsInRange else { continue }
            let green = override.green ?? id.defaultBounds.green
            let amber = override.amber ?? id.defaultBounds.amber
            if amber > green {
                diagnostics.append(
                    .error(
                        override.location,
                        "the amber bound of \(key) (\(NumberText.number(amber))) is above its green bound (\(NumberText.number(green)))",
                        hint:
                            "set amber at or below green; the defaults are green \(NumberText.number(id.defaultBounds.green)), amber \(NumberText.number(id.defaultBounds.amber))"
                    ))
            }
        }
        return diagnostics.enumerated().sorted { left, right in
            left.element.location != right.element.location
                ? left.element.location < right.element.location : left.offset < right.offset
        }.map(\.element)
    }
}
