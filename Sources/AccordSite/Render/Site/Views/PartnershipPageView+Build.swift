import AccordCore
import AccordInput
import AccordMetrics

extension PartnershipPageView {
    /// Builds the page of a partnership from its content and metrics.
    package init(partnership: Partnership, metrics: PartnershipMetrics, charterHTML: String, links: LinkMap) {
        let charter = partnership.charter
        let page = partnership.pagePath
        let linker = SourceLinker(links: links, page: page)
        func partyName(_ id: String?) -> String { id.flatMap { charter.party($0)?.name } ?? "—" }
        func sources(_ locations: [SourceLocation]) -> [SourceLink] {
            locations.compactMap { location in
                linker.href(location).map { SourceLink(label: SourceLinker.label(location), href: $0) }
            }
        }

        title = charter.title
        status = charter.status.rawValue
        tier = metrics.tier.title
        tierClass = "tier-" + metrics.tier.rawValue
        redFlags = metrics.redFlags.map(\.message)
        start = metrics.startDate?.description ?? "not started"
        review = charter.review?.description ?? "none set"
        cadence = charter.cadence?.description ?? "none set"
        extra = charter.extra?.templateValue
        lifecycle = PartnershipLifecycleView(charter: charter, metrics: metrics, linker: linker)
        lifecycle.history = partnership.charterHistory.map(CharterHistoryView.init)

        parties = charter.parties.map { party in
            let signature = charter.signatures.first { $0.party == party.id }
            let participation = metrics.participation.first { $0.party == party.id }
            let sayDo = metrics.sayDo.first { $0.party == party.id }
            let trust = metrics.trust.first { $0.party == party.id }
            return PartyRow(
                name: party.name, id: party.id, role: party.role, lead: party.lead,
                people: party.people.joined(separator: ", "),
                signed: signature.map { $0.date <= metrics.asOf ? "signed \($0.date)" : "signs \($0.date)" }
                    ?? "not signed",
                isSigned: signature.map { $0.date <= metrics.asOf } ?? false,
                presence: Wording.percent(participation?.presence.map { $0 / 100 }),
                attendances: participation?.attendances ?? 0, actionsOwned: participation?.actionsOwned ?? 0,
                sayDo: NumberText.score(sayDo?.score),
                sayDoDetail: sayDo.map { "\($0.doneOnTime) of \($0.due) on time" } ?? "no actions due",
                trust: trust.map { NumberText.number($0.trust) } ?? "—")
        }

        let history = metrics.history
        func sparkline(_ name: String, _ id: String, _ value: (MetricsHistoryPoint) -> Double?) -> ChartView {
            ChartView(
                SparklineChart.build(
                    idPrefix: "spark-\(id)", title: "\(name) history",
                    points: history.map { ChartPoint(day: $0.date, value: value($0)) }))
        }
        indices = [
            IndexCard(
                name: "Alignment index", score: NumberText.score(metrics.alignment.index),
                band: Self.indexBand(metrics.alignment.index).rawValue,
                bandWord: Wording.band(Self.indexBand(metrics.alignment.index)),
                sparkline: sparkline("Alignment index", "alignment", \.alignmentIndex), anchor: "#alignment"),
            IndexCard(
                name: "Outcome index", score: NumberText.score(metrics.outcome.index),
                band: Self.indexBand(metrics.outcome.index).rawValue,
                bandWord: Wording.band(Self.indexBand(metrics.outcome.index)),
                sparkline: sparkline("Outcome index", "outcome", \.outcomeIndex), anchor: "#outcomes"),
        ]
        func card(_ result: MetricResult) -> MetricCard {
            let inputs = result.inputs.map { input in
                let links = sources(input.locations)
                return Input(text: input.text, sources: links, hasSources: !links.isEmpty)
            }
            return MetricCard(
                id: result.id.rawValue, name: result.name, score: NumberText.score(result.score),
                band: result.band.rawValue, bandWord: Wording.band(result.band), formula: result.formula,
                bounds: result.id == .a2
                    ? "Good at 100, else Concern"
                    : "Good ≥ \(NumberText.number(result.bounds.green)), Watch ≥ \(NumberText.number(result.bounds.amber)), else Concern",
                reference: result.reference,
                inputs: inputs, inputsHTML: Self.inputsHTML(inputs),
                hasInputs: !result.inputs.isEmpty,
                noData: result.noDataReason, note: result.note, hasFigures: !result.figures.isEmpty,
                figures: result.figures.map { figure in
                    Figure(
                        label: figure.party.map { partyName($0) + ": " + figure.label.lowercased() } ?? figure.label,
                        value: figure.value == nil ? "—" : figure.formatted + Wording.unitSuffix(figure.unit))
                })
        }
        alignmentCards = metrics.alignment.metrics.map(card)
        outcomeCards = metrics.outcome.metrics.map(card)

        goals = metrics.goals.map { result in
            let goal = result.goal
            let kpi = goal.kpi
            let unit = Wording.unitSuffix(kpi?.unit)
            let kpiText: String
            if let kpi, let baseline = kpi.baseline, let target = kpi.target {
                kpiText =
                    "\(kpi.name ?? "KPI"): \(NumberText.number(baseline))\(unit) → \(NumberText.number(target))\(unit)"
            } else {
                kpiText = kpi?.name.map { "\($0): no numeric baseline and target" } ?? "no KPI"
            }
            let bar = ProgressBarChart.build(
                // Not "goal-ID": the template's goal heading is already `goal-ID-title`.
                idPrefix: "goal-\(Self.idFragment(goal.id))-progress", title: "\(goal.id) progress",
                progress: result.progress,
                baseline: kpi?.baseline, target: kpi?.target, latest: result.latest?.value, unit: kpi?.unit ?? "",
                status: result.status, elapsed: result.elapsed)
            let values = history.map { point in point.goals.first { $0.goal == goal.id }?.value }
            let known = values.compactMap { $0 } + [kpi?.baseline, kpi?.target].compactMap { $0 }
            var trend: ChartView?
            if let low = known.min(), let high = known.max(), values.contains(where: { $0 != nil }) {
                trend = ChartView(
                    SparklineChart.build(
                        idPrefix: "goal-\(Self.idFragment(goal.id))-trend", title: "\(kpi?.name ?? goal.id) over time",
                        points: zip(history, values).map { ChartPoint(day: $0.date, value: $1) },
                        domain: low...(high > low ? high : low + 1), valueLabel: kpi?.name ?? "Value", decimals: 2))
            }
            return GoalRow(
                id: goal.id, title: goal.title, owner: partyName(goal.owner), weight: NumberText.number(goal.weight),
                kpi: kpiText, due: goal.due?.description ?? "no due date",
                status: Wording.goalStatus(result.status), statusClass: "status-" + result.status.rawValue,
                progress: Wording.percent(result.progress), bar: ChartView(bar), trend: trend,
                readings: result.readings.map { reading in
                    Reading(
                        date: reading.date.description, value: NumberText.number(reading.value) + unit,
                        href: linker.href(reading.location) ?? "#")
                },
                hasReadings: !result.readings.isEmpty,
                priorities: goal.priorities.map { "\(partyName($0.party)) \($0.score)" }.joined(separator: ", "))
        }

        attention = metrics.attention.map { item in
            Attention(
                message: item.message, kind: item.kind.rawValue, href: linker.href(item.location),
                source: SourceLinker.label(item.location))
        }

        let partyNames = charter.parties.map(\.name)
        let pulsePoints = partnership.meetings.filter { $0.date <= metrics.asOf && !$0.health.isEmpty }
        if !pulsePoints.isEmpty {
            func series(_ value: @escaping (PartyPulse) -> Double?) -> [ChartSeries] {
                charter.parties.map { party in
                    ChartSeries(
                        name: party.name,
                        points: pulsePoints.map { meeting in
                            ChartPoint(
                                day: meeting.date, value: meeting.health.first { $0.party == party.id }.flatMap(value))
                        })
                }
            }
            trustChart = ChartView(
                PartyLineChart.build(
                    idPrefix: "trust", title: "Trust by party",
                    series: series { $0.score("trust") }))
            pulseChart = ChartView(
                PartyLineChart.build(
                    idPrefix: "pulse", title: "Pulse mean by party",
                    series: series { pulse in
                        let values = pulse.scores.map(\.value)
                        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
                    }))
        } else {
            trustChart = nil
            pulseChart = nil
        }
        let counted = partnership.meetings.filter { $0.date <= metrics.asOf }
        if counted.isEmpty {
            participationChart = nil
        } else {
            participationChart = ChartView(
                ParticipationChart.build(
                    idPrefix: "participation", title: "Attendees by party per meeting", parties: partyNames,
                    bars: counted.map { meeting in
                        ParticipationBar(
                            label: meeting.date.description,
                            counts: charter.parties.map { party in
                                meeting.attendees.filter { $0.party == party.id }.count
                            })
                    }))
        }

        func actionRow(_ action: TrackedAction) -> ActionRow {
            ActionRow(
                owner: action.ownerName, party: partyName(action.party), text: action.text,
                due: action.due?.description ?? "—", state: action.status.words, stateClass: action.status.cssClass,
                href: linker.href(action.firstLocation) ?? "#", source: SourceLinker.label(action.firstLocation),
                isUndated: action.isUndated)
        }
        let open = metrics.actions.filter { !$0.isDone }.sorted { lhs, rhs in
            if lhs.daysOverdue != rhs.daysOverdue { return lhs.daysOverdue > rhs.daysOverdue }
            return (lhs.due ?? Day(ordinal: Int.max)) < (rhs.due ?? Day(ordinal: Int.max))
        }
        openActions = open.map(actionRow)
        closedActions = metrics.actions.filter(\.isDone).map(actionRow)
        openActionCount = open.count
        overdueActionCount = open.filter(\.isOverdue).count

        issues = metrics.issues.map { issue in
            IssueRow(
                text: issue.text, raised: issue.raised.description,
                state: issue.status.words, stateClass: issue.status.cssClass,
                detail: issue.daysToResolve.map { "· " + NumberText.days($0) + " to resolve" } ?? "",
                href: linker.href(issue.firstLocation) ?? "#", source: SourceLinker.label(issue.firstLocation))
        }
        wins = counted.flatMap { meeting in
            meeting.wins.map {
                WinRow(text: $0.text, date: meeting.date.description, href: linker.href($0.location) ?? "#")
            }
        }
        meetings = partnership.meetings.reversed().map { meeting in
            MeetingRow(
                date: meeting.date.description, title: meeting.title, kind: meeting.kind,
                isGovernance: meeting.isGovernance, href: SitePaths.link(from: page, to: meeting.pagePath),
                counts:
                    "\(meeting.decisions.count) decisions · \(meeting.actions.count) actions · \(meeting.issues.count) issues",
                isCounted: meeting.date <= metrics.asOf)
        }
        charterSource = charter.path
        hasRedFlags = !redFlags.isEmpty
        hasGoals = !goals.isEmpty
        hasAttention = !attention.isEmpty
        hasOpenActions = !openActions.isEmpty
        hasClosedActions = !closedActions.isEmpty
        hasIssues = !issues.isEmpty
        hasWins = !wins.isEmpty
        hasMeetings = !meetings.isEmpty
        self.charter = charterHTML
    }
}
