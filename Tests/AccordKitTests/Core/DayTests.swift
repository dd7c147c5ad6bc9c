import Testing

@testable import AccordKit

@Suite struct DayTests {
    @Test func parsesAndPrintsISODates() {
        #expect(Day(iso: "2026-03-12")?.description == "2026-03-12")
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-3-12") == nil)
        #expect(Day(iso: "2026-03-12T10:00") == nil)
    }

    @Test func countsDaysAcrossYears() throws {
        let start = try #require(Day(iso: "2025-12-31"))
        let end = try #require(Day(iso: "2026-03-01"))
        #expect(end.days(since: start) == 60)
        #expect(start.adding(days: 1).description == "2026-01-01")
        #expect(Day(unixSeconds: 1_779_494_400).description == "2026-05-23")
        #expect(Day(unixSeconds: -1).description == "1969-12-31")
    }
}
