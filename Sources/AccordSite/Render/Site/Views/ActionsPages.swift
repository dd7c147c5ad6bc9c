import AccordCore
import AccordInput
import AccordMetrics

extension ActionsPageView {
    /// About how many bytes of actions a page holds before the next page begins: the first page's list of
    /// parties and every action are estimated (`ActionsPageBuilder.cost`), so that no page nears 1 MB.
    package static let pageBudget = 600_000

    /// The pages of the open actions of the active portfolio, with their paths: `actions.html`, and when the
    /// actions take more than `budget` bytes, `actions/2.html`, `actions/3.html`… The sequence is the one page's:
    /// every overdue action, most late first, then every open action by party and owner.
    package static func pages(
        portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap, budget: Int = pageBudget
    ) -> [(path: String, view: ActionsPageView)] {
        var pages: [(path: String, view: ActionsPageView)] = []
        forEachPage(portfolio: portfolio, metrics: metrics, links: links, budget: budget) { pages.append(($0, $1)) }
        return pages
    }

    /// The same pages, each made and handed to `body` before the next is made.
    package static func forEachPage(
        portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap, budget: Int = pageBudget,
        _ body: (String, ActionsPageView) throws -> Void
    ) rethrows {
        let open = OpenAction.all(portfolio, metrics)
        // The most overdue come first: the overdue actions are the first ones.
        let overdue = open.prefix { $0.daysOverdue > 0 }
        let parties = PartyActions.grouped(open)
        /// One pass over the actions in page order; `layout` nil lays them out without making a view.
        func pass(_ layout: ActionsPageBuilder.Layout?) throws -> ActionsPageBuilder.Layout {
            var builder = ActionsPageBuilder(
                links: links, budget: budget, layout: layout, total: open.count, overdue: overdue.count,
                parties: parties)
            for action in overdue {
                if let done = builder.addOverdue(action) { try body(done.path, done.view) }
            }
            for (number, party) in parties.enumerated() {
                for (ownerNumber, owner) in party.owners.enumerated() {
                    for index in owner.actions {
                        if let done = builder.addGrouped(open[index], number: number, ownerNumber: ownerNumber) {
                            try body(done.path, done.view)
                        }
                    }
                }
            }
            if let done = builder.finish() { try body(done.path, done.view) }
            return builder.learnt
        }
        _ = try pass(try pass(nil))
    }
}

/// An open action with what every page shows of it; its links are made for the page it lands on.
struct OpenAction {
    var partnership: String
    var partnershipPage: String
    var owner: String
    var party: String
    var text: String
    var due: String
    var status: ActionStatus
    var location: SourceLocation
    var daysOverdue: Int
    var isOverdue: Bool

    /// Every open action of the active portfolio, most overdue first, then by due date, partnership and text.
    static func all(_ portfolio: Portfolio, _ metrics: PortfolioMetrics) -> [OpenAction] {
        var actions: [OpenAction] = []
        let bySlug = Dictionary(portfolio.partnerships.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for measured in metrics.activePartnerships {
            guard let partnership = bySlug[measured.slug] else { continue }
            let (charter, page) = (partnership.charter, partnership.pagePath)
            for action in measured.actions where !action.isDone {
                actions.append(
                    OpenAction(
                        partnership: charter.title, partnershipPage: page, owner: action.ownerName,
                        party: action.party.flatMap { charter.party($0)?.name } ?? "No party", text: action.text,
                        due: action.due?.description ?? "no due date", status: action.status,
                        location: action.firstLocation,
                        daysOverdue: action.daysOverdue, isOverdue: action.isOverdue))
            }
        }
        return actions.sorted { lhs, rhs in
            if lhs.daysOverdue != rhs.daysOverdue { return lhs.daysOverdue > rhs.daysOverdue }
            if lhs.due != rhs.due { return lhs.due < rhs.due }
            return (lhs.partnership, lhs.text) < (rhs.partnership, rhs.text)
        }
    }

    /// The view of the action on `page`.
    func view(_ linker: SourceLinker) -> ActionsPageView.Action {
        ActionsPageView.Action(
            partnership: partnership, partnershipHref: SitePaths.link(from: linker.page, to: partnershipPage),
            owner: owner, party: party, text: text, due: due, state: status.words, stateClass: status.cssClass,
            href: linker.href(location) ?? "#", source: SourceLinker.label(location), daysOverdue: daysOverdue,
            isOverdue: isOverdue)
    }
}

/// The open actions of one party, by owner in order of first appearance (each action by its place in the list
/// grouped, so that the actions are not copied).
struct PartyActions {
    var party: String
    var owners: [(owner: String, actions: [Int])]
    var count: Int
    var overdue: Int

    /// The id of the party's heading.
    var anchor: String { "party-" + PartnershipPageView.idFragment(party.lowercased()) }

    /// Groups ordered actions by party (in name order), then by owner, in one pass (a note may hold thousands of
    /// owners).
    static func grouped(_ actions: [OpenAction]) -> [PartyActions] {
        var byParty: [String: (owners: [String], actions: [String: [Int]], count: Int, overdue: Int)] = [:]
        for (index, action) in actions.enumerated() {
            var group = byParty.removeValue(forKey: action.party) ?? ([], [:], 0, 0)
            if group.actions[action.owner] == nil { group.owners.append(action.owner) }
            group.actions[action.owner, default: []].append(index)
            group.count += 1
            if action.daysOverdue > 0 { group.overdue += 1 }
            byParty[action.party] = group
        }
        return byParty.keys.sorted().compactMap { party in
            guard let group = byParty[party] else { return nil }
            return PartyActions(
                party: party, owners: group.owners.map { ($0, group.actions[$0] ?? []) }, count: group.count,
                overdue: group.overdue)
        }
    }
}
