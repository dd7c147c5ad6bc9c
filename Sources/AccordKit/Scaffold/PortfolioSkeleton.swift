import AccordCore

/// The files `accord init` writes: settings and one small, signed partnership with its first
/// meeting, dated around today so that `accord check --strict` passes on the day it is written.
public enum PortfolioSkeleton {
    /// The slug of the example partnership.
    public static let exampleSlug = "example-partnership"

    /// Every file of a new portfolio, paths relative to the content folder.
    public static func files(today: Day) -> [Skeleton.File] {
        [settings, charter(today: today), kickoff(today: today)]
    }

    /// `accord.yml` with every key, the optional ones commented out.
    static var settings: Skeleton.File {
        let sections = SiteConfig.defaultRequiredSections.map { "  - \($0)" }.joined(separator: "\n")
        return Skeleton.File(
            path: "accord.yml",
            text: """
                # Site settings of this Accord portfolio (every key is optional).
                title: Partnership portfolio
                # organisation: Your organisation
                # as_of: 2026-01-31             # pin the report date (default: --as-of, SOURCE_DATE_EPOCH, today)
                required_sections:              # charter sections (H2 headings) that must exist
                \(sections)
                thresholds: {}                  # band overrides per metric, e.g. {O2: {green: 90, amber: 75}}
                # templates: templates          # a folder of template overrides, relative to this folder

                """)
    }

    static func charter(today: Day) -> Skeleton.File {
        let signed = today.adding(days: -28)
        return Skeleton.File(
            path: "partnerships/\(exampleSlug)/charter.md",
            text: """
                ---
                title: Example partnership
                status: active
                parties:
                  - id: client
                    name: Client Ltd
                    role: client
                    lead: Ada Client
                    people: [Ada Client, Ben Client]
                  - id: supplier
                    name: Supplier Ltd
                    role: supplier
                    lead: Sam Supplier
                    people: [Sam Supplier, Tia Supplier]
                signed: {client: \(signed), supplier: \(signed)}
                review: \(today.adding(days: 337))
                cadence: monthly
                goals:
                  - id: G1
                    title: Resolve tickets faster
                    owner: supplier
                    priority: {client: 5, supplier: 4}
                    kpi: {name: Median resolution time, unit: h, baseline: 30, target: 12}
                    due: \(today.adding(days: 337))
                  - id: G2
                    title: Co-create a self-service portal
                    owner: client
                    priority: {client: 4, supplier: 4}
                    kpi: {name: Portal adoption, unit: "%", baseline: 0, target: 60}
                    due: \(today.adding(days: 337))
                ---

                # Example partnership

                ## Shared vision

                One service desk that both organisations are proud of.

                ## Value for each party

                - client: faster resolution and lower cost per ticket
                - supplier: a reference customer and a product co-owned with the client

                ## Governance

                A monthly steering committee chaired by the client's lead; a strategic review before the review date.

                ## Intellectual property

                The portal is co-owned; each party keeps what it brought.

                ## Resources and skills

                The supplier staffs the desk; the client provides product owners for the portal.

                ## Issue resolution

                Issues go to the steering committee; unresolved ones to both leads within ten days.

                ## Exit and renewal

                Either party may exit with 90 days' notice; renewal is decided at the strategic review.

                """)
    }

    static func kickoff(today: Day) -> Skeleton.File {
        let date = today.adding(days: -14)
        return Skeleton.File(
            path: "partnerships/\(exampleSlug)/meetings/\(date)-steering.md",
            text: """
                ---
                date: \(date)
                title: Kick-off steering committee
                kind: steering
                chair: Ada Client
                attendees: [Ada Client, Ben Client, Sam Supplier, Tia Supplier]
                health:
                  client: {trust: 4, communication: 4, focus: 4, team: 4, innovation: 3}
                  supplier: {trust: 4, communication: 4, focus: 3, team: 4, innovation: 4}
                kpis: {G1: 28, G2: 0}
                ---

                # Kick-off steering committee

                ## Decisions

                - Meet monthly, chaired by the client's lead (agreed: client, supplier)

                ## Actions

                - [ ] Sam Supplier: draft the joint runbook (due \(today.adding(days: 14)))
                - [x] Ada Client: give the supplier access to the ticket system (due \(date.adding(days: 7)), done \(date.adding(days: 5)))

                ## Issues

                - [ ] Ticket backlog keeps growing on Mondays

                ## Wins

                - Both teams met in person for the first time

                """)
    }
}
