import AccordCore
import Synchronization

/// The Markdown trees of the notes, let go as soon as each partnership is parsed and parsed again from its
/// files when its pages are rendered: the trees of all notes (520 MB at 100,000 notes) are never in memory at
/// once. With `letsRecordsGo`, the whole partnership but what the portfolio-wide steps read
/// (`Partnership.listed`) is let go: its bytes (`Partnership.recordBytes`) go to a `SpoolFile` and are read back
/// when it is rendered (the folder is parsed again whole only when there is no spool). Only a partnership with
/// nothing private lets go (a view's cut and the leak check read its trees); a file parsed again that changed
/// since it was first parsed fails the build instead of being rendered as it is now.
public final class NoteTrees: Sendable {
    /// The listing the folders are read again from.
    let listing: ContentListing
    /// True when a partnership keeps only what `Partnership.listed` keeps.
    let letsRecordsGo: Bool
    /// Where the let-go parts of whole partnerships are kept (`letsRecordsGo`).
    package let spool: SpoolFile?
    /// The folders whose notes' trees were let go, by slug, with the fingerprint of the files parsed and where
    /// their records were spooled.
    private let dropped = Mutex<[String: (folder: PartnershipFolder, input: ContentHash, span: SpoolFile.Span?)]>([:])

    /// Trees (with `letsRecordsGo`, whole partnerships) read again from `listing`; with `letsRecordsGo` and a
    /// `spoolPath` (a fresh name beside the output folder), whole partnerships are read back from there instead.
    public init(listing: ContentListing, letsRecordsGo: Bool = false, spoolPath: String? = nil) {
        self.listing = listing
        self.letsRecordsGo = letsRecordsGo
        spool = letsRecordsGo ? SpoolFile(path: spoolPath) : nil
    }

    /// A folder whose files changed between parsing and rendering.
    public struct Changed: Error, CustomStringConvertible {
        /// The partnership folder.
        public var folder: String
        /// A readable explanation.
        public var description: String { "the files of \(folder) changed during the build; build again" }
    }

    /// Lets go of the notes' trees of a just-parsed partnership with nothing private; `input` is the fingerprint
    /// of the files it was parsed from.
    func drop(_ partnership: inout Partnership, folder: PartnershipFolder, input: ContentHash) {
        guard !partnership.hasPrivateContent else { return }
        var span: SpoolFile.Span?
        if letsRecordsGo {
            span = spool?.append(partnership.recordBytes)
            partnership = partnership.listed
        } else {
            for index in partnership.meetings.indices { partnership.meetings[index].document = MarkdownDocument() }
        }
        dropped.withLock { $0[partnership.slug] = (folder, input, span) }
    }

    /// True when the partnership with this slug is kept as `Partnership.listed` keeps it.
    public func keepsOnlyListing(_ slug: String) -> Bool {
        letsRecordsGo && dropped.withLock { $0[slug] != nil }
    }

    /// The partnership with its notes' trees (as it is when it kept them): read back from the spool, or parsed
    /// again from its files.
    public func restored(_ partnership: Partnership) throws(Changed) -> Partnership {
        guard let (folder, input, span) = dropped.withLock({ $0[partnership.slug] }) else { return partnership }
        if let span, let bytes = spool?.read(span), let whole = try? partnership.restoringRecords(from: bytes) {
            return whole
        }
        guard let files = listing.read(folder, remembers: false).0, files.fingerprint == input else {
            throw Changed(folder: folder.folder)
        }
        if letsRecordsGo {
            // Parsed again whole; its findings were reported when it was first parsed.
            var again = DiagnosticBag()
            guard var whole = PortfolioParser.parsePartnership(files, diagnostics: &again) else {
                throw Changed(folder: folder.folder)
            }
            whole.charterHistory = partnership.charterHistory
            return whole
        }
        var byPath: [String: SourceFile] = [:]
        for file in files.meetings { byPath[file.path] = file }
        var restored = partnership
        for index in restored.meetings.indices {
            guard let file = byPath[restored.meetings[index].path], let tree = MeetingDecoder.document(of: file) else {
                throw Changed(folder: folder.folder)
            }
            restored.meetings[index].document = tree
        }
        return restored
    }

    /// Every partnership with its notes' trees (for a portfolio with private content, whose views are cut).
    public func restoreAll(_ portfolio: inout Portfolio) throws(Changed) {
        for index in portfolio.partnerships.indices {
            portfolio.partnerships[index] = try restored(portfolio.partnerships[index])
        }
    }
}
