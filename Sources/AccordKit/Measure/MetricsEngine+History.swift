extension MetricsEngine {
    /// Every index, metric score and KPI recomputed as of each distinct counted meeting date, oldest first.
    /// Only scores are computed (no input lines or figures), and the charter-only metrics once.
    static func history(_ partnership: Partnership, asOf: Day, thresholds: MetricThresholds,
                        requiredSections: [String]) -> [MetricsHistoryPoint] {
        var dates: [Day] = []
        for meeting in partnership.meetings where meeting.date <= asOf && dates.last != meeting.date {
            dates.append(meeting.date)
        }
        var charter: CharterMetrics?
        // Meetings are sorted by date, so the notes counted at each date extend those of the date before:
        // their actions and issues are merged once, as the walk reaches them.
        var actions = ActionLedger()
        var issues = IssueLedger()
        var recorded = 0
        return dates.map { date in
            while recorded < partnership.meetings.count, partnership.meetings[recorded].date <= date {
                actions.record(partnership.meetings[recorded])
                issues.record(partnership.meetings[recorded])
                recorded += 1
            }
            var context = MeasureContext(partnership: partnership, asOf: date, thresholds: thresholds,
                                         requiredSections: requiredSections, detailed: false,
                                         merged: (actions.settled(asOf: date), issues.settled(asOf: date)))
            if context.meetings.count != recorded {
                // Not a prefix (meetings out of order): merge the counted notes afresh.
                context = MeasureContext(partnership: partnership, asOf: date, thresholds: thresholds,
                                         requiredSections: requiredSections, detailed: false)
            }
            let charterMetrics = charter ?? CharterMetrics(context)
            charter = charterMetrics
            let snapshot = Snapshot(context, charter: charterMetrics)
            var scores: [MetricID: Double] = [:]
            for metric in snapshot.alignment.metrics + snapshot.outcome.metrics {
                if let score = metric.score { scores[metric.id] = score }
            }
            let goals = snapshot.context.goals.map { goal in
                GoalHistoryValue(goal: goal.id, value: goal.latest?.value, progress: goal.progress)
            }
            return MetricsHistoryPoint(date: date, alignmentIndex: snapshot.alignment.index,
                                       outcomeIndex: snapshot.outcome.index, scores: scores, goals: goals)
        }
    }
}
