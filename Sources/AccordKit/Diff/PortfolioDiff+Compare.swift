import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

extension PortfolioDiff {
    /// Compares two measurements of a portfolio (both at `head.asOf`).
    public static func compare(base: PortfolioMetrics, head: PortfolioMetrics, baseName: String, headName: String)
        -> PortfolioDiff
    {
        var changed: [PartnershipDiff] = []
        for now in head.partnerships.sorted(by: PartnershipMetrics.portfolioOrder) {
            guard let before = base.partnership(now.slug) else {
                let text =
                    "added: \(now.tier.rawValue), alignment \(NumberText.score(now.alignment.index)), "
                    + "outcome \(NumberText.score(now.outcome.index))"
                changed.append(
                    PartnershipDiff(
                        slug: now.slug, title: now.title, presence: .added, baseTier: nil,
                        headTier: now.tier,
                        changes: [DiffChange(kind: .added, after: now.tier.rawValue, text: text)]))
                continue
            }
            let changes = Self.changes(before, now)
            if !changes.isEmpty {
                changed.append(
                    PartnershipDiff(
                        slug: now.slug, title: now.title, presence: .changed, baseTier: before.tier,
                        headTier: now.tier, changes: changes))
            }
        }
        for gone in base.partnerships.sorted(by: PartnershipMetrics.portfolioOrder)
        where head.partnership(gone.slug) == nil {
            changed.append(
                PartnershipDiff(
                    slug: gone.slug, title: gone.title, presence: .removed, baseTier: gone.tier,
                    headTier: nil,
                    changes: [
                        DiffChange(
                            kind: .removed, before: gone.tier.rawValue,
                            text: "removed (was \(gone.tier.rawValue))")
                    ]))
        }
        return PortfolioDiff(asOf: head.asOf, base: baseName, head: headName, partnerships: changed)
    }

    /// The changes of a partnership present on both sides, in the listed order.
    package static func changes(_ base: PartnershipMetrics, _ head: PartnershipMetrics) -> [DiffChange] {
        var changes: [DiffChange] = []
        if base.tier != head.tier {
            changes.append(
                DiffChange(
                    kind: .tier, before: base.tier.rawValue, after: head.tier.rawValue,
                    text: "tier \(base.tier.rawValue) → \(head.tier.rawValue)"))
        }
        for (kind, name, old, new) in [
            (DiffChange.Kind.alignmentIndex, "alignment", base.alignment.index, head.alignment.index),
            (.outcomeIndex, "outcome", base.outcome.index, head.outcome.index),
        ] {
            let before = NumberText.score(old)
            let after = NumberText.score(new)
            if before != after {
                changes.append(
                    DiffChange(kind: kind, before: before, after: after, text: "\(name) index \(before) → \(after)"))
            }
        }
        for metric in head.allMetrics {
            let old = base.metric(metric.id)
            guard let old, old.band != metric.band else { continue }
            changes.append(
                DiffChange(
                    kind: .band, id: metric.id.rawValue, before: old.band.rawValue, after: metric.band.rawValue,
                    text: "\(metric.id.rawValue) \(metric.name): \(old.band.rawValue) → \(metric.band.rawValue) "
                        + "(\(NumberText.score(old.score)) → \(NumberText.score(metric.score)))"))
        }
        changes +=
            flagChanges(base, head) + signChanges(base, head) + actionChanges(base, head) + goalChanges(base, head)
        return changes
    }

    package static func flagChanges(_ base: PartnershipMetrics, _ head: PartnershipMetrics) -> [DiffChange] {
        let before = Set(base.redFlags.map(\.kind))
        let after = Set(head.redFlags.map(\.kind))
        let appeared = head.redFlags.filter { !before.contains($0.kind) }.map {
            DiffChange(
                kind: .redFlagAppeared, id: $0.kind.rawValue, after: "raised",
                text: "red flag appeared: \($0.kind.rawValue) (\($0.brief))")
        }
        let cleared = base.redFlags.filter { !after.contains($0.kind) }.map {
            DiffChange(
                kind: .redFlagCleared, id: $0.kind.rawValue, before: "raised",
                text: "red flag cleared: \($0.kind.rawValue) (was \($0.brief))")
        }
        return appeared + cleared
    }

    package static func signChanges(_ base: PartnershipMetrics, _ head: PartnershipMetrics) -> [DiffChange] {
        func key(_ sign: WarningSign) -> String { sign.kind.rawValue + "\u{0}" + (sign.party ?? "") }
        let before = Set(base.warnings.map(key))
        let after = Set(head.warnings.map(key))
        let appeared = head.warnings.filter { !before.contains(key($0)) }.map {
            DiffChange(
                kind: .warningSignAppeared, id: $0.kind.rawValue, after: "raised",
                text: "warning sign appeared: \($0.kind.rawValue) (\($0.brief))")
        }
        let cleared = base.warnings.filter { !after.contains(key($0)) }.map {
            DiffChange(
                kind: .warningSignCleared, id: $0.kind.rawValue, before: "raised",
                text: "warning sign cleared: \($0.kind.rawValue) (was \($0.brief))")
        }
        return appeared + cleared
    }

    package static func actionChanges(_ base: PartnershipMetrics, _ head: PartnershipMetrics) -> [DiffChange] {
        func key(_ action: TrackedAction) -> String { action.ownerName + "\u{0}" + action.text }
        var before: [String: TrackedAction] = [:]
        for action in base.actions { before[key(action)] = action }
        var overdue: [DiffChange] = []
        var done: [DiffChange] = []
        for action in head.actions {
            let old = before[key(action)]
            if action.isOverdue, !(old?.isOverdue ?? false) {
                overdue.append(
                    DiffChange(
                        kind: .actionOverdue, before: old?.status.words, after: action.status.words,
                        text: "action overdue: \(action.ownerName): \(action.text) (\(action.status.words))"))
            }
            if action.isDone, !(old?.isDone ?? false) {
                done.append(
                    DiffChange(
                        kind: .actionDone, before: old?.status.words, after: action.status.words,
                        text: "action done: \(action.ownerName): \(action.text) (\(action.status.words))"))
            }
        }
        return overdue + done
    }

    package static func goalChanges(_ base: PartnershipMetrics, _ head: PartnershipMetrics) -> [DiffChange] {
        head.goals.compactMap { goal in
            let old = base.goals.first { $0.id == goal.id }?.status
            guard old != goal.status else { return nil }
            let before = old?.rawValue ?? "new"
            return DiffChange(
                kind: .goalStatus, id: goal.id, before: old?.rawValue, after: goal.status.rawValue,
                text: "goal \(goal.id) \(goal.goal.title): \(before) → \(goal.status.rawValue)")
        }
    }
}
