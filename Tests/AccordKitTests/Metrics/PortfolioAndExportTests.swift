import Testing

@testable import AccordKit

@Suite struct PortfolioAndExportTests {
    /// Acme × Globex: signed, monthly, one goal, one steering meeting with a pulse, an action and an issue.
    static func small() -> Partnership {
        let charter = Charter(
            path: "partnerships/acme-globex/charter.md", title: "Acme × Globex \"desk\"",
            parties: [
                Party(
                    id: "acme", name: "Acme Corp", lead: "Jane Smith",
                    location: Fx.loc("partnerships/acme-globex/charter.md", 5)),
                Party(
                    id: "globex", name: "Globex", lead: "Raj Patel",
                    location: Fx.loc("partnerships/acme-globex/charter.md", 9)),
            ],
            signatures: [
                Signature(
                    party: "acme", date: Fx.day("2026-01-10"),
                    location: Fx.loc("partnerships/acme-globex/charter.md", 14)),
                Signature(
                    party: "globex", date: Fx.day("2026-01-12"),
                    location: Fx.loc("partnerships/acme-globex/charter.md", 15)),
            ],
            review: Fx.day("2027-01-15"), cadence: .monthly,
            goals: [
                Goal(
                    id: "G1", title: "Cut resolution time", weight: 2, owner: "globex",
                    priorities: [GoalPriority(party: "acme", score: 5), GoalPriority(party: "globex", score: 4)],
                    kpi: KPI(name: "Median resolution time", unit: "h", baseline: 30, target: 12),
                    due: Fx.day("2026-12-31"), location: Fx.loc("partnerships/acme-globex/charter.md", 18))
            ],
            document: MarkdownDocument(blocks: [Fx.h2("Shared vision", line: 30), Fx.h2("Governance", line: 34)]),
            valueItems: [
                ValueItem(
                    label: "acme", party: "acme", text: "lower cost",
                    location: Fx.loc("partnerships/acme-globex/charter.md", 32)),
                ValueItem(
                    label: "globex", party: "globex", text: "a reference",
                    location: Fx.loc("partnerships/acme-globex/charter.md", 33)),
            ])
        let path = "partnerships/acme-globex/meetings/2026-03-12-steering.md"
        let meeting = Meeting(
            path: path, pagePath: "partnerships/acme-globex/meetings/2026-03-12-steering.html",
            date: Fx.day("2026-03-12"),
            title: "Steering 3",
            attendees: [Fx.person("Jane Smith", "acme", path: path), Fx.person("Raj Patel", "globex", path: path)],
            health: [
                PartyPulse(
                    party: "acme",
                    scores: [PulseScore(dimension: "trust", value: 4), PulseScore(dimension: "focus", value: 3)],
                    location: Fx.loc(path, 9)),
                PartyPulse(
                    party: "globex",
                    scores: [PulseScore(dimension: "trust", value: 3), PulseScore(dimension: "focus", value: 4)],
                    location: Fx.loc(path, 10)),
            ],
            kpiReadings: [KPIReading(goal: "G1", value: 22, location: Fx.loc(path, 11))],
            actions: [
                Action(
                    owner: .person(Fx.person("Raj Patel", "globex", path: path, line: 17)),
                    text: "draft the joint runbook",
                    isTicked: false, due: Fx.day("2026-03-26"), location: Fx.loc(path, 17)),
                Action(
                    owner: .party(id: "acme", location: Fx.loc(path, 18)), text: "confirm the budget",
                    isTicked: true, due: Fx.day("2026-03-20"), location: Fx.loc(path, 18)),
            ],
            issues: [
                IssueRecord(
                    text: "Backlog on Mondays", isTicked: false, raised: Fx.day("2026-03-12"),
                    location: Fx.loc(path, 21))
            ])
        return Partnership(slug: "acme-globex", charter: charter, meetings: [meeting])
    }

    static func smallPortfolio() -> PortfolioMetrics {
        var config = SiteConfig()
        config.requiredSections = ["Shared vision", "Governance", "Exit and renewal"]
        return MetricsEngine.measure(Portfolio(config: config, partnerships: [small()]), asOf: Fx.day("2026-04-01"))
    }

    @Test func smallFixtureHandComputed() {
        let metrics = Self.smallPortfolio().partnerships[0]
        Fx.expectScore(metrics, .a1, 200.0 / 3, .red)  // 2 of 3 sections
        Fx.expectScore(metrics, .a2, 100, .green)
        Fx.expectScore(metrics, .a3, 75, .amber)  // 1 − 1/4
        Fx.expectScore(metrics, .a4, 100, .green)
        Fx.expectScore(metrics, .a5, 75, .amber)  // gaps 1, 1
        Fx.expectScore(metrics, .a6, 100, .green)
        Fx.expectScore(metrics, .a7, 100, .green)
        Fx.expectScore(metrics, .a8, 100, .green)
        Fx.expectScore(metrics, .a9, 0, .red)  // acme 100, globex 0 (its runbook is overdue)
        Fx.expectScore(metrics, .o1, 800.0 / 18, .red)  // (22 − 30) ÷ (12 − 30) = 0.444…
        Fx.expectScore(metrics, .o2, 50, .red)  // the budget (ticked, undated) on time; the runbook open
        Fx.expectScore(metrics, .o3, 0, .red)
        Fx.expectScore(metrics, .o4, 50, .red)  // ⌊81 ÷ 30⌋ = 2 expected, 1 held
        Fx.expectScore(metrics, .o5, 62.5, .amber)  // mean 3.5
        #expect(abs((metrics.alignment.index ?? 0) - (200.0 / 3 + 650) / 9) < 1e-9)
        #expect(abs((metrics.outcome.index ?? 0) - (800.0 / 18 + 50 + 0 + 50 + 62.5) / 5) < 1e-9)
        #expect(metrics.tier == .marginal)
        #expect(metrics.goals.first?.status == .onTrack)
        #expect(metrics.actions.map(\.isUndated) == [false, true])
    }

