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

    /// The parsed and validated portfolio of files already read, plus every diagnostic, in a deterministic order.
    public static func parse(_ inventory: ContentInventory, diagnostics: inout DiagnosticBag) -> Portfolio {
        parse(
            settings: inventory.settings, inventory.partnerships, diagnostics: &diagnostics,
            read: { ($0, DiagnosticBag()) }, reuse: { _, _ in nil }, parsed: { _, _, _ in }, keep: { _, _, _ in })
    }

    /// The parsed and validated portfolio of a listed content folder, plus every diagnostic, in a deterministic
    /// order. Each folder is read when it is parsed, and its texts are released as soon as it is.
    /// `reuse` may answer for a partnership folder with what an earlier build parsed from the same files (it is
    /// given the files and their fingerprint, `PartnershipFiles.fingerprint`, computed once per folder);
    /// `parsed` is told what each folder it did not answer for parsed into. With `trees`, the notes' Markdown
    /// trees of a partnership with nothing private are let go once it is parsed (`NoteTrees.restored`).
    public static func parse(
        _ listing: ContentListing, diagnostics: inout DiagnosticBag,
        reuse: @Sendable (PartnershipFiles, ContentHash) -> Parsed? = { _, _ in nil },
        parsed: @Sendable (PartnershipFiles, ContentHash, Parsed) -> Void = { _, _, _ in }, trees: NoteTrees? = nil
    ) -> Portfolio {
        let portfolio = parse(
            settings: listing.settings, listing.folders, diagnostics: &diagnostics, read: { listing.read($0) },
            reuse: reuse, parsed: parsed,
            keep: { folder, input, partnership in trees?.drop(&partnership, folder: folder, input: input) })
        listing.remember()
        return portfolio
    }

    /// Reads (`read`) and parses each folder on all cores, showing each parsed partnership to `keep` (with the
    /// fingerprint of its files) before it is kept; the diagnostics come in the folders' order.
    static func parse<Folder: Sendable>(
        settings: SourceFile?, _ folders: [Folder], diagnostics: inout DiagnosticBag,
        read: @Sendable (Folder) -> (PartnershipFiles?, DiagnosticBag),
        reuse: @Sendable (PartnershipFiles, ContentHash) -> Parsed?,
        parsed: @Sendable (PartnershipFiles, ContentHash, Parsed) -> Void,
        keep: @Sendable (Folder, ContentHash, inout Partnership) -> Void
    ) -> Portfolio {
        let config = SiteConfigDecoder.decode(settings, diagnostics: &diagnostics)
        let results = folders.parallelMap { folder -> (Partnership?, DiagnosticBag) in
            var (files, bag) = read(folder)
            guard let files else { return (nil, bag) }
            let input = files.fingerprint
            if let known = reuse(files, input) {
                for diagnostic in known.diagnostics { bag.report(diagnostic) }
                return (known.partnership, bag)
            }
            var own = DiagnosticBag()
            var partnership = parsePartnership(files, diagnostics: &own)
            if var kept = partnership {
                keep(folder, input, &kept)
                partnership = kept
            }
            parsed(files, input, Parsed(partnership: partnership, diagnostics: own.all))
            bag.merge(own)
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
