import AccordCore

extension MetricsEngine {
    /// O1–O5 at the context's report date.
    package static func outcome(_ context: MeasureContext, sayDo: [PartySayDo]) -> MetricFamilyResult {
        MetricFamilyResult(
            family: .outcome,
            metrics: [
                kpiAttainment(context), commitmentReliability(context, sayDo: sayDo), issueResolution(context),
                governanceCadence(context), relationshipHealth(context),
            ])
    }

    /// O1: weighted mean of the goals' clamped progress, over goals with a usable reading that are not retired.
    package static func kpiAttainment(_ context: MeasureContext) -> MetricResult {
        var pairs: [(value: Double, weight: Double)] = []
        var inputs: [MetricInput] = []
        for result in context.goals where result.status != .retired {
            guard let latest = result.latest else { continue }
            let unit = result.goal.kpi?.unit.map { " \($0)" } ?? ""
            guard let progress = result.progress, let kpi = result.goal.kpi, let baseline = kpi.baseline,
                let target = kpi.target
            else {
                guard context.detailed else { continue }
                inputs.append(
                    MetricInput(
                        "\(result.id): reading \(NumberText.number(latest.value))\(unit) ignored, the KPI has no numeric baseline and target",
                        [latest.location]))
                continue
            }
            pairs.append((progress, result.goal.weight))
            guard context.detailed else { continue }
            inputs.append(
                MetricInput(
                    "\(result.id): latest \(NumberText.number(latest.value))\(unit) (\(latest.date)), baseline \(NumberText.number(baseline)), target \(NumberText.number(target)) → progress \(NumberText.fixed(progress, places: 2)), weight \(NumberText.number(result.goal.weight))",
                    [latest.location]))
        }
        return context.result(.o1, MetricMath.weightedMean(pairs).map { $0 * 100 }, pairs.isEmpty ? [] : inputs)
    }

    /// Per-party say/do figures over merged actions due by the report date, in charter order.
    package static func sayDo(_ context: MeasureContext) -> [PartySayDo] {
        context.parties.map { party in
            let due = context.actions.filter { $0.party == party.id && $0.isDueByReportDate }
            return PartySayDo(
                party: party.id, due: due.count, doneOnTime: due.filter(\.isDoneOnTime).count,
                undated: due.filter { $0.isDoneOnTime && $0.isUndated }.count,
                open: due.filter { !$0.isDone }.count)
        }
    }

    /// The state of a merged action in words for O2's inputs: its `ActionStatus` words, with whether it was done
    /// on time (`done on 2026-03-18, on time`, `overdue by 12 days`).
    package static func actionState(_ action: TrackedAction) -> String {
        let status = action.status
        if case .done(let done) = status {
            guard done != nil else { return status.words + " (counted on time)" }
            return status.words + (action.isDoneOnTime ? ", on time" : ", late")
        }
        if action.isTicked, let done = action.doneDate {
            return status.words + " (done \(done) is after the report date)"
        }
        return status.words
    }

    /// O2: actions due by the report date done on or before their due date ÷ actions due by the report date.
    package static func commitmentReliability(_ context: MeasureContext, sayDo: [PartySayDo]) -> MetricResult {
        let due = context.actions.filter(\.isDueByReportDate)
        let onTime = due.filter(\.isDoneOnTime).count
        guard context.detailed else { return context.result(.o2, MetricMath.percent(onTime, due.count), []) }
        let inputs = due.map { action in
            let party = action.party.map { " (\($0))" } ?? ""
            let places =
                action.firstLocation == action.latestLocation
                ? [action.firstLocation] : [action.firstLocation, action.latestLocation]
            return MetricInput(
                "\(action.ownerName)\(party): \(action.text) — due \(action.due.map(\.description) ?? "?"), \(actionState(action))",
                places)
        }
        let figures = sayDo.map { row in
            MetricFigure(key: "say_do", label: "Say/do", party: row.party, value: row.score, unit: "%", decimals: 1)
        }
        return context.result(.o2, MetricMath.percent(onTime, due.count), inputs, figures: figures)
    }

    /// O3: issues resolved ÷ issues raised by the report date, with the median days to resolve.
    package static func issueResolution(_ context: MeasureContext) -> MetricResult {
        let raised = context.issues.filter { $0.raised <= context.asOf }
        let resolved = raised.filter(\.isResolved).count
        guard context.detailed else { return context.result(.o3, MetricMath.percent(resolved, raised.count), []) }
        let median = MetricMath.median(raised.compactMap(\.daysToResolve).map(Double.init))
        let inputs = raised.map { issue in
            var state = issue.status.words
            if let days = issue.daysToResolve { state += " (\(NumberText.days(days)))" }
            let places =
                issue.firstLocation == issue.latestLocation
                ? [issue.firstLocation] : [issue.firstLocation, issue.latestLocation]
            return MetricInput("\(issue.text) — raised \(issue.raised), \(state)", places)
        }
        let figures = [
            MetricFigure(
                key: "median_days_to_resolve", label: "Median days to resolve", value: median, unit: "days", decimals: 1
            )
        ]
        return context.result(.o3, MetricMath.percent(resolved, raised.count), inputs, figures: figures)
    }

