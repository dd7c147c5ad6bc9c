import AccordCore

// Reads back what `PartnershipMetrics+Bytes.swift` writes, in the same order.

extension ByteReader {
    /// Reads a partnership's whole metrics.
    mutating func metrics() throws -> PartnershipMetrics {
        let (slug, title, status, asOf) = (try string(), try string(), try raw() as PartnershipStatus, try day())
        let parties = try array { try $0.party() }
        let startDate = try optional { try $0.day() }
        let (counted, governance) = (try int(), try int())
        let (lastGovernance, latestPulse) = (try optional { try $0.day() }, try optional { try $0.day() })
        let (alignment, outcome) = (try family(), try family())
        let goals = try array { try $0.goalResult() }
        let actions = try array { try $0.trackedAction() }
        let issues = try array { try $0.trackedIssue() }
        let sayDo = try array { reader in
            PartySayDo(
                party: try reader.string(), due: try reader.int(), doneOnTime: try reader.int(),
                undated: try reader.int(), open: try reader.int())
        }
        let participation = try array { reader in
            PartyParticipation(
                party: try reader.string(), meetingsPresent: try reader.int(), meetings: try reader.int(),
                attendances: try reader.int(), distinctPeople: try reader.int(), actionsOwned: try reader.int())
        }
        let trust = try array { reader in
            PartyTrust(party: try reader.string(), trust: try reader.double(), location: try reader.location())
        }
        let redFlags = try array { reader in
            let kind: RedFlagKind = try reader.raw()
            let notice = try reader.notice()
            return RedFlag(
                kind: kind, message: notice.message, brief: notice.brief, location: notice.location,
                party: notice.party, days: try reader.int())
        }
        let warnings = try array { reader in
            let kind: WarningSignKind = try reader.raw()
            let notice = try reader.notice()
            return WarningSign(
                kind: kind, message: notice.message, brief: notice.brief, location: notice.location,
                party: notice.party)
        }
        let tier: HealthTier = try raw()
        let attention = try array { reader in
            AttentionItem(
                slug: try reader.string(), kind: try reader.raw(), message: try reader.string(),
                location: try reader.location(), party: try reader.optional { try $0.string() },
                days: try reader.int(), severity: try reader.raw())
        }
        let history = try array { try $0.historyPoint() }
        return PartnershipMetrics(
            slug: slug, title: title, status: status, asOf: asOf, parties: parties, startDate: startDate,
            countedMeetings: counted, governanceMeetings: governance, lastGovernanceMeeting: lastGovernance,
            latestPulseDate: latestPulse, alignment: alignment, outcome: outcome, goals: goals, actions: actions,
            issues: issues, sayDo: sayDo, participation: participation, trust: trust, redFlags: redFlags,
            warnings: warnings, tier: tier, attention: attention, history: history,
            exit: try optional { try $0.exit() })
    }

    /// Reads what a red flag and a warning sign share after their kind.
    mutating func notice() throws -> (message: String, brief: String, location: SourceLocation, party: String?) {
        (try string(), try string(), try location(), try optional { try $0.string() })
    }

    /// Reads a family's index and metrics.
    mutating func family() throws -> MetricFamilyResult {
        let family: MetricFamily = try raw()
        let index = try optional { try $0.double() }
        let metrics = try array { reader in
            let (id, score, band) = (
                try reader.raw() as MetricID, try reader.optional { try $0.double() }, try reader.raw() as MetricBand
            )
            let bounds = BandBounds(green: try reader.double(), amber: try reader.double())
            let inputs = try reader.array { reader in
                MetricInput(try reader.string(), try reader.array { try $0.location() })
            }
            let (noDataReason, note) = (
                try reader.optional { try $0.string() }, try reader.optional { try $0.string() }
            )
            let figures = try reader.array { reader in
                MetricFigure(
                    key: try reader.string(), label: try reader.string(),
                    party: try reader.optional { try $0.string() },
                    value: try reader.optional { try $0.double() }, unit: try reader.optional { try $0.string() },
                    decimals: try reader.int())
            }
            var metric = MetricResult(
                id: id, score: score, bounds: bounds, inputs: inputs, note: note, figures: figures)
            // Kept as they were measured, not worked out again.
            metric.band = band
            metric.noDataReason = noDataReason
            return metric
        }
        var result = MetricFamilyResult(family: family, metrics: metrics)
        result.index = index
        return result
    }

    /// Reads a goal's result.
    mutating func goalResult() throws -> GoalResult {
        let (goal, latest) = (try goal(), try optional { try $0.goalReading() })
        let readings = try array { try $0.goalReading() }
        let (unclamped, progress, elapsed) = (
            try optional { try $0.double() }, try optional { try $0.double() }, try optional { try $0.double() }
        )
        return GoalResult(
            goal: goal, latest: latest, readings: readings, progressUnclamped: unclamped, progress: progress,
            elapsed: elapsed, status: try raw())
    }

    /// Reads a KPI reading of a goal.
    mutating func goalReading() throws -> GoalReading {
        GoalReading(date: try day(), value: try double(), location: try location())
    }

    /// Reads a merged action.
    mutating func trackedAction() throws -> TrackedAction {
        let (owner, party, text) = (try optional { try $0.owner() }, try optional { try $0.string() }, try string())
        let (due, isTicked, doneDate) = (try optional { try $0.day() }, try bool(), try optional { try $0.day() })
        return TrackedAction(
            owner: owner, party: party, text: text, due: due, isTicked: isTicked, doneDate: doneDate,
            firstLocation: try location(), latestLocation: try location(), appearances: try array { try $0.location() },
            asOf: try day())
    }

    /// Reads a merged issue.
    mutating func trackedIssue() throws -> TrackedIssue {
        let (text, raised, isTicked) = (try string(), try day(), try bool())
        let resolvedDate = try optional { try $0.day() }
        let (first, latest) = (try location(), try location())
        let appearances = try array { try $0.location() }
        let status: IssueStatus
        switch try int() {
        case 0: status = .resolved(on: try optional { try $0.day() })
        case 1: status = .open(raised: try day(), days: try int())
        case 2: status = .upcoming
        default: throw Malformed()
        }
        return TrackedIssue(
            text: text, raised: raised, isTicked: isTicked, resolvedDate: resolvedDate, firstLocation: first,
            latestLocation: latest, appearances: appearances, status: status)
    }

    /// Reads a history point.
    mutating func historyPoint() throws -> MetricsHistoryPoint {
        let (date, alignment, outcome) = (try day(), try optional { try $0.double() }, try optional { try $0.double() })
        var scores: [MetricID: Double] = [:]
        for (id, score) in try array({ reader in (try reader.raw() as MetricID, try reader.double()) }) {
            scores[id] = score
        }
        let goals = try array { reader in
            GoalHistoryValue(
                goal: try reader.string(), value: try reader.optional { try $0.double() },
                progress: try reader.optional { try $0.double() })
        }
        return MetricsHistoryPoint(
            date: date, alignmentIndex: alignment, outcomeIndex: outcome, scores: scores, goals: goals)
    }
}
