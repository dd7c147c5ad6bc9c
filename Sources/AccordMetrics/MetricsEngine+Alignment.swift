import AccordCore

extension MetricsEngine {
    /// A1–A9 at the context's report date (A9 reads the per-party O2 figures); `charter` supplies the
    /// charter-only metrics when they were computed already.
    package static func alignment(_ context: MeasureContext, sayDo: [PartySayDo], charter: CharterMetrics? = nil)
        -> MetricFamilyResult
    {
        let charter = charter ?? CharterMetrics(context)
        return MetricFamilyResult(
            family: .alignment,
            metrics: [
                charter.charterCompleteness, mutualSignOff(context), charter.goalAgreement, charter.outcomeClarity,
                sharedView(context), participationBalance(context), leadsPresent(context), charter.valueBalance,
                deliveryBalance(context, sayDo: sayDo),
            ])
    }

    /// Each required section with the line of the charter H2 heading that matches it, nil when missing.
    package static func sectionMatches(_ context: MeasureContext) -> [(section: String, line: Int?)] {
        var headings: [(name: String, line: Int)] = []
        for block in context.charter.document.blocks {
            if case .heading(2, let inlines, let line) = block {
                headings.append((normalisedSectionName(inlines.plainText), line))
            }
        }
        return context.requiredSections.map { section in
            let wanted = normalisedSectionName(section)
            return (section, headings.first { $0.name == wanted }?.line)
        }
    }

    /// A1: required sections present ÷ required; no data when none is required.
    package static func charterCompleteness(_ context: MeasureContext) -> MetricResult {
        let path = context.charter.path
        let matches = sectionMatches(context)
        let inputs = matches.map { match in
            match.line.map { MetricInput("\(match.section): present", [SourceLocation(path: path, line: $0)]) }
                ?? MetricInput("\(match.section): missing", [SourceLocation(path: path)])
        }
        let present = matches.filter { $0.line != nil }.count
        return context.result(.a1, MetricMath.percent(present, matches.count), inputs)
    }

    /// A section name as compared: case folded, a leading `1.`/`2)` dropped, `&` read as `and`,
    /// punctuation and symbols turned into spaces, spaces collapsed.
    package static func normalisedSectionName(_ text: String) -> String {
        var rest = Substring(text.lowercased().trimmed)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = rest.dropFirst(digits.count).first, marker == "." || marker == ")" {
            rest = rest.dropFirst(digits.count + 1)
        }
        var out = ""
        for character in rest {
            if character == "&" {
                out += " and "
            } else if character.isPunctuation || character.isSymbol {
                out += " "
            } else {
                out.append(character)
            }
        }
        return out.foldedName
    }

    /// A2: parties that signed the current terms (by the report date) ÷ parties.
    package static func mutualSignOff(_ context: MeasureContext) -> MetricResult {
        var signed = 0
        var inputs: [MetricInput] = []
        if context.detailed, let amendment = context.terms.amendment {
            let summary = amendment.summary.map { " (\($0))" } ?? ""
            inputs.append(
                MetricInput("Current terms: the amendment of \(amendment.date)\(summary)", [amendment.location]))
        }
        for party in context.parties {
            if let signature = context.signatures.first(where: { $0.party == party.id }) {
                signed += 1
                guard context.detailed else { continue }
                inputs.append(
                    MetricInput("\(context.partyLabel(party.id)): signed \(signature.date)", [signature.location]))
            } else if !context.detailed {
                continue
            } else if let later = context.terms.signatures.first(where: { $0.party == party.id }) {
                inputs.append(
                    MetricInput(
                        "\(context.partyLabel(party.id)): signs \(later.date), after the report date",
                        [later.location]))
            } else {
                inputs.append(MetricInput("\(context.partyLabel(party.id)): not signed", [party.location]))
            }
        }
        return context.result(.a2, MetricMath.percent(signed, context.parties.count), inputs)
    }

    /// A3: per goal rated by at least two parties, 1 − (max − min) ÷ 4; weighted mean (retired goals left out).
    package static func goalAgreement(_ context: MeasureContext) -> MetricResult {
        var pairs: [(value: Double, weight: Double)] = []
        var inputs: [MetricInput] = []
        for goal in context.activeGoals {
            var byParty: [String: Int] = [:]
            for priority in goal.priorities { byParty[priority.party] = priority.score }
            let ratings = goal.priorities.map { "\($0.party) \($0.score)" }.joined(separator: ", ")
            guard byParty.count >= 2, let high = byParty.values.max(), let low = byParty.values.min() else {
                inputs.append(
                    MetricInput(
                        "\(goal.id): rated by fewer than two parties\(ratings.isEmpty ? "" : " (\(ratings))"), not counted",
                        [goal.location]))
                continue
            }
            let agreement = 1 - Double(high - low) / 4
            pairs.append((agreement, goal.weight))
            inputs.append(
                MetricInput(
                    "\(goal.id): priorities \(ratings) → agreement \(NumberText.number(agreement)), weight \(NumberText.number(goal.weight))",
                    [goal.location]))
        }
        inputs += retiredGoalInputs(context)
        return context.result(.a3, MetricMath.weightedMean(pairs).map { $0 * 100 }, inputs)
    }

