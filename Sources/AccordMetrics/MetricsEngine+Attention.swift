import AccordCore

extension MetricsEngine {
    /// Days before the review date from which it is listed as needing attention.
    package static let reviewNoticeDays = 60
    /// Days an issue may stay open before it is listed.
    package static let staleIssueDays = 30

    /// The "needs attention" items of one partnership, most urgent first (`AttentionItem.urgencyOrder`): one per
    /// red flag and warning sign, then the rest; an item a red flag already states is not repeated.
    package static func attention(
        _ context: MeasureContext, goals: [GoalResult], missingSections: [String],
        redFlags: [RedFlag] = [], warnings: [WarningSign] = []
    ) -> [AttentionItem] {
        let slug = context.partnership.slug
        let charter = context.charter
        let charterPlace = SourceLocation(path: charter.path)
        let flagged = Set(redFlags.map(\.kind))
        var items: [AttentionItem] = []
        func add(
            _ kind: AttentionKind, _ message: String, _ location: SourceLocation, party: String? = nil, days: Int = 0
        ) {
            items.append(
                AttentionItem(slug: slug, kind: kind, message: message, location: location, party: party, days: days))
        }
        for flag in redFlags {
            items.append(
                AttentionItem(
                    slug: slug, kind: AttentionKind(flag.kind), message: flag.message, location: flag.location,
                    party: flag.party, days: flag.days, severity: .redFlag))
        }
        for sign in warnings {
            items.append(
                AttentionItem(
                    slug: slug, kind: AttentionKind(sign.kind), message: sign.message, location: sign.location,
                    party: sign.party, severity: .warningSign))
        }
        if context.isExiting, let exit = charter.exit, let effective = exit.effective, effective < context.asOf {
            add(
                .exitEffective,
                "The exit took effect on \(effective), \(NumberText.days(context.asOf.days(since: effective))) ago: set 'status: ended' in the charter",
                exit.effectiveLocation, days: context.asOf.days(since: effective))
        }
        for action in context.actions where action.isOverdue {
            let party = action.party.map { " (\($0))" } ?? ""
            add(
                .overdueAction,
                "\(action.ownerName)\(party): \(action.text) — due \(action.due.map(\.description) ?? "?"), \(NumberText.days(action.daysOverdue)) late",
                action.latestLocation, party: action.party, days: action.daysOverdue)
        }
        if let cadence = charter.cadence, let reference = lastGovernanceReference(context) {
            let days = context.asOf.days(since: reference.date)
            if days > cadence.days, !flagged.contains(.meetingOverdue) {
                let since = reference.isMeeting ? "since the last governance meeting" : "since the start"
                let place =
                    reference.isMeeting
                    ? context.governance.last.map { SourceLocation(path: $0.path) } ?? charterPlace : charterPlace
                add(
                    .meetingOverdue,
                    "A governance meeting is overdue: \(NumberText.days(days)) \(since) (\(reference.date)); the cadence is \(cadence)",
                    place, days: days - cadence.days)
            }
        }
        // While exiting, the review's outcome is the exit; a flagged review is stated by its flag.
        if let review = charter.review, !context.isExiting, !flagged.contains(.reviewOverdue) {
            let until = review.days(since: context.asOf)
            if until < 0 {
                add(
                    .reviewDue, "The strategic review date \(review) passed \(NumberText.days(-until)) ago",
                    charterPlace, days: -until)
            } else if until == 0 {
                add(.reviewDue, "The strategic review is due today (\(review))", charterPlace)
            } else if until <= reviewNoticeDays {
                add(.reviewDue, "The strategic review is due in \(NumberText.days(until)) (\(review))", charterPlace)
            }
        }
        for goal in goals where goal.status == .behind {
            var message =
                "Goal \(goal.id) “\(goal.goal.title)” is behind: progress \(NumberText.fixed(goal.progress ?? 0, places: 2))"
            if let elapsed = goal.elapsed {
                message += " with \(NumberText.fixed(elapsed * 100, places: 0))% of its time gone"
            }
            add(.goalBehind, message, goal.latest?.location ?? goal.goal.location, party: goal.goal.owner)
        }
        if let pulse = context.latestPulse {
            // A trust gap the `trust-gap` warning sign states is not repeated as a shared-view gap.
            let trustGapSigned = warnings.contains { $0.kind == .trustGap }
            for gap in pulseGaps(pulse)
            where MetricMath.isAtLeast(gap.gap, 1.0) && !(trustGapSigned && gap.dimension == "trust") {
                add(
                    .sharedViewGap,
                    "The parties' views of \(gap.dimension) differ by \(NumberText.number(gap.gap)) (\(gap.scores)) in the pulse of \(pulse.date)",
                    gap.locations.first ?? SourceLocation(path: pulse.path))
            }
            let flaggedTrust = flagged.contains(.lowTrust)
            for entry in trust(context)
            where MetricMath.isBelow(entry.trust, 3.0)
                && !(flaggedTrust && MetricMath.isAtMost(entry.trust, 2.5))
            {
                add(
                    .lowTrust,
                    "\(context.partyLabel(entry.party)) rates trust \(NumberText.number(entry.trust)) in the pulse of \(pulse.date)",
                    entry.location, party: entry.party)
            }
        }
        for section in missingSections {
            add(.missingSection, "The charter has no “\(section)” section", charterPlace)
        }
        let signed = Set(context.signatures.map(\.party))
        for party in context.parties where !signed.contains(party.id) && !flagged.contains(.unsigned) {
            add(
                .unsigned, "\(context.partyLabel(party.id)) has not signed \(context.terms.name)",
                context.terms.amendment?.location ?? party.location, party: party.id)
        }
        for issue in context.issues where issue.raised <= context.asOf {
            guard let open = issue.daysOpen, open > staleIssueDays else { continue }
            add(
                .staleIssue, "Issue open for \(NumberText.days(open)) (raised \(issue.raised)): \(issue.text)",
                issue.latestLocation, days: open)
        }
        return items.sorted(by: AttentionItem.urgencyOrder)
    }
}
