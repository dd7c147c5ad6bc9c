extension MetricsEngine {
    /// Every index, metric score and KPI recomputed as of each distinct counted meeting date, oldest first.
    static func history(_ partnership: Partnership, asOf: Day, thresholds: MetricThresholds,
                        requiredSections: [String]) -> [MetricsHistoryPoint] {
        var dates: [Day] = []
        for meeting in partnership.meetings where meeting.date <= asOf && dates.last != meeting.date {
            dates.append(meeting.date)
        }
        return dates.map { date in
            let snapshot = Snapshot(partnership: partnership, asOf: date, thresholds: thresholds,
                                    requiredSections: requiredSections)
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
