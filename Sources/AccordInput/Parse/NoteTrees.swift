import AccordCore
import Synchronization

/// The Markdown trees of the notes, let go as soon as each partnership is parsed and parsed again from its
/// files when its pages are rendered: the trees of all notes (520 MB at 100,000 notes) are never in memory at
/// once. Only a partnership with nothing private lets its trees go (a view's cut and the leak check read them);
/// a file that changed since it was parsed fails the build instead of being rendered as it is now.
public final class NoteTrees: Sendable {
    /// The listing the folders are read again from.
    let listing: ContentListing
    /// The folders whose notes' trees were let go, by slug, with the fingerprint of the files parsed.
    private let dropped = Mutex<[String: (folder: PartnershipFolder, input: ContentHash)]>([:])

    /// Trees read again from `listing`.
    public init(listing: ContentListing) {
        self.listing = listing
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
        for index in partnership.meetings.indices { partnership.meetings[index].document = MarkdownDocument() }
        dropped.withLock { $0[partnership.slug] = (folder, input) }
    }

    /// The partnership with its notes' trees, parsed again from its files (as it is when it kept them).
    public func restored(_ partnership: Partnership) throws(Changed) -> Partnership {
        guard let (folder, input) = dropped.withLock({ $0[partnership.slug] }) else { return partnership }
        guard let files = listing.read(folder, remembers: false).0, files.fingerprint == input else {
            throw Changed(folder: folder.folder)
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
