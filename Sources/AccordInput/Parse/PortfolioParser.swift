import AccordCore

/// Step 2 of the pipeline: parses every file of the inventory (in parallel) into typed models.
/// Step 3 (validation) runs on each partnership as soon as its files are parsed.
public enum PortfolioParser {
    /// One partnership folder as parsing left it: the partnership (nil when its charter cannot be read) and
    /// every diagnostic of its files.
    public struct Parsed: Sendable {
        /// The partnership.
        public var partnership: Partnership?
        /// Its files' diagnostics, in the order reported.
        public var diagnostics: [Diagnostic]

        /// A parsed folder.
        public init(partnership: Partnership?, diagnostics: [Diagnostic]) {
            self.partnership = partnership
            self.diagnostics = diagnostics
        }
    }

    /// The parsed and validated portfolio plus every diagnostic, in a deterministic order.
    /// `reuse` may answer for a partnership folder with what an earlier build parsed from the same files;
    /// `parsed` is told what each folder it did not answer for parsed into.
    public static func parse(
        _ inventory: ContentInventory, diagnostics: inout DiagnosticBag,
        reuse: @Sendable (PartnershipFiles) -> Parsed? = { _ in nil },
        parsed: @Sendable (PartnershipFiles, Parsed) -> Void = { _, _ in }
    ) -> Portfolio {
        let config = SiteConfigDecoder.decode(inventory.settings, diagnostics: &diagnostics)
        let results = inventory.partnerships.parallelMap { files -> (Partnership?, DiagnosticBag) in
            var bag = DiagnosticBag()
            if let known = reuse(files) {
                for diagnostic in known.diagnostics { bag.report(diagnostic) }
                return (known.partnership, bag)
            }
            let partnership = parsePartnership(files, diagnostics: &bag)
            parsed(files, Parsed(partnership: partnership, diagnostics: bag.all))
            return (partnership, bag)
        }
        var partnerships: [Partnership] = []
        for (partnership, bag) in results {
            diagnostics.merge(bag)
            if let partnership { partnerships.append(partnership) }
        }
        return Portfolio(config: config, partnerships: partnerships)
    }

    /// Parses one partnership folder; nil when the charter cannot be read.
    package static func parsePartnership(_ files: PartnershipFiles, diagnostics: inout DiagnosticBag) -> Partnership? {
        let charter = CharterDecoder.decode(files.charter, diagnostics: &diagnostics)
        var meetings: [Meeting] = []
        let validator = charter.map(PartnershipValidator.init)
        for file in files.meetings {
            let inner = file.path.dropFirst(files.folder.count + 1)
            let pagePath = "partnerships/\(files.slug)/" + inner.dropLast(3) + ".html"
            // Every problem of a note is reported, also when the note cannot count (a bad date).
            guard let decoded = MeetingDecoder.decodeAll(file, pagePath: pagePath, diagnostics: &diagnostics) else {
                continue
            }
            var meeting = validator?.validate(decoded.meeting, diagnostics: &diagnostics) ?? decoded.meeting
            if let charter {
                meeting.privacy = VisibilityValidator.validate(
                    meeting.privacy, parties: charter.parties, diagnostics: &diagnostics)
            }
            for reading in decoded.unreadableReadings {
                _ = validator?.goal(reading.goal, at: reading.location, diagnostics: &diagnostics)
            }
            if decoded.counts { meetings.append(meeting) }
        }
        guard let charter else { return nil }
        return Partnership(slug: files.slug, charter: charter, meetings: meetings)
    }
}
