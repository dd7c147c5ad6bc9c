import AccordCore

/// Reading the content folder for `accord new meeting`: the partnership, the report date, and the
/// date the note gets.
extension MeetingSkeleton {
    /// What `accord new meeting` learnt from the content folder, or why it cannot write a note.
    public struct Plan: Sendable {
        /// The skeleton to write.
        public var skeleton: MeetingSkeleton
        /// The report date the content resolves to.
        public var reportDate: Day
        /// Where the report date came from.
        public var reportDateSource: ReportDate.Source
        /// Problems found in the partnership's own files (printed, not fatal unless the charter is unreadable).
        public var diagnostics: [Diagnostic]
    }

    /// A failure to plan the note, with the diagnostics that explain it.
    public struct PlanFailure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
        /// The diagnostics behind it (the charter's errors), possibly empty.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the content folder and plans a note for `slug`. The date is `date` when given, else the
    /// earlier of today and the report date, so that a new note always counts.
    public static func plan(
        _ options: BuildOptions, slug: String, date: Day?, kind: String,
        title: String?
    ) throws(PlanFailure) -> Plan {
        var bag = DiagnosticBag()
        var noteTexts: [String: String] = [:]
        let keep: (ContentListing) -> Void = { listing in
            guard let folder = listing.folders.first(where: { $0.slug == slug }) else { return }
            for file in listing.read(folder).0?.meetings ?? [] { noteTexts[file.path] = file.text }
        }
        guard let (portfolio, _, _) = Pipeline.loadAndParse(options, diagnostics: &bag, keeping: keep) else {
            throw PlanFailure(
                description: "content folder '\(options.contentPath)' does not exist or is not a folder",
                diagnostics: [])
        }
        let own = bag.all.filter { $0.location.path.hasPrefix("partnerships/\(slug)/") }
        guard let partnership = portfolio.partnerships.first(where: { $0.slug == slug }) else {
            let hasFolder = own.contains { $0.location.path.hasPrefix("partnerships/\(slug)/charter.md") }
            throw PlanFailure(
                description: hasFolder
                    ? "the charter of '\(slug)' cannot be read; fix the errors above first"
                    : "there is no partnership '\(slug)' (no \(options.contentPath)/partnerships/\(slug)/charter.md); "
                        + "create it with `accord new partnership \(slug)`",
                diagnostics: own.filter { $0.severity == .error })
        }
        let epochDay: Day?
        do {
            epochDay = try ReportDate.epochDay(options.sourceDateEpoch)
        } catch {
            throw PlanFailure(description: error.message, diagnostics: [])
        }
        let (reportDate, source) = ReportDate.resolve(
            flag: options.asOf, settings: portfolio.config.asOf,
            sourceDateEpoch: epochDay, today: options.today)
        let day = date ?? min(options.today, reportDate)
        var skeleton = MeetingSkeleton(partnership: partnership, date: day, kind: kind, title: title)
        skeleton.noteTexts = noteTexts
        return Plan(
            skeleton: skeleton,
            reportDate: reportDate, reportDateSource: source, diagnostics: own)
    }
}
