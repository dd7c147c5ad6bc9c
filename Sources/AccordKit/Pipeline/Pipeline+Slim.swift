import AccordCore

extension Pipeline {
    /// The portfolio with each partnership kept only as the portfolio-wide steps read it (`IncrementalBuild.slim`):
    /// the site plan, the link map, the portfolio pages and the health gates.
    static func slimmed(_ portfolio: Portfolio) -> Portfolio {
        var slim = portfolio
        slim.partnerships = portfolio.partnerships.map(slimmed)
        return slim
    }

    /// The same of a view's cut of `whole`, sharing `slim` (`whole` slimmed) for every partnership with nothing
    /// private, which the cut leaves as it is.
    static func slimmed(_ cut: Portfolio, sharing slim: Portfolio, cutFrom whole: Portfolio) -> Portfolio {
        var kept = cut
        kept.partnerships = cut.partnerships.indices.map { index in
            index < slim.partnerships.count && !whole.partnerships[index].hasPrivateContent
                ? slim.partnerships[index] : slimmed(cut.partnerships[index])
        }
        return kept
    }

    /// One partnership without its records.
    private static func slimmed(_ partnership: Partnership) -> Partnership {
        var kept = partnership
        IncrementalBuild.slim(&kept)
        return kept
    }
}
