import AccordCore
import Synchronization

/// The partnerships of a build that measures each one as it renders it, each handed over whole once and then
/// forgotten: the portfolio keeps them without their records, so that a partnership's records are let go as
/// soon as it is rendered instead of waiting for the whole portfolio.
final class PartnershipHandOff: Sendable {
    private let waiting: Mutex<[String: Partnership]>

    /// Holds `partnerships` until each is taken.
    init(_ partnerships: [Partnership]) {
        var bySlug: [String: Partnership] = [:]
        for partnership in partnerships { bySlug[partnership.slug] = partnership }
        waiting = Mutex(bySlug)
    }

    /// The whole partnership with this slug, given up; nil once taken.
    func take(_ slug: String) -> Partnership? {
        waiting.withLock { $0.removeValue(forKey: slug) }
    }
}

extension Pipeline {
    /// The portfolio with each partnership kept only as the portfolio-wide steps read it (`IncrementalBuild.slim`):
    /// the site plan, the link map, the portfolio pages and the health gates.
    static func slimmed(_ portfolio: Portfolio) -> Portfolio {
        var slim = portfolio
        slim.partnerships = portfolio.partnerships.map { partnership in
            var kept = partnership
            IncrementalBuild.slim(&kept)
            return kept
        }
        return slim
    }

    /// The same of a view's cut of `whole`, sharing `slim` (`whole` slimmed) for every partnership with nothing
    /// private, which the cut leaves as it is.
    static func slimmed(_ cut: Portfolio, sharing slim: Portfolio, cutFrom whole: Portfolio) -> Portfolio {
        var kept = cut
        kept.partnerships = cut.partnerships.indices.map { index in
            guard index < slim.partnerships.count, !whole.partnerships[index].hasPrivateContent else {
                var partnership = cut.partnerships[index]
                IncrementalBuild.slim(&partnership)
                return partnership
            }
            return slim.partnerships[index]
        }
        return kept
    }
}
