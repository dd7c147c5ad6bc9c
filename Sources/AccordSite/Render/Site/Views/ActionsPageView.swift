import AccordCore
import AccordInput
import AccordMetrics

/// The view model of the portfolio's open-actions page: overdue first, grouped by party and owner.
package struct ActionsPageView: TemplateView {
    package struct Action: TemplateView {
        package var partnership: String
        package var partnershipHref: String
        package var owner: String
        package var party: String
        package var text: String
        package var due: String
        package var state: String
        package var stateClass: String
        package var href: String
        package var source: String
        package var daysOverdue: Int
        /// True when overdue: the list then adds the due date, which the state words do not name.
        package var isOverdue: Bool
    }

    package struct OwnerGroup: TemplateView {
        package var owner: String
        package var actions: [Action]
    }

    package struct PartyGroup: TemplateView {
        package var party: String
        package var anchor: String
        package var owners: [OwnerGroup]
        package var count: Int
        package var overdue: Int
    }

    package var overdue: [Action]
    package var hasOverdue = false
    package var groups: [PartyGroup]
    package var hasGroups = false
    package var total: Int
    package var overdueCount: Int
}

extension ActionsPageView {
    /// Builds the page from the open actions of the active portfolio.
    package init(portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap) {
        let page = SitePaths.actions
        let linker = SourceLinker(links: links, page: page)
        var actions: [Action] = []
        let bySlug = Dictionary(portfolio.partnerships.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for measured in metrics.activePartnerships {
            guard let partnership = bySlug[measured.slug] else { continue }
            let charter = partnership.charter
            for action in measured.actions where !action.isDone {
                actions.append(
                    Action(
                        partnership: charter.title,
                        partnershipHref: SitePaths.link(from: page, to: partnership.pagePath),
                        owner: action.ownerName, party: action.party.flatMap { charter.party($0)?.name } ?? "No party",
                        text: action.text, due: action.due?.description ?? "no due date",
                        state: action.status.words, stateClass: action.status.cssClass,
                        href: linker.href(action.firstLocation) ?? "#",
                        source: SourceLinker.label(action.firstLocation),
                        daysOverdue: action.daysOverdue, isOverdue: action.isOverdue))
            }
        }
        let ordered = actions.sorted { lhs, rhs in
            if lhs.daysOverdue != rhs.daysOverdue { return lhs.daysOverdue > rhs.daysOverdue }
            if lhs.due != rhs.due { return lhs.due < rhs.due }
            return (lhs.partnership, lhs.text) < (rhs.partnership, rhs.text)
        }
        overdue = ordered.filter { $0.daysOverdue > 0 }
        total = ordered.count
        overdueCount = overdue.count
        // Grouped by party, then by owner in order of first appearance, in one pass (a note may hold
        // thousands of owners).
        var byParty: [String: (owners: [String], actions: [String: [Action]], count: Int, overdue: Int)] = [:]
        for action in ordered {
            var group = byParty.removeValue(forKey: action.party) ?? ([], [:], 0, 0)
            if group.actions[action.owner] == nil { group.owners.append(action.owner) }
            group.actions[action.owner, default: []].append(action)
            group.count += 1
            if action.daysOverdue > 0 { group.overdue += 1 }
            byParty[action.party] = group
        }
        groups = byParty.keys.sorted().compactMap { party in
            guard let group = byParty[party] else { return nil }
            return PartyGroup(
                party: party, anchor: "party-" + PartnershipPageView.idFragment(party.lowercased()),
                owners: group.owners.map { OwnerGroup(owner: $0, actions: group.actions[$0] ?? []) },
                count: group.count, overdue: group.overdue)
        }
        hasOverdue = !overdue.isEmpty
        hasGroups = !groups.isEmpty
    }
}
