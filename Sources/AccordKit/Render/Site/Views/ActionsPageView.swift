/// The view model of the portfolio's open-actions page: overdue first, grouped by party and owner.
struct ActionsPageView {
    struct Action {
        var partnership: String
        var partnershipHref: String
        var owner: String
        var party: String
        var text: String
        var due: String
        var state: String
        var stateClass: String
        var href: String
        var source: String
        var daysOverdue: Int
        /// True when overdue: the list then adds the due date, which the state words do not name.
        var isOverdue: Bool
    }

    struct OwnerGroup {
        var owner: String
        var actions: [Action]
    }

    struct PartyGroup {
        var party: String
        var anchor: String
        var owners: [OwnerGroup]
        var count: Int
        var overdue: Int
    }

    var overdue: [Action]
    var hasOverdue = false
    var groups: [PartyGroup]
    var hasGroups = false
    var total: Int
    var overdueCount: Int
}

extension ActionsPageView {
    /// Builds the page from the open actions of the active portfolio.
    init(portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap) {
        let page = SitePaths.actions
        let linker = SourceLinker(links: links, page: page)
        var actions: [Action] = []
        for measured in metrics.activePartnerships {
            guard let partnership = portfolio.partnerships.first(where: { $0.slug == measured.slug }) else { continue }
            let charter = partnership.charter
            for action in measured.actions where !action.isDone {
                actions.append(Action(
                    partnership: charter.title, partnershipHref: SitePaths.link(from: page, to: partnership.pagePath),
                    owner: action.ownerName, party: action.party.flatMap { charter.party($0)?.name } ?? "No party",
                    text: action.text, due: action.due?.description ?? "no due date",
                    state: action.status.words, stateClass: action.status.cssClass,
                    href: linker.href(action.firstLocation) ?? "#", source: SourceLinker.label(action.firstLocation),
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
        var parties: [String] = []
        for action in ordered where !parties.contains(action.party) { parties.append(action.party) }
        groups = parties.sorted().map { party in
            let mine = ordered.filter { $0.party == party }
            var owners: [String] = []
            for action in mine where !owners.contains(action.owner) { owners.append(action.owner) }
            return PartyGroup(party: party, anchor: "party-" + PartnershipPageView.idFragment(party.lowercased()),
                              owners: owners.map { owner in OwnerGroup(owner: owner, actions: mine.filter { $0.owner == owner }) },
                              count: mine.count, overdue: mine.filter { $0.daysOverdue > 0 }.count)
        }
        hasOverdue = !overdue.isEmpty
        hasGroups = !groups.isEmpty
    }
}
