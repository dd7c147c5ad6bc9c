import AccordCore

/// The content folder listed and every text file admitted against the limits, before the partnerships' files
/// are read: parsing reads each folder when it comes to it, so that the texts of all notes are never in memory
/// at once.
public struct ContentListing: Sendable {
    /// `accord.yml`, when present (read with the listing).
    public var settings: SourceFile?
    /// Files of `static/`, copied to the root of the output.
    public var staticFiles: [AssetFile]
    /// One entry per partnership folder with a charter, sorted by slug.
    public var folders: [PartnershipFolder]
    /// Reads the admitted files.
    let reader: Walker
    /// The files of the last load (`accord serve`), taken when unchanged and told what this load read.
    let memory: LoadMemory?

    /// Every asset of the content: `static/` and the files beside the partnerships' notes.
    public var assets: [AssetFile] { staticFiles + folders.flatMap(\.assets) }
    /// The number of notes listed.
    public var noteCount: Int { folders.reduce(0) { $0 + $1.meetings.count } }

    /// Reads and decodes one folder's charter and notes, on any thread: its files (nil when the charter cannot
    /// be read) and the errors of the files that could not be. With `remembers` false (a folder read again after
    /// it was parsed), what is read is not made the memory of the next load.
    public func read(_ folder: PartnershipFolder, remembers: Bool = true) -> (PartnershipFiles?, DiagnosticBag) {
        var problems = DiagnosticBag()
        let kept = remembers ? memory : nil
        let folders = FolderReader(reader.root)
        func read(_ entry: Walker.Entry) -> SourceFile? {
            if let known = memory?.file(for: entry) {
                kept?.keep(known, for: entry)
                return known
            }
            let (file, found) = reader.readAdmitted(entry, folders: folders)
            problems.merge(found)
            if let file { kept?.keep(file, for: entry) }
            return file
        }
        let charter = read(folder.charter)
        let meetings = folder.meetings.compactMap(read)
        // A charter that could not be read is reported as such, not as missing.
        guard let charter else { return (nil, problems) }
        let files = PartnershipFiles(
            slug: folder.slug, folder: folder.folder, charter: charter,
            meetings: meetings.sorted { $0.path < $1.path }, assets: folder.assets)
        return (files, problems)
    }

    /// Makes what this load read the memory of the next one (`accord serve`); call once every folder is read.
    public func remember() {
        memory?.commit()
    }
}

/// A partnership folder listed and its text files admitted, before they are read.
public struct PartnershipFolder: Sendable {
    /// The folder name.
    public var slug: String
    /// Path of the folder relative to the content folder (`partnerships/SLUG`).
    public var folder: String
    /// `charter.md`.
    var charter: Walker.Entry
    /// The admitted notes under `meetings/`.
    var meetings: [Walker.Entry]
    /// Non-Markdown files beside the charter and the notes.
    public var assets: [AssetFile]
}
