import AccordCore

/// Notes dated far after the report date: such a note counts for nothing (it is upcoming), and a
/// date more than a year ahead is usually a mistyped year.
package enum FutureNotes {
    /// How far after the report date a note may be dated before it is a warning.
    package static let toleratedDays = 365

    /// A warning at the `date` of every note dated more than a year after the report date.
    package static func check(_ portfolio: Portfolio, reportDate: Day, diagnostics: inout DiagnosticBag) {
        for partnership in portfolio.partnerships {
            for meeting in partnership.meetings where meeting.date.days(since: reportDate) > toleratedDays {
                diagnostics.warning(
                    meeting.dateLocation ?? SourceLocation(path: meeting.path),
                    "the note is dated \(meeting.date), more than a year after the report date \(reportDate); it counts for nothing until then",
                    hint: "check the year; a note of a meeting still to come can wait in _drafts/")
            }
        }
    }
}