    /// A4: goals with a measurable KPI, an owner and a due date ÷ goals (unweighted, retired goals left out);
    /// a note above five goals.
    package static func outcomeClarity(_ context: MeasureContext) -> MetricResult {
        let goals = context.activeGoals
        var clear = 0
        var inputs: [MetricInput] = []
        for goal in goals {
            var missing: [String] = []
            if goal.kpi?.isMeasurable != true { missing.append("a KPI with numeric baseline and target") }
            if goal.owner == nil { missing.append("an owner") }
            if goal.due == nil { missing.append("a due date") }
            if missing.isEmpty {
                clear += 1
                inputs.append(MetricInput("\(goal.id): KPI, owner and due date set", [goal.location]))
            } else {
                inputs.append(MetricInput("\(goal.id): missing \(missing.joined(separator: ", "))", [goal.location]))
            }
        }
        inputs += retiredGoalInputs(context)
        let note =
            goals.count > 5
            ? "\(goals.count) goals: the Vested rules suggest no more than five shared outcomes." : nil
        return context.result(
            .a4, MetricMath.percent(clear, goals.count), inputs, note: note,
            figures: [MetricFigure(key: "goals", label: "Goals", value: Double(goals.count))])
    }

    /// One "retired, not counted" input line per goal retired at the report date (A3, A4).
    package static func retiredGoalInputs(_ context: MeasureContext) -> [MetricInput] {
        context.charter.goals.compactMap { goal in
            guard context.retiredGoals.contains(goal.id), let retired = goal.retired else { return nil }
            return MetricInput("\(goal.id): retired \(retired), not counted", [goal.location])
        }
    }

    /// The dimensions of a pulse scored by at least two parties, with their gap (max − min), in display order;
    /// `scores` (the scores in words) is empty when `withScores` is false.
    package static func pulseGaps(_ pulse: Meeting, withScores: Bool = true)
        -> [(dimension: String, gap: Double, locations: [SourceLocation], scores: String)]
    {
        var dimensions: [String] = []
        for entry in pulse.health {
            for score in entry.scores where !dimensions.contains(score.dimension) { dimensions.append(score.dimension) }
        }
        let known = PulseScore.dimensions.filter { dimensions.contains($0) }
        let others = dimensions.filter { !PulseScore.dimensions.contains($0) }.sorted()
        var gaps: [(String, Double, [SourceLocation], String)] = []
        for dimension in known + others {
            let scored = pulse.health.compactMap { entry in entry.score(dimension).map { (entry, $0) } }
            guard scored.count >= 2 else { continue }
            let values = scored.map(\.1)
            guard let high = values.max(), let low = values.min() else { continue }
            let scores =
                withScores ? scored.map { "\($0.0.party) \(NumberText.number($0.1))" }.joined(separator: ", ") : ""
            gaps.append((dimension, high - low, scored.map(\.0.location), scores))
        }
        return gaps
    }

    /// A5: latest pulse (≤ 180 days old): 100 × (1 − mean gap ÷ 4) over dimensions scored by two or more parties.
    package static func sharedView(_ context: MeasureContext) -> MetricResult {
        guard let pulse = context.latestPulse else { return context.result(.a5, nil, []) }
        let gaps = pulseGaps(pulse, withScores: context.detailed)
        let score = MetricMath.mean(gaps.map(\.gap)).map { 100 * (1 - $0 / 4) }
        guard context.detailed else { return context.result(.a5, score, []) }
        var inputs = [MetricInput("Pulse of \(pulse.date) (\(pulse.title))", [SourceLocation(path: pulse.path)])]
        for gap in gaps {
            inputs.append(
                MetricInput("\(gap.dimension): \(gap.scores) → gap \(NumberText.number(gap.gap))", gap.locations))
        }
        return context.result(.a5, score, score == nil ? [] : inputs)
    }

    /// Per-party presence, head counts and action ownership over the counted meetings (A6's breakdown);
    /// `distinctPeople` is 0 unless `countingPeople`.
    package static func participation(_ context: MeasureContext, countingPeople: Bool = true) -> [PartyParticipation] {
        context.parties.map { party in
            var present = 0
            var attendances = 0
            var people = Set<String>()
            for meeting in context.meetings {
                let ours = meeting.attendees.filter { $0.party == party.id }
                if !ours.isEmpty { present += 1 }
                attendances += ours.count
                if countingPeople {
                    for person in ours { people.insert(person.name.foldedName) }
                }
            }
            let owned = context.actions.filter { $0.party == party.id }.count
            return PartyParticipation(
                party: party.id, meetingsPresent: present, meetings: context.meetings.count,
                attendances: attendances, distinctPeople: people.count, actionsOwned: owned)
        }
    }

