import AccordCore
import AccordInput
import AccordMetrics

/// Lays the open actions out on pages: it fills a page until the next action would pass the budget, then
/// begins the next page, where a party's or owner's list goes on marked as continued. It runs twice over the
/// same actions: first to lay them out (`layout` nil: no view is made, only the page breaks and where each
/// party's list begins are learnt), then with that layout to make one page at a time, so that the views of all
/// pages (150 MB at 100,000 notes) are never in memory at once.
struct ActionsPageBuilder {
    /// The estimated bytes of a party's line in the first page's list of parties.
    static let partyIndexCost = 200

    /// What the first pass learns: how many pages there are and the page each party's list begins on.
    struct Layout {
        /// The number of pages.
        var count: Int
        /// The page each party's list begins on, by party number.
        var partyPages: [Int: Int]
    }

    private let links: LinkMap
    private let budget: Int
    /// The layout of the first pass; nil during it.
    private let layout: Layout?
    /// The totals every page shows.
    private let total: Int
    private let overdueTotal: Int
    private let parties: [PartyActions]
    private var pageNumber = 1
    private var page = ActionsPageView(overdue: [], groups: [], total: 0, overdueCount: 0)
    private var actionsOnPage = 0
    private var linker: SourceLinker
    private var cost = 0
    private var overdueStarted = false
    /// The party and owner of the last grouped action on this page.
    private var lastGroup: (party: Int, owner: Int)?
    /// The page each party's list begins on, by party number.
    private var partyPages: [Int: Int] = [:]
    private var ownersStarted: Set<[Int]> = []

    /// A builder of the pages of `total` open actions (`overdue` of them overdue) of `parties`.
    init(links: LinkMap, budget: Int, layout: Layout?, total: Int, overdue: Int, parties: [PartyActions]) {
        self.links = links
        self.budget = budget
        self.layout = layout
        self.total = total
        overdueTotal = overdue
        self.parties = parties
        linker = SourceLinker(links: links, page: SitePaths.actionsPage(1))
        cost = parties.count * Self.partyIndexCost
    }

    /// The estimated bytes an action takes on a page: the markup around it and its text, escaped.
    static func cost(_ action: OpenAction) -> Int {
        400 + 2
            * (action.text.utf8.count + action.owner.utf8.count + action.party.utf8.count
                + action.partnership.utf8.count)
    }

    /// Adds an action to the overdue list; returns the page it finished, if it began a new one.
    mutating func addOverdue(_ action: OpenAction) -> (path: String, view: ActionsPageView)? {
        let done = makeRoom(for: action)
        if layout != nil {
            if page.overdue.isEmpty { page.overdueContinued = overdueStarted }
            page.overdue.append(action.view(linker))
        }
        overdueStarted = true
        return done
    }

    /// Adds an action to its party's and owner's list (`number` and `ownerNumber` tell the party and owner);
    /// returns the page it finished, if it began a new one.
    mutating func addGrouped(_ action: OpenAction, number: Int, ownerNumber: Int) -> (
        path: String, view: ActionsPageView
    )? {
        let done = makeRoom(for: action)
        let party = parties[number]
        if lastGroup?.party != number || partyPages[number] == nil {
            if layout != nil {
                page.groups.append(
                    ActionsPageView.PartyGroup(
                        party: party.party, anchor: party.anchor, owners: [], count: party.count,
                        overdue: party.overdue, continued: partyPages[number] != nil))
            }
            if partyPages[number] == nil { partyPages[number] = pageNumber }
            lastGroup = nil
        }
        if lastGroup?.owner != ownerNumber || !ownersStarted.contains([number, ownerNumber]) {
            if layout != nil {
                page.groups[page.groups.count - 1].owners.append(
                    ActionsPageView.OwnerGroup(
                        owner: action.owner, actions: [], continued: ownersStarted.contains([number, ownerNumber])))
            }
            ownersStarted.insert([number, ownerNumber])
        }
        lastGroup = (number, ownerNumber)
        if layout != nil {
            let last = page.groups.count - 1
            page.groups[last].owners[page.groups[last].owners.count - 1].actions.append(action.view(linker))
        }
        return done
    }

    /// Begins a new page when `action` would take the current one past the budget (never on an empty page) and
    /// returns the page finished.
    private mutating func makeRoom(for action: OpenAction) -> (path: String, view: ActionsPageView)? {
        let needed = Self.cost(action)
        var done: (path: String, view: ActionsPageView)?
        if actionsOnPage > 0, cost + needed > budget {
            done = completed()
            pageNumber += 1
            page = ActionsPageView(overdue: [], groups: [], total: 0, overdueCount: 0)
            linker = SourceLinker(links: links, page: SitePaths.actionsPage(pageNumber))
            lastGroup = nil
            cost = 0
            actionsOnPage = 0
        }
        cost += needed
        actionsOnPage += 1
        return done
    }

    /// The layout learnt so far (after the first pass: all of it).
    var learnt: Layout { Layout(count: pageNumber, partyPages: partyPages) }

    /// The last page (nil during the first pass).
    mutating func finish() -> (path: String, view: ActionsPageView)? { completed() }

    /// The current page with its path, told the totals, its number and the links to the others (nil during the
    /// first pass).
    private func completed() -> (path: String, view: ActionsPageView)? {
        guard let layout else { return nil }
        var view = page
        let number = pageNumber
        let count = layout.count
        let path = SitePaths.actionsPage(number)
        view.total = total
        view.overdueCount = overdueTotal
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
                    let target = layout.partyPages[index] ?? 1
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
