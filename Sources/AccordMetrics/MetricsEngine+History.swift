import AccordCore

extension MetricsEngine {
    /// Every index, metric score and KPI recomputed as of each distinct counted meeting date before the report
    /// date, oldest first, then a last point at the report date taken from `atReportDate` (the measurement the
    /// pages print), so every series ends at the figure shown beside it; one point when no meeting counts.
    /// Only scores are computed (no input lines or figures), and the charter-only metrics once.
    package static func history(
        _ partnership: Partnership, asOf: Day, thresholds: MetricThresholds,
        requiredSections: [String], atReportDate: Snapshot
    ) -> [MetricsHistoryPoint] {
        var dates: [Day] = []
        // The report date has its point from the main measurement: a meeting on that date adds none.
        for meeting in partnership.meetings where meeting.date < asOf && dates.last != meeting.date {
            dates.append(meeting.date)
        }
        var charter: CharterMetrics?
        // Meetings are sorted by date, so the notes counted at each date extend those of the date before:
        // their actions and issues are merged once, as the walk reaches them.
        var actions = ActionLedger()
        var issues = IssueLedger()
        var recorded = 0
        let points = dates.map { date in
            while recorded < partnership.meetings.count, partnership.meetings[recorded].date <= date {
                actions.record(partnership.meetings[recorded])
                issues.record(partnership.meetings[recorded])
                recorded += 1
            }
            var context = MeasureContext(
                partnership: partnership, asOf: date, thresholds: thresholds,
                requiredSections: requiredSections, detailed: false,
                merged: (actions.settled(asOf: date), issues.settled(asOf: date)))
            if context.meetings.count != recorded {
                // Not a prefix (meetings out of order): merge the counted notes afresh.
                context = MeasureContext(
                    partnership: partnership, asOf: date, thresholds: thresholds,
                    requiredSections: requiredSections, detailed: false)
            }
            let charterMetrics = charter ?? CharterMetrics(context)
            charter = charterMetrics
            return historyPoint(Snapshot(context, charter: charterMetrics))
        }
        return points + [historyPoint(atReportDate)]
    }

    /// The history point of a snapshot, at its report date.
    package static func historyPoint(_ snapshot: Snapshot) -> MetricsHistoryPoint {
        var scores: [MetricID: Double] = [:]
        for metric in snapshot.alignment.metrics + snapshot.outcome.metrics {
            if let score = metric.score { scores[metric.id] = score }
        }
        let goals = snapshot.context.goals.map { goal in
            GoalHistoryValue(goal: goal.id, value: goal.latest?.value, progress: goal.progress)
        }
        return MetricsHistoryPoint(
            date: snapshot.context.asOf, alignmentIndex: snapshot.alignment.index,
            outcomeIndex: snapshot.outcome.index, scores: scores, goals: goals)
    }
}
