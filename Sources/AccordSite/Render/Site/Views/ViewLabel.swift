import AccordCore
import AccordInput
import AccordMetrics
import Mustache

/// Whose view a page is, as the layout states it: `{{view.label}}`, `{{view.party}}`, `{{#view.isJoint}}`.
package struct ViewLabel: TemplateView, Sendable, Hashable {
    /// "Joint view" or "Acme Corp only".
    package var label: String
    /// The party id of a party's view; nil in the joint view.
    package var party: String?
    /// True in the joint view.
    package var isJoint: Bool

    package static let joint = ViewLabel(label: "Joint view", party: nil, isJoint: true)
}

/// The label of every page of a view. A partnership's pages name the party as its own charter does; the
/// portfolio's pages (and partnerships the party is not in) use the name of the first charter, by slug, that
/// has the party.
package struct ViewLabeler: Sendable {
    package let view: PortfolioView
    /// The party's name in the first charter that has it.
    package let portfolioName: String?

    package init(view: PortfolioView, portfolio: Portfolio) {
        self.view = view
        guard case .party(let id) = view else {
            portfolioName = nil
            return
        }
        portfolioName = portfolio.partnerships.lazy.compactMap { $0.charter.party(id)?.name }.first
    }

    /// The label of a page of `partnership`, or of a portfolio page when nil.
    package func label(for partnership: Partnership?) -> ViewLabel {
        guard case .party(let id) = view else { return .joint }
        let name = partnership?.charter.party(id)?.name ?? portfolioName ?? id
        return ViewLabel(label: "\(name) only", party: id, isJoint: false)
    }
}
