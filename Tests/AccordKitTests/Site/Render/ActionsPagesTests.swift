import Foundation
import Testing

@testable import AccordInput
@testable import AccordKit
@testable import AccordSite

/// The open actions laid out on pages: one page while they fit, more when they do not, with every action once
/// in the overdue list (when overdue) and once in its party's and owner's list, in the one page's order.
@Suite struct ActionsPagesTests {
    typealias Pages = [(path: String, view: ActionsPageView)]

    static func demoPages(budget: Int) throws -> Pages {
        let (portfolio, metrics) = try TemplateKeyTests.demo()
        return ActionsPageView.pages(
            portfolio: portfolio, metrics: metrics, links: LinkMap(portfolio: portfolio), budget: budget)
    }

    /// The overdue actions of every page, in order, by the line they link to (made relative to the site root).
    static func overdue(_ pages: Pages) -> [String] {
        pages.flatMap { page in page.view.overdue.map { rooted($0.href, page.path) } }
    }

    /// The grouped actions of every page, in order, as `party / owner / link`.
    static func grouped(_ pages: Pages) -> [String] {
        pages.flatMap { page in
            page.view.groups.flatMap { party in
                party.owners.flatMap { owner in
                    owner.actions.map { "\(party.party) / \(owner.owner) / \(rooted($0.href, page.path))" }
                }
            }
        }
    }

    static func rooted(_ href: String, _ page: String) -> String {
        page.hasPrefix("actions/") && href.hasPrefix("../") ? String(href.dropFirst(3)) : href
    }

    @Test func theDemoFitsOnOnePage() throws {
        let pages = try Self.demoPages(budget: ActionsPageView.pageBudget)
        #expect(pages.map(\.path) == ["actions.html"])
        let page = try #require(pages.first).view
        #expect(!page.hasPages && page.pages.isEmpty && page.partyIndex.isEmpty)
        #expect(page.previousHref == nil && page.nextHref == nil)
        #expect(page.hasActions && page.total == Self.grouped(pages).count)
    }

    @Test func aSmallBudgetSplitsTheSameSequenceOverPages() throws {
        let one = try Self.demoPages(budget: ActionsPageView.pageBudget)
        let many = try Self.demoPages(budget: 2_000)
        #expect(many.count > 3)
        #expect(many.map(\.path) == ["actions.html"] + (2...many.count).map { "actions/\($0).html" })
        #expect(Self.overdue(many) == Self.overdue(one))
        #expect(Self.grouped(many) == Self.grouped(one))
        for (offset, page) in many.enumerated() {
            let view = page.view
            #expect(view.pageNumber == offset + 1 && view.pageCount == many.count && view.hasPages)
            #expect(view.total == one[0].view.total && view.overdueCount == one[0].view.overdueCount)
            #expect(view.pages.map(\.isCurrent) == (1...many.count).map { $0 == offset + 1 })
            #expect(view.previousHref == (offset == 0 ? nil : view.pages[offset - 1].href))
            #expect(view.nextHref == (offset == many.count - 1 ? nil : view.pages[offset + 1].href))
        }
        #expect(many[0].view.pages.map(\.href).prefix(3) == ["actions.html", "actions/2.html", "actions/3.html"])
        #expect(many[1].view.pages.map(\.href).prefix(3) == ["../actions.html", "2.html", "3.html"])
        #expect(many[1].view.overdue.first?.partnershipHref.hasPrefix("../partnerships/") == true)
    }

    @Test func aListThatGoesOnIsMarkedContinuedAndThePartyIndexFindsItsStart() throws {
        let pages = try Self.demoPages(budget: 2_000)
        var partiesSeen: Set<String> = []
        var ownersSeen: Set<String> = []
        var overdueSeen = false
        var starts: [String: Int] = [:]
        for page in pages {
            if !page.view.overdue.isEmpty {
                #expect(page.view.overdueContinued == overdueSeen)
                overdueSeen = true
            }
            for party in page.view.groups {
                #expect(party.continued == partiesSeen.contains(party.party))
                if !party.continued { starts[party.party] = page.view.pageNumber }
                partiesSeen.insert(party.party)
                for owner in party.owners {
                    let key = party.party + "/" + owner.owner
                    #expect(owner.continued == ownersSeen.contains(key))
                    ownersSeen.insert(key)
                }
            }
        }
        let index = pages[0].view.partyIndex
        #expect(pages[0].view.hasPartyIndex && pages.dropFirst().allSatisfy { $0.view.partyIndex.isEmpty })
        #expect(index.map(\.party) == index.map(\.party).sorted() && Set(index.map(\.party)) == partiesSeen)
        for entry in index {
            #expect(entry.pageNumber == starts[entry.party])
            #expect(entry.href.hasSuffix("#" + "party-" + PartnershipPageView.idFragment(entry.party.lowercased())))
        }
    }

    @Test func aFileOfTheContentCannotTakeTheFolderOfThePages() {
        var claims = OutputClaims()
        claims.reserve(SitePaths.actionsFolder, for: "the further pages of open actions")
        let problem = claims.claim("Actions/2.html", from: "static/Actions/2.html")
        #expect(problem?.severity == .error && problem?.location == SourceLocation(path: "static/Actions/2.html"))
        #expect(
            problem?.message
                == "Actions/2.html is in the folder Actions/, which holds the further pages of open actions")
        #expect(problem?.hint == "rename this file")
        #expect(claims.claim("actions.css", from: "static/actions.css") == nil)
    }

    @Test func thePagesArePortfolioPages() {
        #expect(SitePaths.isPortfolioPage("actions/12.html") && SitePaths.isPortfolioPage("actions.html"))
        #expect(!SitePaths.isPortfolioPage("partnerships/actions/index.html"))
    }

    /// The pages are handed over one at a time, in order, each made before the next: a failure handing one over
    /// stops the making of the rest.
    @Test func thePagesAreHandedOverOneAtATime() throws {
        struct Stop: Error {}
        let (portfolio, metrics) = try TemplateKeyTests.demo()
        let links = LinkMap(portfolio: portfolio)
        let all = ActionsPageView.pages(portfolio: portfolio, metrics: metrics, links: links, budget: 2_000)
        #expect(all.count > 2)
        #expect(all.map(\.path) == (1...all.count).map(SitePaths.actionsPage))
        var handed: [String] = []
        #expect(throws: Stop.self) {
            try ActionsPageView.forEachPage(portfolio: portfolio, metrics: metrics, links: links, budget: 2_000) {
                path, view in
                handed.append(path)
                #expect(view.pageCount == all.count)
                if handed.count == 2 { throw Stop() }
            }
        }
        #expect(handed == [SitePaths.actionsPage(1), SitePaths.actionsPage(2)])
    }
}
