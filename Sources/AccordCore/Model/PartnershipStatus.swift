/// The lifecycle status of a partnership.
public enum PartnershipStatus: String, Sendable, CaseIterable, Codable, Equatable {
    /// Being negotiated; not measured as part of the active portfolio.
    case draft
    /// Running.
    case active
    /// Under strategic review.
    case underReview = "under-review"
    /// Finished.
    case ended
}
