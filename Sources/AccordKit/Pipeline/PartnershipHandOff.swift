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
