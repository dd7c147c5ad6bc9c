import AccordCore
import AccordInput
import AccordMetrics

/// Lays the open actions out on pages: it fills a page until the next action would pass the budget, then
/// begins the next page, where a party's or owner's list goes on marked as continued.
struct ActionsPageBuilder {
    /// The estimated bytes of a party's line in the first page's list of parties.
    static let partyIndexCost = 200

    private let links: LinkMap
    private let budget: Int
    private var finished: [ActionsPageView] = []
    private var page = ActionsPageView(overdue: [], groups: [], total: 0, overdueCount: 0)
    private var linker: SourceLinker
    private var cost = 0
    private var overdueStarted = false
    /// The page each party's list begins on, by party number.
    private var partyPages: [Int: Int] = [:]
    private var ownersStarted: Set<[Int]> = []

    init(links: LinkMap, budget: Int) {
        self.links = links
        self.budget = budget
        linker = SourceLinker(links: links, page: SitePaths.actionsPage(1))
    }

    /// The estimated bytes an action takes on a page: the markup around it and its text, escaped.
    static func cost(_ action: OpenAction) -> Int {
        400 + 2
            * (action.text.utf8.count + action.owner.utf8.count + action.party.utf8.count
                + action.partnership.utf8.count)
    }

    /// Counts `bytes` against the current page (the first page's list of parties).
    mutating func reserve(_ bytes: Int) { cost += bytes }

    /// Adds an action to the overdue list.
    mutating func addOverdue(_ action: OpenAction) {
        makeRoom(for: action)
        if page.overdue.isEmpty { page.overdueContinued = overdueStarted }
        overdueStarted = true
        page.overdue.append(action.view(linker))
    }

    /// Adds an action to its party's and owner's list; `number` and `ownerNumber` tell the party and owner.
    mutating func addGrouped(_ action: OpenAction, party: PartyActions, number: Int, ownerNumber: Int) {
        makeRoom(for: action)
        let view = action.view(linker)
        if page.groups.last?.party != party.party || partyPages[number] == nil {
            page.groups.append(
                ActionsPageView.PartyGroup(
                    party: party.party, anchor: party.anchor, owners: [], count: party.count, overdue: party.overdue,
                    continued: partyPages[number] != nil))
            if partyPages[number] == nil { partyPages[number] = finished.count + 1 }
        }
        let last = page.groups.count - 1
        if page.groups[last].owners.last?.owner != action.owner || !ownersStarted.contains([number, ownerNumber]) {
            page.groups[last].owners.append(
                ActionsPageView.OwnerGroup(
                    owner: action.owner, actions: [], continued: ownersStarted.contains([number, ownerNumber])))
            ownersStarted.insert([number, ownerNumber])
        }
        page.groups[last].owners[page.groups[last].owners.count - 1].actions.append(view)
    }

    /// Begins a new page when `action` would take the current one past the budget (never on an empty page).
    private mutating func makeRoom(for action: OpenAction) {
        let needed = Self.cost(action)
        let isEmpty = page.overdue.isEmpty && page.groups.isEmpty
        if !isEmpty, cost + needed > budget {
            finished.append(page)
            page = ActionsPageView(overdue: [], groups: [], total: 0, overdueCount: 0)
            linker = SourceLinker(links: links, page: SitePaths.actionsPage(finished.count + 1))
            cost = 0
        }
        cost += needed
    }

    /// The pages with their paths, each told the totals, its number and the links to the others.
    mutating func finish(total: Int, overdue: Int, parties: [PartyActions])
        -> [(path: String, view: ActionsPageView)]
    {
        finished.append(page)
        let count = finished.count
        return finished.enumerated().map { offset, item in
            var view = item
            let number = offset + 1
            let path = SitePaths.actionsPage(number)
            view.total = total
            view.overdueCount = overdue
            view.hasActions = total > 0
            view.hasOverdue = !view.overdue.isEmpty
            view.hasGroups = !view.groups.isEmpty
            view.pageNumber = number
            view.pageCount = count
            view.hasPages = count > 1
            if count > 1 {
                let href = { (target: Int) in SitePaths.link(from: path, to: SitePaths.actionsPage(target)) }
                view.pages = (1...count).map { .init(number: $0, href: href($0), isCurrent: $0 == number) }
                view.previousHref = number > 1 ? href(number - 1) : nil
                view.nextHref = number < count ? href(number + 1) : nil
                if number == 1 {
                    view.partyIndex = parties.enumerated().map { index, party in
                        let target = partyPages[index] ?? 1
                        return ActionsPageView.PartyEntry(
                            party: party.party, count: party.count, overdue: party.overdue,
                            href: href(target) + "#" + party.anchor, pageNumber: target)
                    }
                    view.hasPartyIndex = !view.partyIndex.isEmpty
                }
            }
            return (path, view)
        }
    }
}
