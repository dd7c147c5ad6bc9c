/// The partnership charter: parties, goals, governance and the rendered document.
public struct Charter: Sendable, Codable, Equatable {
    /// Path of `charter.md` relative to the content folder.
    public var path: String
    /// Title of the partnership.
    public var title: String
    /// Lifecycle status (missing means active).
    public var status: PartnershipStatus
    /// The parties, in the written order.
    public var parties: [Party]
    /// Sign-offs by party, in the written order.
    public var signatures: [Signature]
    /// When the partnership began (`start:`), nil when not written.
    public var start: Day?
    /// Signed changes of the terms, in the written order.
    public var amendments: [Amendment]
    /// The decision to end the partnership, if one was taken.
    public var exit: ExitDecision?
    /// The strategic review date.
    public var review: Day?
    /// The expected governance meeting cadence.
    public var cadence: Cadence?
    /// The shared goals.
    public var goals: [Goal]
    /// The Markdown body.
    public var document: MarkdownDocument
    /// Value items found under "Value for each party".
    public var valueItems: [ValueItem]
    /// Free data for templates.
    public var extra: ExtraValue?
    /// Links of the body that may point to notes, checked by the site plan.
    public var links: [MarkdownLink] = []
    /// The charter's `(private: …)` sections.
    public var privacy = NotePrivacy()
    /// The fragments a link to this note may name.
    public var anchors = NoteAnchors()

    /// A charter.
    public init(
        path: String, title: String, status: PartnershipStatus = .active, parties: [Party],
        signatures: [Signature] = [], review: Day? = nil, cadence: Cadence? = nil, goals: [Goal] = [],
        document: MarkdownDocument = MarkdownDocument(), valueItems: [ValueItem] = [], extra: ExtraValue? = nil,
        start: Day? = nil, amendments: [Amendment] = [], exit: ExitDecision? = nil
    ) {
        self.path = path
        self.title = title
        self.status = status
        self.parties = parties
        self.signatures = signatures
        self.review = review
        self.cadence = cadence
        self.goals = goals
        self.document = document
        self.valueItems = valueItems
        self.extra = extra
        self.start = start
        self.amendments = amendments
        self.exit = exit
    }

    /// The party with an id.
    public func party(_ id: String) -> Party? {
        parties.first { $0.id == id }
    }
}
