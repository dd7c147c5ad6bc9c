/// The fixed files the fuzzed file is paired with: one partnership of the demo portfolio
/// (`Content/partnerships/lumen-marketing-retainer`) and the demo `accord.yml`, so that a fuzzed note has
/// a charter to be validated against and a fuzzed charter has a note to measure.
enum Companions {
    /// `charter.md` of the demo partnership.
    static let charter = #"""
        ---
        title: Northwind × Lumen & Co marketing retainer
        status: ended
        parties:
          - id: northwind
            name: Northwind Group
            role: client (trade marketing)
            lead: Olivia Brandt
            people: [Olivia Brandt, Farid Haddad, Grace Liu]
          - id: lumen
            name: Lumen & Co
            role: marketing agency
            lead: Theo Lambert
            people: [Theo Lambert, Isla Murray, Diego Ruiz]
        signed:
          northwind: 2025-01-13
          lumen: 2025-01-15
        review: 2026-01-31
        cadence: monthly
        goals:
          - id: G1
            title: Grow qualified trade leads from digital campaigns
            weight: 2
            owner: lumen
            priority: {northwind: 5, lumen: 4}
            kpi: {name: Qualified leads per month, unit: leads, baseline: 320, target: 500}
            due: 2025-12-31
          - id: G2
            title: Lower the cost per qualified lead
            owner: lumen
            priority: {northwind: 4, lumen: 4}
            kpi: {name: Cost per qualified lead, unit: GBP, baseline: 48, target: 35}
            due: 2025-12-31
          - id: G3
            title: Refresh the trade brand
            owner: northwind
            priority: {northwind: 3, lumen: 5}
            kpi: {name: Prompted brand awareness among trade buyers, unit: "%", baseline: 18, target: 25}
            due: 2025-12-31
        extra:
          ended: 2026-01-31
          outcome: Ended as planned; performance marketing moved in-house, Lumen kept on the roster for brand projects.
        ---

        # Northwind × Lumen & Co marketing retainer

        A twelve-month retainer for trade marketing: performance campaigns (search,
        LinkedIn, e-mail) and a refresh of the Northwind Trade brand. **Ended on
        31 January 2026** after the closing review; see the last meeting note for the
        handover.

        ## Shared vision

        Trade buyers think of Northwind first, and every pound of campaign spend can be
        traced to a qualified lead that the sales team follows up.

        ## Value for each party

        - northwind: more qualified leads at a lower cost, and a brand the trade recognises
        - northwind: marketing know-how transferred to its own team
        - lumen: a showcase B2B brand project and a case study
        - lumen: a monthly retainer that funds a dedicated team of three

        ## Governance

        Monthly account meeting (marketing director and agency lead), quarterly business
        review with sales, and a brand workshop with trade customers. Pulse survey every
        other month.

        ## Intellectual property

        All campaign assets, brand guidelines and ad accounts belong to Northwind on
        payment. Lumen may show the work in its portfolio after launch.

        ## Resources and skills

        Lumen: account lead, performance strategist, designer. Northwind: marketing
        director, CRM analyst, brand manager; access to trade sales for lead follow-up.

        ## Issue resolution

        Account leads first, then Northwind's Chief Commercial Officer and Lumen's
        managing partner.

        ## Exit and renewal

        Review by 2026-01-31. On exit: ad accounts and analytics transferred to Northwind
        ownership, campaign playbooks documented, and two shadowing weeks for any
        in-house team.
        """#

    /// One meeting note of that partnership.
    static let note = #"""
        ---
        date: 2025-03-11
        title: Account meeting 2
        kind: steering
        chair: Theo Lambert
        attendees: [Olivia Brandt, Farid Haddad, Grace Liu, Theo Lambert, Isla Murray, Diego Ruiz]
        health:
          northwind: {trust: 3.5, communication: 3.5, focus: 4, team: 3.5, innovation: 4}
          lumen: {trust: 4, communication: 3.5, focus: 3.5, team: 4, innovation: 4.5}
        kpis: {G1: 340, G2: 47}
        ---

        # Account meeting 2

        Audit done: 35% of spend goes to display ads that produce almost no qualified
        leads. Q2 media plan agreed in principle.

        ## Actions

        - [x] Isla Murray: audit current campaigns and tracking (due 2025-02-28, done 2025-02-26)
        - [x] Farid Haddad: give Lumen access to CRM lead data (due 2025-02-21, done 2025-02-24)
        - [x] Theo Lambert: propose the Q2 media plan (due 2025-03-07, done 2025-03-05)
        - [ ] Diego Ruiz: set up campaign tagging on all web forms (due 2025-04-04)
        - [ ] Grace Liu: define "qualified lead" with the trade sales team (due 2025-03-28)

        ## Issues

        - [ ] Leads from web forms are not tagged by campaign (raised 2025-02-11)
        """#

    /// The demo `accord.yml`.
    static let settings = #"""
        # Site settings for the Accord demo portfolio.
        # as_of is pinned so that the demo dashboard is reproducible; remove it (or
        # pass --as-of) to report against today's date.
        title: Partnership portfolio
        organisation: Northwind Group
        as_of: 2026-11-20
        required_sections:
          - Shared vision
          - Value for each party
          - Governance
          - Intellectual property
          - Resources and skills
          - Issue resolution
          - Exit and renewal
        thresholds: {}
        """#

    /// The smallest valid charter with the parties and people of `note`, for the quick mode.
    static let minimalCharter = #"""
        ---
        title: Fuzz
        parties:
          - {id: northwind, name: Northwind Group, lead: Olivia Brandt, people: [Olivia Brandt, Farid Haddad, Grace Liu]}
          - {id: lumen, name: Lumen & Co, lead: Theo Lambert, people: [Theo Lambert, Isla Murray, Diego Ruiz]}
        goals:
          - {id: G1, title: Leads, owner: lumen, kpi: {name: Leads, baseline: 320, target: 500}}
          - {id: G2, title: Cost, owner: lumen, kpi: {name: Cost, baseline: 48, target: 35}}
        ---
        # Fuzz

        """#
}
