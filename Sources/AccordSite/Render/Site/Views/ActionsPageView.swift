import AccordCore
import AccordInput
import AccordMetrics

/// The view model of a page of the portfolio's open actions: overdue first, then grouped by party and owner.
/// A portfolio whose actions do not fit on one page has several (`ActionsPageView.pages`).
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
        /// True when the owner's list began on an earlier page.
        package var continued: Bool
    }

    package struct PartyGroup: TemplateView {
        package var party: String
        package var anchor: String
        package var owners: [OwnerGroup]
        package var count: Int
        package var overdue: Int
        /// True when the party's list began on an earlier page.
        package var continued: Bool
    }

    /// A link to one of the pages of open actions.
    package struct PageLink: TemplateView {
        package var number: Int
        package var href: String
        package var isCurrent: Bool
    }

    /// A party's line in the list of parties of the first page, when there are several pages.
    package struct PartyEntry: TemplateView {
        package var party: String
        package var count: Int
        package var overdue: Int
        /// The page (and anchor) where the party's list begins.
        package var href: String
        package var pageNumber: Int
    }

    package var overdue: [Action]
    package var hasOverdue = false
    /// True when the overdue list began on an earlier page.
    package var overdueContinued = false
    package var groups: [PartyGroup]
    package var hasGroups = false
    /// False when the portfolio has no open action at all.
    package var hasActions = false
    package var total: Int
    package var overdueCount: Int
    package var pageNumber = 1
    package var pageCount = 1
    /// True when the actions take more than one page.
    package var hasPages = false
    package var pages: [PageLink] = []
    package var previousHref: String?
    package var nextHref: String?
    /// Every party with its counts and the page its list begins on (first page only, when there are several).
    package var partyIndex: [PartyEntry] = []
    package var hasPartyIndex = false
}