    /// Days since the last counted governance meeting, and the longest gap between the start date and the
    /// governance meetings held since (the open interval to the report date is not a gap).
    package static func cadenceFigures(_ context: MeasureContext) -> (daysSinceLast: Int?, longestGap: Int?) {
        let daysSinceLast = context.governance.last.map { context.asOf.days(since: $0.date) }
        guard let start = context.start else { return (daysSinceLast, nil) }
        let held = context.governance.filter { $0.date >= start }.map(\.date)
        guard !held.isEmpty else { return (daysSinceLast, nil) }
        let dates = [start] + held
        let gaps = zip(dates.dropFirst(), dates).map { $0.days(since: $1) }
        return (daysSinceLast, gaps.max())
    }

    /// O4: governance meetings held since the start ÷ ⌊days since start ÷ cadence days⌋, capped at 100.
    package static func governanceCadence(_ context: MeasureContext) -> MetricResult {
        var figures: [MetricFigure] = []
        if context.detailed {
            let (daysSinceLast, longestGap) = cadenceFigures(context)
            figures = [
                MetricFigure(
                    key: "days_since_last_meeting", label: "Days since the last governance meeting",
                    value: daysSinceLast.map(Double.init), unit: "days"),
                MetricFigure(
                    key: "longest_gap_days", label: "Longest gap", value: longestGap.map(Double.init), unit: "days"),
            ]
        }
        guard let cadence = context.charter.cadence, cadence.days >= 1, let start = context.start else {
            return context.result(.o4, nil, [], figures: figures)
        }
        let expected = context.asOf.days(since: start) / cadence.days
        let held = context.governance.filter { $0.date >= start }
        if context.detailed {
            figures.append(MetricFigure(key: "expected", label: "Meetings expected", value: Double(max(0, expected))))
            figures.append(MetricFigure(key: "held", label: "Meetings held", value: Double(held.count)))
        }
        guard expected > 0 else { return context.result(.o4, nil, [], figures: figures) }
        let score = min(100, MetricMath.percent(held.count, expected) ?? 0)
        guard context.detailed else { return context.result(.o4, score, []) }
        var inputs = [
            MetricInput(
                "Cadence \(cadence) (\(NumberText.days(cadence.days))) since \(start): \(expected) expected, \(held.count) held"
            )
        ]
        inputs += held.map { MetricInput("\($0.date) \($0.title) (\($0.kind))", [SourceLocation(path: $0.path)]) }
        return context.result(.o4, score, inputs, figures: figures)
    }

    /// Each party's trust score in the latest pulse, in charter order.
    package static func trust(_ context: MeasureContext) -> [PartyTrust] {
        guard let pulse = context.latestPulse else { return [] }
        return context.parties.compactMap { party in
            guard let entry = pulse.health.first(where: { $0.party == party.id }), let value = entry.score("trust")
            else {
                return nil
            }
            return PartyTrust(party: party.id, trust: value, location: entry.location)
        }
    }

    /// O5: latest pulse (≤ 180 days old): (mean of all scores of all parties − 1) ÷ 4 × 100; trust shown apart.
    package static func relationshipHealth(_ context: MeasureContext) -> MetricResult {
        let trustFigures =
            !context.detailed
            ? []
            : trust(context).map {
                MetricFigure(key: "trust", label: "Trust", party: $0.party, value: $0.trust, decimals: 2)
            }
        guard let pulse = context.latestPulse else { return context.result(.o5, nil, [], figures: trustFigures) }
        let values = pulse.health.flatMap { $0.scores.map(\.value) }
        guard let mean = MetricMath.mean(values) else { return context.result(.o5, nil, [], figures: trustFigures) }
        guard context.detailed else { return context.result(.o5, (mean - 1) / 4 * 100, []) }
        var inputs = [
            MetricInput(
                "Pulse of \(pulse.date) (\(pulse.title)): mean \(NumberText.number(mean)) of \(values.count) scores",
                [SourceLocation(path: pulse.path)])
        ]
        for entry in pulse.health {
            let scores = entry.scores.map { "\($0.dimension) \(NumberText.number($0.value))" }.joined(separator: ", ")
            inputs.append(MetricInput("\(context.partyLabel(entry.party)): \(scores)", [entry.location]))
        }
        let figures = [MetricFigure(key: "mean_score", label: "Mean score", value: mean, decimals: 2)] + trustFigures
        return context.result(.o5, (mean - 1) / 4 * 100, inputs, figures: figures)
    }
}
