import Testing

@testable import AccordKit

@Suite struct AlignmentMetricsTests {
    // MARK: A1

    @Test func a1CountsNormalisedH2Headings() {
        let charter = Fx.charter(blocks: [
            .heading(level: 1, [.text("P")], line: 9),
            Fx.h2("1. Shared vision", line: 10),
            .heading(level: 3, [.text("Value for each party")], line: 12),
            Fx.h2("3) Issue-resolution", line: 14),
            .heading(level: 2, [.strong([.text("Governance")])], line: 16),
            Fx.h2("Exit & Renewal", line: 18),
        ])
        let sections = ["Shared vision", "Value for each party", "Issue resolution", "Governance", "Exit and renewal"]
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-01", config: Fx.config(sections: sections))
        Fx.expectScore(metrics, .a1, 80, .amber)  // 4 of 5
        let inputs = metrics.metric(.a1)?.inputs ?? []
        #expect(
            inputs.map(\.text) == [
                "Shared vision: present", "Value for each party: missing",
                "Issue resolution: present", "Governance: present", "Exit and renewal: present",
            ])
        #expect(inputs.first?.locations == [Fx.loc(Fx.charterPath, 10)])
        let missing = metrics.attention.filter { $0.kind == .missingSection }
        #expect(missing.map(\.message) == ["The charter has no “Value for each party” section"])
        #expect(missing.first?.location == Fx.loc(Fx.charterPath))
    }

    @Test func a1HasNoDataWithoutRequiredSections() {
        let metrics = Fx.measure(Fx.partnership(Fx.charter()), asOf: "2026-03-01", config: Fx.config(sections: []))
        Fx.expectScore(metrics, .a1, nil)
    }

    @Test func sectionNamesNormalise() {
        #expect(MetricsEngine.normalisedSectionName("  3. Issue-resolution ") == "issue resolution")
        #expect(MetricsEngine.normalisedSectionName("Exit & renewal") == "exit and renewal")
        #expect(MetricsEngine.normalisedSectionName("12) “Shared”   Vision!") == "shared vision")
        #expect(MetricsEngine.normalisedSectionName("2026 plan") == "2026 plan")
    }

    // MARK: A2

    @Test func a2CountsSignaturesUpToTheReportDate() {
        let charter = Fx.charter(
            parties: [Fx.party("a"), Fx.party("b"), Fx.party("c")],
            signatures: [Fx.sign("a", "2026-01-10"), Fx.sign("b", "2026-02-01"), Fx.sign("c", "2026-06-01")])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a2, 200.0 / 3, .red)
        #expect(metrics.metric(.a2)?.inputs.last?.text == "C (c): signs 2026-06-01, after the report date")
        let all = Fx.measure(Fx.partnership(charter), asOf: "2026-06-01")
        Fx.expectScore(all, .a2, 100, .green)
    }

    // MARK: A3

    @Test func a3WeightsGoalsRatedByTwoOrMoreParties() {
        let charter = Fx.charter(goals: [
            Fx.goal("G1", weight: 2, priorities: [("a", 5), ("b", 4)]),  // 0.75
            Fx.goal("G2", priorities: [("a", 4), ("b", 4)]),  // 1.0
            Fx.goal("G3", weight: 5, priorities: [("a", 5)]),  // not counted
        ])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a3, (2 * 0.75 + 1) / 3 * 100, .green)  // 83.33…
        let none = Fx.measure(
            Fx.partnership(Fx.charter(goals: [Fx.goal("G1", priorities: [("a", 1)])])), asOf: "2026-03-01")
        Fx.expectScore(none, .a3, nil)
    }

    @Test func a3WithThreePartiesUsesMaxMinusMin() {
        let charter = Fx.charter(
            parties: [Fx.party("a"), Fx.party("b"), Fx.party("c")],
            goals: [Fx.goal("G1", priorities: [("a", 5), ("b", 3), ("c", 1)])])
        Fx.expectScore(Fx.measure(Fx.partnership(charter), asOf: "2026-03-01"), .a3, 0, .red)
    }

    // MARK: A4

    @Test func a4CountsClearGoalsUnweightedAndNotesMoreThanFive() {
        let charter = Fx.charter(goals: [
            Fx.goal("G1", weight: 9),
            Fx.goal("G2"),
            Fx.goal("G3"),
            Fx.goal("G4", owner: nil),
            Fx.goal("G5", due: nil),
            Fx.goal("G6", baseline: 3, target: nil),
        ])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a4, 50, .red)
        #expect(metrics.metric(.a4)?.note == "6 goals: the Vested rules suggest no more than five shared outcomes.")
        #expect(metrics.metric(.a4)?.inputs[5].text == "G6: missing a KPI with numeric baseline and target")
        let five = Fx.measure(Fx.partnership(Fx.charter(goals: (1...5).map { Fx.goal("G\($0)") })), asOf: "2026-03-01")
        Fx.expectScore(five, .a4, 100, .green)
        #expect(five.metric(.a4)?.note == nil)
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter()), asOf: "2026-03-01"), .a4, nil)
    }

    // MARK: A5 and the 180-day pulse window

    static func pulseMeeting(_ date: String) -> Meeting {
        Fx.meeting(
            date,
            health: [
                Fx.pulse("a", [("trust", 4), ("communication", 4), ("focus", 3)], line: 4),
                Fx.pulse("b", [("trust", 3), ("communication", 4), ("focus", 5), ("team", 4)], line: 5),
            ])
    }

    @Test func a5MeansTheGapsOfDimensionsScoredByTwoParties() {
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [Self.pulseMeeting("2026-01-01")]), asOf: "2026-03-01")
        // gaps: trust 1, communication 0, focus 2 (team has one party) → mean 1 → 100 × (1 − 1/4) = 75, at the amber bound.
        Fx.expectScore(metrics, .a5, 75, .amber)
        let gaps = metrics.attention.filter { $0.kind == .sharedViewGap }.map(\.message)
        #expect(
            gaps
                == [
                    "The parties' views of trust differ by 1 (a 4, b 3) in the pulse of 2026-01-01",
                    "The parties' views of focus differ by 2 (a 3, b 5) in the pulse of 2026-01-01",
                ].sorted())
    }

    @Test func pulseExactly180DaysOldCountsAnd181DoesNot() {
        let partnership = Fx.partnership(Fx.charter(), [Self.pulseMeeting("2026-01-01")])
        let at180 = Fx.measure(partnership, asOf: "2026-06-30")  // 180 days later
        #expect(Fx.day("2026-06-30").days(since: Fx.day("2026-01-01")) == 180)
        Fx.expectScore(at180, .a5, 75)
        #expect(at180.metric(.o5)?.score != nil)
        #expect(at180.latestPulseDate == Fx.day("2026-01-01"))
        let at181 = Fx.measure(partnership, asOf: "2026-07-01")
        Fx.expectScore(at181, .a5, nil)
        Fx.expectScore(at181, .o5, nil)
        #expect(at181.attention.allSatisfy { $0.kind != .sharedViewGap && $0.kind != .lowTrust })
    }

    @Test func latestPulseIsTheLatestCountedMeetingWithHealth() {
        let older = Self.pulseMeeting("2026-01-01")
        let newer = Fx.meeting("2026-02-01", health: [Fx.pulse("a", [("trust", 5)]), Fx.pulse("b", [("trust", 5)])])
        let noHealth = Fx.meeting("2026-02-15")
        let future = Fx.meeting("2026-04-01", health: [Fx.pulse("a", [("trust", 1)]), Fx.pulse("b", [("trust", 5)])])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [older, newer, noHealth, future]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a5, 100, .green)
        Fx.expectScore(metrics, .o5, 100, .green)
    }

    // MARK: A6

    @Test func a6ComparesLowestAndHighestPresence() {
        let meetings = [
            Fx.meeting("2026-01-01", attendees: [("Ann Lee", "a"), ("Bo Chan", "b"), ("Cy", "b")]),
            Fx.meeting("2026-01-15", kind: "workshop", attendees: [("Ann Lee", "a")]),
            Fx.meeting("2026-02-01", attendees: [("Ann Lee", "a"), ("Bo Chan", "b")]),
            Fx.meeting("2026-02-15", attendees: [("Ann Lee", "a"), ("Bo Chan", "b"), ("Guest", nil)]),
            Fx.meeting("2026-05-01", attendees: [("Bo Chan", "b")]),  // after the report date
        ]
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), meetings), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a6, 75, .amber)  // a 4/4, b 3/4
        #expect(metrics.participation.map(\.meetingsPresent) == [4, 3])
        #expect(metrics.participation.map(\.attendances) == [4, 4])
        #expect(metrics.participation.map(\.distinctPeople) == [1, 2])
    }

    @Test func a6HasNoDataWithoutMeetingsOrPartyAttendees() {
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter()), asOf: "2026-03-01"), .a6, nil)
        let guestsOnly = Fx.partnership(Fx.charter(), [Fx.meeting("2026-01-01", attendees: [("Guest", nil)])])
        Fx.expectScore(Fx.measure(guestsOnly, asOf: "2026-03-01"), .a6, nil)
    }

    @Test func a6ThreePartiesOneAbsent() {
        let charter = Fx.charter(parties: [Fx.party("a"), Fx.party("b"), Fx.party("c")])
        let meetings = [Fx.meeting("2026-01-01", attendees: [("X", "a"), ("Y", "b")])]
        Fx.expectScore(Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-03-01"), .a6, 0, .red)
    }

    // MARK: A7

    @Test func a7CountsGovernanceMeetingsWithEveryLeadAndIgnoresWorkshops() {
        let charter = Fx.charter(parties: [
            Fx.party("a", lead: "Ann Lee"), Fx.party("b", lead: "Bo  Chan"), Fx.party("c"),
        ])
        let meetings = [
            Fx.meeting("2026-01-01", attendees: [("ann lee", "a"), ("BO CHAN", "b")]),
            Fx.meeting("2026-01-08", kind: "review", attendees: [("Ann Lee", "a"), ("Bo Chan", "b")]),
            Fx.meeting("2026-01-15", attendees: [("Ann Lee", "a"), ("Bo   Chan", "b")]),
            Fx.meeting("2026-01-22", attendees: [("Ann Lee", "a")]),
            Fx.meeting("2026-01-29", attendees: [("Bo Chan", "b"), ("Cy", "c")]),
            Fx.meeting("2026-02-05", kind: "workshop", attendees: []),
        ]
        let metrics = Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a7, 60, .amber)  // 3 of 5 governance meetings; 60 is at the amber bound
        #expect(metrics.metric(.a7)?.inputs[3].text == "2026-01-22 steering 2026-01-22: absent Bo  Chan (b)")
    }

    @Test func a7ChairAloneDoesNotCount() {
        var meeting = Fx.meeting("2026-01-01", attendees: [("Ann Lee", "a")])
        meeting.chair = Fx.person("Bo Chan", "b")
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01"), .a7, 0, .red)
    }

    @Test func a7HasNoDataWithoutLeadsOrGovernanceMeetings() {
        let noLeads = Fx.charter(parties: [Fx.party("a"), Fx.party("b")])
        let meetings = [Fx.meeting("2026-01-01", attendees: [("Ann Lee", "a")])]
        Fx.expectScore(Fx.measure(Fx.partnership(noLeads, meetings), asOf: "2026-03-01"), .a7, nil)
        let workshopsOnly = [
            Fx.meeting("2026-01-01", kind: "workshop", attendees: [("Ann Lee", "a"), ("Bo Chan", "b")])
        ]
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter(), workshopsOnly), asOf: "2026-03-01"), .a7, nil)
    }

    // MARK: A8

    static func value(_ label: String, _ party: String?, line: Int) -> ValueItem {
        ValueItem(label: label, party: party, text: "something", location: Fx.loc(Fx.charterPath, line))
    }

    @Test func a8ComparesFewestAndMostValueItems() {
        let charter = Fx.charter(
            parties: [Fx.party("a", "Acme Corp"), Fx.party("b")],
            valueItems: [
                Self.value("a", "a", line: 40), Self.value("Acme Corp", nil, line: 41),
                Self.value("b", "b", line: 42), Self.value("Nobody", nil, line: 43),
            ])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a8, 50, .amber)
        #expect(
            metrics.metric(.a8)?.inputs.first?.locations == [Fx.loc(Fx.charterPath, 40), Fx.loc(Fx.charterPath, 41)])
    }

    @Test func a8IsZeroWhenAPartyHasNoneAndNoDataWithoutItems() {
        let charter = Fx.charter(
            parties: [Fx.party("a"), Fx.party("b"), Fx.party("c")],
            valueItems: [Self.value("a", "a", line: 40), Self.value("b", "b", line: 41)])
        Fx.expectScore(Fx.measure(Fx.partnership(charter), asOf: "2026-03-01"), .a8, 0, .red)
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter()), asOf: "2026-03-01"), .a8, nil)
    }

    // MARK: A9

    @Test func a9IsTheSpreadOfPartySayDo() {
        let meeting = Fx.meeting(
            "2026-02-01",
            actions: [
                Fx.action("Ann Lee", "a", "one", ticked: true, due: "2026-02-10", done: "2026-02-09", line: 10),
                Fx.action("Ann Lee", "a", "two", ticked: true, due: "2026-02-10", line: 11),
                Fx.action("Bo Chan", "b", "three", ticked: true, due: "2026-02-10", done: "2026-02-12", line: 12),
                Fx.action("@b", "b", "four", ticked: true, due: "2026-02-10", done: "2026-02-10", line: 13),
            ])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .a9, 50, .red)  // a 100, b 50
        let oneParty = Fx.meeting("2026-02-01", actions: [Fx.action("Ann Lee", "a", "one", due: "2026-02-10")])
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter(), [oneParty]), asOf: "2026-03-01"), .a9, nil)
    }
}
