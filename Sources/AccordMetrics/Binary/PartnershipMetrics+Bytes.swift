import AccordCore

// A partnership's whole metrics as `ByteWriter` bytes, for the spool beside the output and the build cache:
// every stored property in declaration order (`PartnershipMetrics+ByteReader.swift` reads them back), so
// that the bytes decode to a value equal to the one encoded.

extension PartnershipMetrics {
    /// The bytes of these metrics, which `init(bytes:)` reads back.
    package var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.metrics(self)
        return writer.bytes
    }

    /// The metrics `bytes` were made of; throws `ByteReader.Malformed` on bytes no writer made.
    package init(bytes: [UInt8]) throws {
        var reader = ByteReader(bytes)
        self = try reader.metrics()
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
    }
}

extension ByteWriter {
    /// Appends a partnership's whole metrics.
    mutating func metrics(_ metrics: PartnershipMetrics) {
        string(metrics.slug)
        string(metrics.title)
        raw(metrics.status)
        day(metrics.asOf)
        array(metrics.parties) { $0.party($1) }
        optional(metrics.startDate) { $0.day($1) }
        int(metrics.countedMeetings)
        int(metrics.governanceMeetings)
        optional(metrics.lastGovernanceMeeting) { $0.day($1) }
        optional(metrics.latestPulseDate) { $0.day($1) }
        family(metrics.alignment)
        family(metrics.outcome)
        array(metrics.goals) { $0.goalResult($1) }
        array(metrics.actions) { $0.trackedAction($1) }
        array(metrics.issues) { $0.trackedIssue($1) }
        array(metrics.sayDo) { writer, row in
            writer.string(row.party)
            for count in [row.due, row.doneOnTime, row.undated, row.open] { writer.int(count) }
        }
        array(metrics.participation) { writer, row in
            writer.string(row.party)
            for count in [row.meetingsPresent, row.meetings, row.attendances, row.distinctPeople, row.actionsOwned] {
                writer.int(count)
            }
        }
        array(metrics.trust) { writer, row in
            writer.string(row.party)
            writer.double(row.trust)
            writer.location(row.location)
        }
        array(metrics.redFlags) { writer, flag in
            writer.raw(flag.kind)
            writer.notice(flag.message, flag.brief, flag.location, flag.party)
            writer.int(flag.days)
        }
        array(metrics.warnings) { writer, sign in
            writer.raw(sign.kind)
            writer.notice(sign.message, sign.brief, sign.location, sign.party)
        }
        raw(metrics.tier)
        array(metrics.attention) { writer, item in
            writer.string(item.slug)
            writer.raw(item.kind)
            writer.string(item.message)
            writer.location(item.location)
            writer.optional(item.party) { $0.string($1) }
            writer.int(item.days)
            writer.raw(item.severity)
        }
        array(metrics.history) { $0.historyPoint($1) }
        optional(metrics.exit) { $0.exit($1) }
    }

    /// Appends what a red flag and a warning sign share after their kind.
    mutating func notice(_ message: String, _ brief: String, _ location: SourceLocation, _ party: String?) {
        string(message)
        string(brief)
        self.location(location)
        optional(party) { $0.string($1) }
    }

    /// Appends a family's index and metrics.
    mutating func family(_ family: MetricFamilyResult) {
        raw(family.family)
        optional(family.index) { $0.double($1) }
        array(family.metrics) { writer, metric in
            writer.raw(metric.id)
            writer.optional(metric.score) { $0.double($1) }
            writer.raw(metric.band)
            writer.double(metric.bounds.green)
            writer.double(metric.bounds.amber)
            writer.array(metric.inputs) { writer, input in
                writer.string(input.text)
                writer.array(input.locations) { $0.location($1) }
            }
            writer.optional(metric.noDataReason) { $0.string($1) }
            writer.optional(metric.note) { $0.string($1) }
            writer.array(metric.figures) { writer, figure in
                writer.string(figure.key)
                writer.string(figure.label)
                writer.optional(figure.party) { $0.string($1) }
                writer.optional(figure.value) { $0.double($1) }
                writer.optional(figure.unit) { $0.string($1) }
                writer.int(figure.decimals)
            }
        }
    }

    /// Appends a goal's result.
    mutating func goalResult(_ result: GoalResult) {
        goal(result.goal)
        optional(result.latest) { $0.goalReading($1) }
        array(result.readings) { $0.goalReading($1) }
        for value in [result.progressUnclamped, result.progress, result.elapsed] { optional(value) { $0.double($1) } }
        raw(result.status)
    }

    /// Appends a KPI reading of a goal.
    mutating func goalReading(_ reading: GoalReading) {
        day(reading.date)
        double(reading.value)
        location(reading.location)
    }

    /// Appends a merged action (its state follows from the rest).
    mutating func trackedAction(_ action: TrackedAction) {
        optional(action.owner) { $0.owner($1) }
        optional(action.party) { $0.string($1) }
        string(action.text)
        optional(action.due) { $0.day($1) }
        bool(action.isTicked)
        optional(action.doneDate) { $0.day($1) }
        location(action.firstLocation)
        location(action.latestLocation)
        array(action.appearances) { $0.location($1) }
        day(action.asOf)
    }

    /// Appends a merged issue.
    mutating func trackedIssue(_ issue: TrackedIssue) {
        string(issue.text)
        day(issue.raised)
        bool(issue.isTicked)
        optional(issue.resolvedDate) { $0.day($1) }
        location(issue.firstLocation)
        location(issue.latestLocation)
        array(issue.appearances) { $0.location($1) }
        switch issue.status {
        case .resolved(let day):
            int(0)
            optional(day) { $0.day($1) }
        case .open(let raised, let days):
            int(1)
            self.day(raised)
            int(days)
        case .upcoming:
            int(2)
        }
    }

    /// Appends a history point; its scores in metric order.
    mutating func historyPoint(_ point: MetricsHistoryPoint) {
        day(point.date)
        optional(point.alignmentIndex) { $0.double($1) }
        optional(point.outcomeIndex) { $0.double($1) }
        array(point.scores.sorted { $0.key < $1.key }) { writer, score in
            writer.raw(score.key)
            writer.double(score.value)
        }
        array(point.goals) { writer, value in
            writer.string(value.goal)
            writer.optional(value.value) { $0.double($1) }
            writer.optional(value.progress) { $0.double($1) }
        }
    }
}
