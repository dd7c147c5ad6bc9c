import AccordCore
import AccordInput

extension Pipeline {
    /// The portfolio with each partnership kept only as the portfolio-wide steps read it (`Partnership.listed`):
    /// the site plan, the link map, the portfolio pages and the health gates. A partnership `trees` keep so
    /// already is shared.
    static func slimmed(_ portfolio: Portfolio, trees: NoteTrees?) -> Portfolio {
        var slim = portfolio
        slim.partnerships = portfolio.partnerships.map { partnership in
            trees?.keepsOnlyListing(partnership.slug) == true ? partnership : partnership.listed
        }
        return slim
    }

    /// The same of a view's cut of `whole`, sharing `slim` (`whole` slimmed) for every partnership with nothing
    /// private, which the cut leaves as it is.
    static func slimmed(_ cut: Portfolio, sharing slim: Portfolio, cutFrom whole: Portfolio) -> Portfolio {
        var kept = cut
        kept.partnerships = cut.partnerships.indices.map { index in
            index < slim.partnerships.count && !whole.partnerships[index].hasPrivateContent
                ? slim.partnerships[index] : cut.partnerships[index].listed
        }
        return kept
    }
}
