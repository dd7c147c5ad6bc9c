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
    }

    struct OwnerGroup {
        var owner: String
        var actions: [Action]
        /// `actions` as the built-in template lists them (one `<li>` a line), built in Swift.
        var actionsHTML: String
    }

    struct PartyGroup {
        var party: String
        var anchor: String
        var owners: [OwnerGroup]
        var count: Int
        var overdue: Int
    }

    var overdue: [Action]
    /// `overdue` as the built-in template's table rows (one `<tr>` a line), built in Swift: the
    /// portfolio has thousands of open actions.
    var overdueHTML: String
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
                    state: action.isOverdue ? "overdue \(action.daysOverdue) d" : "open",
                    stateClass: action.isOverdue ? "state-overdue" : "state-open",
                    href: linker.href(action.firstLocation) ?? "#", source: SourceLinker.label(action.firstLocation),
                    daysOverdue: action.daysOverdue))
            }
        }
        let ordered = actions.sorted { lhs, rhs in
            if lhs.daysOverdue != rhs.daysOverdue { return lhs.daysOverdue > rhs.daysOverdue }
            if lhs.due != rhs.due { return lhs.due < rhs.due }
            return (lhs.partnership, lhs.text) < (rhs.partnership, rhs.text)
        }
        overdue = ordered.filter { $0.daysOverdue > 0 }
        overdueHTML = Self.overdueHTML(overdue)
        total = ordered.count
        overdueCount = overdue.count
        // Actions by party, then by owner in order of first appearance (dictionaries: thousands of actions).
        var byParty: [String: [Action]] = [:]
        for action in ordered { byParty[action.party, default: []].append(action) }
        groups = byParty.keys.sorted().map { party in
            let mine = byParty[party] ?? []
            var owners: [String] = []
            var byOwner: [String: [Action]] = [:]
            for action in mine {
                if byOwner[action.owner] == nil { owners.append(action.owner) }
                byOwner[action.owner, default: []].append(action)
            }
            return PartyGroup(party: party, anchor: "party-" + PartnershipPageView.idFragment(party.lowercased()),
                              owners: owners.map { owner in
                                  let actions = byOwner[owner] ?? []
                                  return OwnerGroup(owner: owner, actions: actions, actionsHTML: Self.ownerActionsHTML(actions))
                              },
                              count: mine.count, overdue: mine.filter { $0.daysOverdue > 0 }.count)
        }
        hasOverdue = !overdue.isEmpty
        hasGroups = !groups.isEmpty
    }
}

extension ActionsPageView {
    /// Overdue actions as `actions.mustache` rendered them: one `<tr>` a line.
    static func overdueHTML(_ actions: [Action]) -> String {
        PageHTML.lines(actions) { action, html in
            html += "<tr><td><a href=\""
            PageHTML.escape(action.href, &html)
            html += "\">"
            PageHTML.escape(action.text, &html)
            html += "</a></td><td>"
            PageHTML.escape(action.owner, &html)
            html += "</td><td>"
            PageHTML.escape(action.party, &html)
            html += "</td><td><a href=\""
            PageHTML.escape(action.partnershipHref, &html)
            html += "\">"
            PageHTML.escape(action.partnership, &html)
            html += "</a></td><td class=\"num\">"
            PageHTML.escape(action.due, &html)
            html += "</td><td><span class=\"state "
            PageHTML.escape(action.stateClass, &html)
            html += "\">"
            PageHTML.escape(action.state, &html)
            html += "</span></td></tr>"
        }
    }

    /// One owner's actions as `actions.mustache` listed them: one `<li>` a line.
    static func ownerActionsHTML(_ actions: [Action]) -> String {
        PageHTML.lines(actions) { action, html in
            html += "<li><a href=\""
            PageHTML.escape(action.href, &html)
            html += "\">"
            PageHTML.escape(action.text, &html)
            html += "</a> <span class=\"meta\">"
            PageHTML.escape(action.partnership, &html)
            html += " · due "
            PageHTML.escape(action.due, &html)
            html += "</span> <span class=\"state "
            PageHTML.escape(action.stateClass, &html)
            html += "\">"
            PageHTML.escape(action.state, &html)
            html += "</span></li>"
        }
    }
}
