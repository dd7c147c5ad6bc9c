import AccordCore

extension MetricsExport {
    /// The text of `metrics.json` (ends with a newline): every partnership, or only `slug`'s. Key order is fixed;
    /// scores and indices have one decimal, goal progress two, counts none; null where there is no data.
    public static func json(_ metrics: PortfolioMetrics, slug: String? = nil) -> String {
        let pieces = jsonPieces(metrics, slug: slug)
        return (0..<pieces.count).map(pieces.piece).joined()
    }

    /// The same text in pieces that follow one another: the head, one piece per partnership, the tail, each
    /// made when asked for. The site writes them one after another as it makes them, so that the export
    /// (120 MB at 5,000 partnerships) is never in memory whole.
    /// `object` gives a partnership's object as `partnershipObjectText` writes it (from elsewhere when `metrics`
    /// keeps only their digests: a full build made each one as it measured the partnership).
    public static func jsonPieces(
        _ metrics: PortfolioMetrics, slug: String? = nil,
        object: @escaping @Sendable (PartnershipMetrics) -> String = partnershipObjectText
    ) -> (count: Int, piece: @Sendable (Int) -> String) {
        let partnerships = selected(metrics, slug: slug)
        var distribution: [(String, MetricsJSONValue)] = []
        for tier in HealthTier.allCases {
            distribution.append((tier.rawValue, .int(partnerships.filter { $0.tier == tier }.count)))
        }
        // The root object written field by field as `MetricsJSONValue` writes an object, and the partnerships one at
        // a time: only one partnership's tree is in memory at once.
        var head = "{\n  \"schema_version\": "
        MetricsJSONValue.int(schemaVersion).write(to: &head, indent: 2)
        head += ",\n  \"report_date\": "
        MetricsJSONValue.string(metrics.asOf.description).write(to: &head, indent: 2)
        head += ",\n  \"partnerships\": "
        var tail = partnerships.isEmpty ? "[]" : "  ]"
        tail += ",\n  \"tier_distribution\": "
        MetricsJSONValue.object(distribution).write(to: &tail, indent: 2)
        tail += "\n}\n"
        if partnerships.isEmpty {
            let whole = head + tail
            return (1, { _ in whole })
        }
        let (opening, closing) = (head + "[\n", tail)
        return (
            partnerships.count + 2,
            { index in
                if index == 0 { return opening }
                guard index <= partnerships.count else { return closing }
                return "    " + object(partnerships[index - 1]) + (index < partnerships.count ? ",\n" : "\n")
            }
        )
    }

    /// One partnership's object as `metrics.json` writes it (indented as an element of its `partnerships`, without
    /// the first line's indentation).
    @Sendable public static func partnershipObjectText(_ metrics: PartnershipMetrics) -> String {
        var text = ""
        partnershipJSON(metrics).write(to: &text, indent: 4)
        return text
    }

    /// One partnership's object.
    package static func partnershipJSON(_ metrics: PartnershipMetrics) -> MetricsJSONValue {
        var fields: [(String, MetricsJSONValue)] = []
        fields.append(("slug", .string(metrics.slug)))
        fields.append(("title", .string(metrics.title)))
        fields.append(("status", .string(metrics.status.rawValue)))
        fields.append(("tier", .string(metrics.tier.rawValue)))
        let flagKinds: [MetricsJSONValue] = metrics.redFlags.map { .string($0.kind.rawValue) }
        fields.append(("red_flags", .array(flagKinds)))
        let flagDetails: [MetricsJSONValue] = metrics.redFlags.map { flag in
            .object([("kind", .string(flag.kind.rawValue)), ("message", .string(flag.message))])
        }
        fields.append(("red_flag_details", .array(flagDetails)))
        fields.append(("warnings", .array(metrics.warnings.map { .string($0.kind.rawValue) })))
        let warningDetails: [MetricsJSONValue] = metrics.warnings.map { sign in
            .object([
                ("kind", .string(sign.kind.rawValue)), ("message", .string(sign.message)),
                ("party", .string(sign.party)),
            ])
        }
        fields.append(("warning_details", .array(warningDetails)))
        fields.append(("start", .string(metrics.startDate?.description)))
        fields.append(("start_date", .string(metrics.startDate?.description)))
        let exit: MetricsJSONValue =
            metrics.exit.map { exit in
                .object([
                    ("decided", .string(exit.decided.description)), ("effective", .string(exit.effective?.description)),
                ])
            } ?? .null
        fields.append(("exit", exit))
        fields.append(("meetings_counted", .int(metrics.countedMeetings)))
        fields.append(("governance_meetings_counted", .int(metrics.governanceMeetings)))
        fields.append(("alignment", familyJSON(metrics.alignment)))
        fields.append(("outcome", familyJSON(metrics.outcome)))
        fields.append(("goals", .array(metrics.goals.map(goalJSON))))
        fields.append(("parties", .array(metrics.sayDo.map { partyJSON($0, metrics) })))
        let actions: [(String, MetricsJSONValue)] = [
            ("total", .int(metrics.actions.count)),
            ("open", .int(metrics.actions.filter { !$0.isDone }.count)),
            ("overdue", .int(metrics.actions.filter(\.isOverdue).count)),
            ("undated", .int(metrics.actions.filter(\.isUndated).count)),
        ]
        fields.append(("actions", .object(actions)))
        let issues: [(String, MetricsJSONValue)] = [
            ("total", .int(metrics.issues.count)),
            ("open", .int(metrics.issues.filter { !$0.isResolved }.count)),
        ]
        fields.append(("issues", .object(issues)))
        fields.append(("attention", .array(metrics.attention.map(attentionJSON))))
        return .object(fields)
    }

