import Testing

@testable import AccordKit

/// `ActionStatus` and `IssueStatus`, the one rule for the state of an action or issue at a date, at and
/// around its bounds, with the words and CSS classes every page shows.
@Suite struct ActionStatusTests {
    static let reportDate = Fx.day("2026-06-01")

    static func status(ticked: Bool = false, done: String? = nil, due: String? = nil) -> ActionStatus {
        ActionStatus(isTicked: ticked, done: done.map(Fx.day), due: due.map(Fx.day), at: reportDate)
    }

    @Test func dueOnTheReportDateIsOpenNotOverdue() {
        let status = Self.status(due: "2026-06-01")
        #expect(status == .open(due: Fx.day("2026-06-01")))
        #expect(!status.isDone)
        #expect(status.daysOverdue == 0)
        #expect(status.words == "open, due 2026-06-01")
        #expect(status.cssClass == "state-open")
    }

    @Test func dueTheDayBeforeIsOverdueByOneDay() {
        let status = Self.status(due: "2026-05-31")
        #expect(status == .overdue(days: 1))
        #expect(status.words == "overdue by 1 day")
        #expect(status.cssClass == "state-overdue")
        #expect(Self.status(due: "2025-05-13").words == "overdue by 384 days")
    }

    @Test func doneOnTheReportDateIsDone() {
        let status = Self.status(ticked: true, done: "2026-06-01", due: "2026-05-01")
        #expect(status == .done(on: Fx.day("2026-06-01")))
        #expect(status.isDone && !status.isUndated)
        #expect(status.words == "done on 2026-06-01")
        #expect(status.cssClass == "state-done")
    }

    @Test func doneDateAfterTheReportDateIsNotDoneYet() {
        // Ticked, done the day after the report date: overdue when due before it, open otherwise.
        let late = Self.status(ticked: true, done: "2026-06-02", due: "2026-05-20")
        #expect(late == .overdue(days: 12))
        #expect(!late.isDone)
        let notDue = Self.status(ticked: true, done: "2026-06-02", due: "2026-06-10")
        #expect(notDue == .open(due: Fx.day("2026-06-10")))
        #expect(Self.status(ticked: true, done: "2026-06-02").words == "open, no due date")
    }

    @Test func tickedWithoutADateIsDoneUndated() {
        let status = Self.status(ticked: true, due: "2020-01-01")
        #expect(status == .done(on: nil))
        #expect(status.isDone && status.isUndated)
        #expect(status.daysOverdue == 0)
        #expect(status.words == "done, undated")
        #expect(status.cssClass == "state-done")
    }

    @Test func notTickedWithADoneDateIsNotDone() {
        // The parser warns about `done` on an open item; the state ignores it.
        #expect(Self.status(done: "2026-05-01", due: "2026-05-30") == .overdue(days: 2))
    }

    @Test func upcomingHasItsOwnWordAndClass() {
        #expect(ActionStatus.upcoming.words == "upcoming")
        #expect(ActionStatus.upcoming.cssClass == "state-upcoming")
        #expect(!ActionStatus.upcoming.isDone)
        #expect(IssueStatus.upcoming.words == "upcoming")
        #expect(IssueStatus.upcoming.cssClass == "state-upcoming")
    }

    @Test func issueStatusAtAndAroundItsBounds() {
        func status(ticked: Bool = false, resolved: String? = nil, raised: String = "2026-03-29") -> IssueStatus {
            IssueStatus(isTicked: ticked, resolved: resolved.map(Fx.day), raised: Fx.day(raised), at: Self.reportDate)
        }
        #expect(status(ticked: true, resolved: "2026-06-01") == .resolved(on: Fx.day("2026-06-01")))
        #expect(status(ticked: true, resolved: "2026-06-01").words == "resolved on 2026-06-01")
        #expect(status(ticked: true, resolved: "2026-06-01").cssClass == "state-done")
        let later = status(ticked: true, resolved: "2026-06-02")
        #expect(later == .open(raised: Fx.day("2026-03-29"), days: 64))
        #expect(later.words == "open for 64 days")
        #expect(later.cssClass == "state-open")
        #expect(later.daysOpen == 64)
        #expect(status(ticked: true) == .resolved(on: nil))
        #expect(status(ticked: true).words == "resolved, undated")
        #expect(status(raised: "2026-05-31").words == "open for 1 day")
        #expect(status(raised: "2026-06-01").words == "open for 0 days")
        #expect(status(raised: "2026-06-05").words == "open, raised 2026-06-05")
    }

    /// The merged action reads its state from the same function at the report date: on time at the bounds.
    @Test func mergedActionsUseTheSameRule() {
        let meeting = Fx.meeting(
            "2026-05-01",
            actions: [
                Fx.action(
                    "Ann Lee", "a", "on the due date", ticked: true, due: "2026-05-20", done: "2026-05-20", line: 10),
                Fx.action("Ann Lee", "a", "a day late", ticked: true, due: "2026-05-20", done: "2026-05-21", line: 11),
                Fx.action("Ann Lee", "a", "due today", due: "2026-06-01", line: 12),
                Fx.action(
                    "Ann Lee", "a", "done tomorrow", ticked: true, due: "2026-05-20", done: "2026-06-02", line: 13),
            ])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-06-01")
        #expect(
            metrics.actions.map(\.status.words) == [
                "done on 2026-05-20", "done on 2026-05-21", "open, due 2026-06-01", "overdue by 12 days",
            ])
        #expect(metrics.actions.map(\.isDoneOnTime) == [true, false, false, false])
        #expect(metrics.actions.map(\.isDueByReportDate) == [true, true, true, true])
        #expect(
            metrics.metric(.o2)?.inputs.map(\.text) == [
                "Ann Lee (a): on the due date — due 2026-05-20, done on 2026-05-20, on time",
                "Ann Lee (a): a day late — due 2026-05-20, done on 2026-05-21, late",
                "Ann Lee (a): due today — due 2026-06-01, open, due 2026-06-01",
                "Ann Lee (a): done tomorrow — due 2026-05-20, overdue by 12 days (done 2026-06-02 is after the report date)",
            ])
    }
}
