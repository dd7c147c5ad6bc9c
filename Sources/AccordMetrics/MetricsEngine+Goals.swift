import AccordCore

extension MetricsEngine {
    /// A goal at the report date: its counted readings, progress (unclamped and clamped), elapsed share and status
    /// (`retired` from its `retired` date on, whatever its readings).
    package static func measureGoal(_ goal: Goal, meetings: [Meeting], partnershipStart: Day?, asOf: Day) -> GoalResult
    {
        var readings: [GoalReading] = []
        for meeting in meetings where meeting.date <= asOf {
            for reading in meeting.kpiReadings where reading.goal == goal.id {
                readings.append(GoalReading(date: meeting.date, value: reading.value, location: reading.location))
            }
        }
        let latest = readings.last
        var unclamped: Double?
        if let latest, let baseline = goal.kpi?.baseline, let target = goal.kpi?.target {
            if target == baseline {
                unclamped = abs(latest.value - target) <= MetricMath.tolerance ? 1 : 0
            } else {
                unclamped = (latest.value - baseline) / (target - baseline)
            }
        }
        let progress = unclamped.map { MetricMath.clamp($0, 0...1) }
        let elapsed = elapsedShare(start: goal.start ?? partnershipStart, due: goal.due, asOf: asOf)
        let status: GoalStatus
        if let retired = goal.retired, retired <= asOf {
            status = .retired
        } else if let progress {
            if MetricMath.isAtLeast(progress, 1) {
                status = .achieved
            } else if goal.due == nil {
                status = progress > 0 ? .onTrack : .behind
            } else {
                status = MetricMath.isAtLeast(progress, (elapsed ?? 1) - 0.1) ? .onTrack : .behind
            }
        } else {
            status = .noData
        }
        return GoalResult(
            goal: goal, latest: latest, readings: readings, progressUnclamped: unclamped,
            progress: progress, elapsed: elapsed, status: status)
    }

    /// `(report date − start) ÷ (due − start)` clamped to 0…1; 1 when due is not after start; nil without a due date.
    /// Without any start date: 1 once the due date is reached, else 0.
    package static func elapsedShare(start: Day?, due: Day?, asOf: Day) -> Double? {
        guard let due else { return nil }
        guard let start else { return asOf >= due ? 1 : 0 }
        guard due > start else { return 1 }
        return MetricMath.clamp(Double(asOf.days(since: start)) / Double(due.days(since: start)), 0...1)
    }
}
