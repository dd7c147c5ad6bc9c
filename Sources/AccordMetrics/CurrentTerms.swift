import AccordCore

/// The terms in force at a report date: the latest counted amendment (by date, then list order), else the
/// original charter. A2 and the `unsigned` flag read their signatures.
package struct CurrentTerms {
    /// The amendment in force, nil for the original charter.
    package let amendment: Amendment?
    /// Every signature written for these terms (also those dated after the report date).
    package let signatures: [Signature]

    /// The terms of a charter at a report date.
    package init(charter: Charter, asOf: Day) {
        let counted = charter.amendments.filter { $0.date <= asOf }
        let latest = counted.max { ($0.date, $0.order) < ($1.date, $1.order) }
        amendment = latest
        signatures = latest?.signatures ?? charter.signatures
    }

    /// The terms in words: `the charter`, `the amendment of 2026-07-15`.
    package var name: String { amendment.map { "the amendment of \($0.date)" } ?? "the charter" }
}