    @Test func exportsTheShapeOfTheSpecExactly() {
        let json = MetricsExport.json(Self.smallPortfolio())
        #expect(json == Self.expectedJSON)
        #expect(MetricsExport.json(Self.smallPortfolio(), slug: "acme-globex") == Self.expectedJSON)
    }

    static func portfolio() -> PortfolioMetrics {
        var config = SiteConfig()
        config.requiredSections = ["Shared vision", "Governance", "Exit and renewal"]
        var draft = Fx.charter(status: .draft)
        draft.title = "Draft, with comma"
        let overdue = Fx.meeting("2026-02-01", actions: [Fx.action("Ann Lee", "a", "late thing", due: "2026-02-10")])
        let partnerships = [
            Fx.partnership(draft, [overdue], slug: "zeta"), small(), Fx.partnership(Fx.charter(), slug: "beta"),
        ]
        return MetricsEngine.measure(Portfolio(config: config, partnerships: partnerships), asOf: Fx.day("2026-04-01"))
    }

    @Test func portfolioIsInSlugOrderWithTiersAndMergedAttention() {
        let metrics = Self.portfolio()
        #expect(metrics.partnerships.map(\.slug) == ["acme-globex", "beta", "zeta"])
        #expect(metrics.partnerships.map(\.tier) == [.marginal, .unrated, .draft])
        #expect(metrics.activePartnerships.map(\.slug) == ["acme-globex", "beta"])
        #expect(metrics.listedApart.map(\.slug) == ["zeta"])
        let counts = Dictionary(uniqueKeysWithValues: metrics.tierDistribution.map { ($0.tier, $0.count) })
        #expect(
            counts == [
                .highPerforming: 0, .healthy: 0, .marginal: 1, .atRisk: 0, .unrated: 1, .exiting: 0, .draft: 1,
                .ended: 0,
            ])
        #expect(metrics.partnership("zeta")?.attention.contains { $0.kind == .overdueAction } == true)
        #expect(!metrics.attention.contains { $0.slug == "zeta" })
        // v1.2: grouped by partnership in tier order (marginal before unrated), each in its own order (red flag first)
        #expect(
            metrics.attention.map(\.kind) == [
                .overdueAction, .sharedViewGap, .sharedViewGap, .missingSection,
                .unsigned, .missingSection, .missingSection, .missingSection,
            ])
        #expect(
            metrics.attention.map(\.slug) == [
                "acme-globex", "acme-globex", "acme-globex", "acme-globex",
                "beta", "beta", "beta", "beta",
            ])
        #expect(metrics.attention[4].message == "Nobody has signed the charter.")
        #expect(
            metrics.attention.filter { $0.kind == .missingSection }.map(\.slug) == [
                "acme-globex", "beta", "beta", "beta",
            ])
    }

    @Test func csvHasOneRowPerPartnershipAndMetric() {
        let csv = MetricsExport.csv(Self.portfolio())
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1 + 3 * 14 + 1)
        #expect(
            lines[0]
                == "slug,status,tier,family,metric,name,score,band,inputs,alignment_index,outcome_index,red_flags,warnings"
        )
        #expect(lines[1] == "acme-globex,active,marginal,alignment,A1,Charter completeness,66.7,red,3,79.6,41.4,,")
        #expect(lines[10] == "acme-globex,active,marginal,outcome,O1,KPI attainment,44.4,red,1,79.6,41.4,,")
        #expect(
            lines[11] == "acme-globex,active,marginal,outcome,O2,Commitment reliability (say/do),50.0,red,2,79.6,41.4,,"
        )
        #expect(lines[19] == "beta,active,unrated,alignment,A5,Shared view,,no-data,0,0.0,,unsigned,")
        #expect(MetricsExport.csvField("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(MetricsExport.csv(Self.portfolio(), slug: "beta").split(separator: "\n").count == 15)
    }

    @Test func tableIsAligned() {
        let table = MetricsExport.table(Self.portfolio(), slug: "acme-globex")
        let expected = """
            Report date: 2026-04-01

            PARTNERSHIP  TIER      ALIGNMENT  OUTCOME  RED FLAGS  WARNINGS
            acme-globex  marginal       79.6     41.4  —          —

            acme-globex — Acme × Globex "desk"
            METRIC  NAME                             SCORE  BAND
            A1      Charter completeness              66.7  red
            A2      Mutual sign-off                  100.0  green
            A3      Goal agreement                    75.0  amber
            A4      Outcome clarity                  100.0  green
            A5      Shared view                       75.0  amber
            A6      Participation balance            100.0  green
            A7      Leads present                    100.0  green
            A8      Value balance                    100.0  green
            A9      Delivery balance                   0.0  red
                    Alignment index                   79.6
            O1      KPI attainment                    44.4  red
            O2      Commitment reliability (say/do)   50.0  red
            O3      Issue resolution                   0.0  red
            O4      Governance cadence                50.0  red
            O5      Relationship health               62.5  amber
                    Outcome index                     41.4

            """
        #expect(table == expected)
        #expect(
            MetricsExport.table(Self.portfolio()).contains("beta         unrated         0.0        —  unsigned   —"))
    }
}
