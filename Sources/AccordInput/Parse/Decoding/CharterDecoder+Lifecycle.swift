import AccordCore

/// Decodes the lifecycle keys of a charter (v1.2): `start`, `amendments` and `exit`.
extension CharterDecoder {
    package static let amendmentKeys = ["date", "summary", "signed"]
    package static let exitKeys = ["decided", "effective", "reason"]

    /// Fills in `start`, `amendments` and `exit`, reporting every problem at its line.
    package static func decodeLifecycle(
        _ front: MappingReader, into charter: inout Charter, partyIDs: [String],
        diagnostics: inout DiagnosticBag
    ) {
        charter.start = front.day("start", diagnostics: &diagnostics)
        charter.amendments = decodeAmendments(front, partyIDs: partyIDs, diagnostics: &diagnostics)
        charter.exit = decodeExit(front, diagnostics: &diagnostics)
    }

    /// `amendments:`, a list of `{date, summary, signed}`; `date` is required, `signed` maps party ids to dates.
    package static func decodeAmendments(_ map: MappingReader, partyIDs: [String], diagnostics: inout DiagnosticBag)
        -> [Amendment]
    {
        guard let value = map.value("amendments") else { return [] }
        guard case .sequence(let items) = value.shape else {
            diagnostics.error(
                value.location, "'amendments' must be a list of amendments, not \(value.shapeName)",
                hint: "write each amendment as '- date: YYYY-MM-DD' with a summary and signed")
            return []
        }
        var amendments: [Amendment] = []
        for (index, item) in items.enumerated() {
            let name = "amendment \(index + 1)"
            guard var entry = MappingReader(item, context: name, diagnostics: &diagnostics) else { continue }
            entry.context = name
            entry.warnUnknownKeys(known: amendmentKeys, diagnostics: &diagnostics)
            guard let dateValue = entry.value("date") else {
                entry.requireKey(
                    "date", diagnostics: &diagnostics, hint: "the date the amendment takes effect, YYYY-MM-DD")
                continue
            }
            let signatures = decodeSignatures(entry, of: name, partyIDs: partyIDs, diagnostics: &diagnostics)
            let summary = entry.string("summary", diagnostics: &diagnostics)
            guard let date = MappingReader.day(dateValue, what: "the date of \(name)", diagnostics: &diagnostics) else {
                continue
            }
            amendments.append(
                Amendment(
                    date: date, summary: summary, signatures: signatures, order: index,
                    location: entry.location))
        }
        return amendments
    }

    /// `exit: {decided, effective, reason}`; `decided` is required and `effective` may not be before it.
    package static func decodeExit(_ map: MappingReader, diagnostics: inout DiagnosticBag) -> ExitDecision? {
        guard let value = map.value("exit"),
            var exit = MappingReader(value, context: "'exit'", diagnostics: &diagnostics)
        else { return nil }
        exit.context = "'exit'"
        exit.warnUnknownKeys(known: exitKeys, diagnostics: &diagnostics)
        let reason = exit.string("reason", diagnostics: &diagnostics)
        let effectiveValue = exit.value("effective")
        let effective = effectiveValue.flatMap {
            MappingReader.day($0, what: "the exit's 'effective' date", diagnostics: &diagnostics)
        }
        guard let decidedValue = exit.value("decided") else {
            exit.requireKey("decided", diagnostics: &diagnostics, hint: "the date the exit was decided, YYYY-MM-DD")
            return nil
        }
        guard
            let decided = MappingReader.day(decidedValue, what: "the exit's 'decided' date", diagnostics: &diagnostics)
        else {
            return nil
        }
        if let effective, let effectiveValue, effective < decided {
            diagnostics.error(
                effectiveValue.location,
                "the exit's effective date \(effective) is before its decision date \(decided)",
                hint: "'effective' must be on or after 'decided'")
            return nil
        }
        return ExitDecision(
            decided: decided, effective: effective, reason: reason, location: decidedValue.location,
            effectiveLocation: effectiveValue?.location)
    }
}