    /// A6: lowest presence ÷ highest presence; no data without counted meetings or attendees of a party.
    package static func participationBalance(_ context: MeasureContext) -> MetricResult {
        let rows = participation(context, countingPeople: context.detailed)
        let presences = rows.compactMap(\.presence)
        var figures: [MetricFigure] = []
        for row in rows where context.detailed {
            figures.append(
                MetricFigure(
                    key: "presence", label: "Presence", party: row.party, value: row.presence, unit: "%", decimals: 1))
            figures.append(
                MetricFigure(key: "attendances", label: "Head count", party: row.party, value: Double(row.attendances)))
            figures.append(
                MetricFigure(
                    key: "actions_owned", label: "Actions owned", party: row.party, value: Double(row.actionsOwned)))
        }
        guard !context.meetings.isEmpty, let high = presences.max(), high > 0, let low = presences.min() else {
            return context.result(.a6, nil, [], figures: figures)
        }
        guard context.detailed else { return context.result(.a6, 100 * low / high, []) }
        let inputs = rows.map { row in
            let paths = context.meetings.filter { meeting in meeting.attendees.contains { $0.party == row.party } }
                .map { SourceLocation(path: $0.path) }
            return MetricInput(
                "\(context.partyLabel(row.party)): present at \(row.meetingsPresent) of \(row.meetings) meetings, \(row.attendances) attendances",
                paths)
        }
        return context.result(.a6, 100 * low / high, inputs, figures: figures)
    }

    /// A7: governance meetings attended by every party's lead ÷ governance meetings; parties without a lead ignored.
    package static func leadsPresent(_ context: MeasureContext) -> MetricResult {
        let leads = context.parties.compactMap { party in
            party.lead.map { (party: party.id, lead: $0, folded: $0.foldedName) }
        }
        guard !leads.isEmpty, !context.governance.isEmpty else { return context.result(.a7, nil, []) }
        var full = 0
        var inputs: [MetricInput] = []
        for meeting in context.governance {
            // A closure, not the key path `\.name.foldedName` (a two-part key path is applied at run time).
            let names = meeting.attendees.map { $0.name.foldedName }
            let absent = leads.filter { !names.contains($0.folded) }
            if absent.isEmpty {
                full += 1
                guard context.detailed else { continue }
                inputs.append(
                    MetricInput(
                        "\(meeting.date) \(meeting.title): every lead present", [SourceLocation(path: meeting.path)]))
            } else if context.detailed {
                let missing = absent.map { "\($0.lead) (\($0.party))" }.joined(separator: ", ")
                inputs.append(
                    MetricInput(
                        "\(meeting.date) \(meeting.title): absent \(missing)", [SourceLocation(path: meeting.path)]))
            }
        }
        return context.result(.a7, MetricMath.percent(full, context.governance.count), inputs)
    }

    /// The party a value item belongs to: the loader's resolution, else its label matched against ids and names.
    package static func valueItemParty(_ item: ValueItem, parties: [Party]) -> String? {
        if let party = item.party { return party }
        let label = item.label.foldedName
        return parties.first { $0.id.foldedName == label || $0.name.foldedName == label }?.id
    }

    /// A8: fewest value items of a party ÷ most (0 when a party has none); no data without value items.
    package static func valueBalance(_ context: MeasureContext) -> MetricResult {
        let items = context.charter.valueItems
        guard !items.isEmpty else { return context.result(.a8, nil, []) }
        var counts: [Int] = []
        var inputs: [MetricInput] = []
        for party in context.parties {
            let ours = items.filter { valueItemParty($0, parties: context.parties) == party.id }
            counts.append(ours.count)
            inputs.append(
                MetricInput(
                    "\(context.partyLabel(party.id)): \(ours.count) value item\(ours.count == 1 ? "" : "s")",
                    ours.map(\.location)))
        }
        guard let high = counts.max(), let low = counts.min() else { return context.result(.a8, nil, []) }
        let score = high == 0 || low == 0 ? 0 : 100 * Double(low) / Double(high)
        return context.result(.a8, score, inputs)
    }

    /// A9: 100 − (max − min) of the parties' own O2 scores; needs two parties with one.
    package static func deliveryBalance(_ context: MeasureContext, sayDo: [PartySayDo]) -> MetricResult {
        let scored = sayDo.compactMap { row in row.score.map { (row, $0) } }
        guard scored.count >= 2, let high = scored.map(\.1).max(), let low = scored.map(\.1).min() else {
            return context.result(.a9, nil, [])
        }
        guard context.detailed else { return context.result(.a9, 100 - (high - low), []) }
        let inputs = scored.map { row, score in
            MetricInput(
                "\(context.partyLabel(row.party)): \(NumberText.fixed(score, places: 1)) (\(row.doneOnTime) of \(row.due) on time)"
            )
        }
        return context.result(.a9, 100 - (high - low), inputs)
    }
}