    /// A family's index and its metrics keyed by id.
    package static func familyJSON(_ family: MetricFamilyResult) -> MetricsJSONValue {
        .object([
            ("index", .fixed(family.index, places: 1)),
            ("metrics", .object(family.metrics.map { ($0.id.rawValue, metricJSON($0)) })),
        ])
    }

    /// One metric: score and band first, then name, input count, the no-data sentence, a note and its figures.
    package static func metricJSON(_ metric: MetricResult) -> MetricsJSONValue {
        var fields: [(String, MetricsJSONValue)] = [
            ("score", .fixed(metric.score, places: 1)),
            ("band", .string(metric.band.rawValue)),
            ("name", .string(metric.name)),
            ("inputs", .int(metric.inputs.count)),
            ("no_data", .string(metric.noDataReason)),
        ]
        if metric.id == .a4 {
            let goals = metric.figures.first { $0.key == "goals" }?.value ?? 0
            fields.append(("more_than_five_goals", .bool(goals > 5)))
        }
        if let note = metric.note { fields.append(("note", .string(note))) }
        var keys: [String] = []
        for figure in metric.figures where !keys.contains(figure.key) { keys.append(figure.key) }
        for key in keys {
            let group = metric.figures.filter { $0.key == key }
            if group.allSatisfy({ $0.party == nil }), let figure = group.first {
                fields.append((key, .fixed(figure.value, places: figure.decimals)))
            } else {
                fields.append(
                    (
                        key,
                        .object(
                            group.compactMap { figure in
                                figure.party.map { ($0, MetricsJSONValue.fixed(figure.value, places: figure.decimals)) }
                            })
                    ))
            }
        }
        return .object(fields)
    }

    /// One goal: id, clamped progress (two decimals), status, then details.
    package static func goalJSON(_ goal: GoalResult) -> MetricsJSONValue {
        .object([
            ("id", .string(goal.id)),
            ("progress", .fixed(goal.progress, places: 2)),
            ("status", .string(goal.status.rawValue)),
            ("title", .string(goal.goal.title)),
            ("weight", .raw(goal.goal.weight)),
            ("progress_unclamped", .fixed(goal.progressUnclamped, places: 2)),
            ("latest_reading", .raw(goal.latest?.value)),
            ("reading_date", .string(goal.latest?.date.description)),
            ("baseline", .raw(goal.goal.kpi?.baseline)),
            ("target", .raw(goal.goal.kpi?.target)),
            ("due", .string(goal.goal.due?.description)),
            ("retired", .string(goal.goal.retired?.description)),
        ])
    }

    /// One party's say/do, participation and trust figures.
    package static func partyJSON(_ row: PartySayDo, _ metrics: PartnershipMetrics) -> MetricsJSONValue {
        let participation = metrics.participation.first { $0.party == row.party }
        let trust = metrics.trust.first { $0.party == row.party }
        return .object([
            ("id", .string(row.party)),
            ("name", .string(metrics.parties.first { $0.id == row.party }?.name ?? row.party)),
            ("say_do", .fixed(row.score, places: 1)),
            ("actions_due", .int(row.due)),
            ("actions_done_on_time", .int(row.doneOnTime)),
            ("actions_undated", .int(row.undated)),
            ("presence", .fixed(participation?.presence, places: 1)),
            ("meetings_present", .int(participation?.meetingsPresent ?? 0)),
            ("attendances", .int(participation?.attendances ?? 0)),
            ("actions_owned", .int(participation?.actionsOwned ?? 0)),
            ("trust", .fixed(trust?.trust, places: 2)),
        ])
    }

    /// One attention item: kind, message, path, line (null for a whole file), then party, days and severity.
    package static func attentionJSON(_ item: AttentionItem) -> MetricsJSONValue {
        .object([
            ("kind", .string(item.kind.rawValue)),
            ("message", .string(item.message)),
            ("path", .string(item.location.path)),
            ("line", item.location.line.map { .int($0) } ?? .null),
            ("party", .string(item.party)),
            ("days", .int(item.days)),
            ("severity", .string(item.severity.rawValue)),
        ])
    }
}
