import AccordCore

/// Step 3 of the pipeline, after validation and before measuring: every file the site will hold and
/// where each comes from, and every link between notes. It runs in `check` and in `build`, so that
/// `check` reports exactly what `build` would: two sources at one output path (compared as a
/// case-insensitive host compares them) are errors; links to missing notes and to headings a note does not have are warnings.
public struct SitePlan: Sendable {
    /// Output path → the content file it comes from (`the site` for the generated pages and the theme).
    public private(set) var sources: [String: String] = [:]
    /// Collisions and broken links, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// What a generated file is said to come from.
    public static let generated = "the site"

    /// The plan of a portfolio's site: its pages, the theme's assets, the static files and assets.
    /// `themeIDs` are the element ids the theme's templates write, which a link's fragment may name too.
    public init(portfolio: Portfolio, assets: [AssetFile], themeAssets: [String], themeIDs: TemplateIDs = TemplateIDs())
    {
        var claims = OutputClaims()
        claims.reserve(SitePaths.actionsFolder, for: "the further pages of open actions")
        let site =
            [SitePaths.index, SitePaths.actions, SitePaths.metrics, SitePaths.outputMarker] + themeAssets.sorted()
        for path in site { _ = claims.claim(path, from: Self.generated) }
        for partnership in portfolio.partnerships {
            report(claims.claim(partnership.pagePath, from: partnership.charter.path))
            let meetings = partnership.meetings
            for note in meetings.indices { report(claims.claim(meetings[note].pagePath, from: meetings[note].path)) }
        }
        for asset in assets { report(claims.claim(asset.outputPath, from: asset.sourcePath)) }
        sources = claims.sources
        checkLinks(portfolio, themeIDs: themeIDs)
    }

    private mutating func report(_ problem: Diagnostic?) {
        if let problem { diagnostics.append(problem) }
    }

    /// Warns about every link to a `.md` file that is no note or charter of the site, and every link to a
    /// heading (`note.md#heading`) the note does not have, at the link.
    private mutating func checkLinks(_ portfolio: Portfolio, themeIDs: TemplateIDs) {
        let links = LinkMap(portfolio: portfolio)
        var anchors: [String: NoteAnchors] = [:]
        for partnership in portfolio.partnerships {
            anchors[partnership.charter.path] = partnership.charter.anchors
            let meetings = partnership.meetings
            for note in meetings.indices { anchors[meetings[note].path] = meetings[note].anchors }
        }
        for partnership in portfolio.partnerships {
            let documents =
                [(partnership.charter.path, partnership.charter.links)]
                + partnership.meetings.map { ($0.path, $0.links) }
            for (source, found) in documents {
                for link in found {
                    switch links.target(of: link.destination, source: source) {
                    case .missing:
                        diagnostics.append(
                            .warning(
                                link.location, "link to '\(link.destination)' points to no note or charter",
                                hint: "check the file name; links between notes use paths relative to the note"))
                    case .page(_, let fragment):
                        guard let (path, _) = LinkMap.note(of: link.destination, source: source) else { break }
                        report(
                            Self.missingHeading(
                                link, fragment: fragment, in: path, anchors: anchors[path], themeIDs: themeIDs))
                    case .notANote:
                        break
                    }
                }
            }
        }
    }

    /// The warning for a link whose fragment names no heading of its note, with the closest heading as a hint.
    package static func missingHeading(
        _ link: MarkdownLink, fragment: String, in path: String, anchors: NoteAnchors?,
        themeIDs: TemplateIDs
    ) -> Diagnostic? {
        let name = URLPolicy.percentDecoded(String(fragment.dropFirst()))
        guard let anchors, !anchors.has(name), !themeIDs.contains(name) else { return nil }
        let note = path.split(separator: "/").last.map(String.init) ?? path
        if name.first == "L", let line = Int(name.dropFirst()), line > 0 {
            return .warning(
                link.location, "link to '\(link.destination)': \(note) has no line \(line)",
                hint: "it has \(anchors.lineCount) line\(anchors.lineCount == 1 ? "" : "s")")
        }
        let guess = EditDistance.suggestion(for: name, among: anchors.headings.sorted())
        return .warning(
            link.location, "link to '\(link.destination)': \(note) has no heading '\(name)'",
            hint: guess.map { "did you mean '#\($0)'?" }
                ?? "a heading's id is its text in lower case, with spaces as '-' and punctuation dropped")
    }
}

/// The output paths claimed so far, folded the way case-insensitive file systems and web hosts fold
/// them (lower-cased; Swift compares strings by canonical equivalence, so `é` and `e` + U+0301 are
/// one key too), with the folders their files need.
package struct OutputClaims {
    /// Exact path → source.
    package private(set) var sources: [String: String] = [:]
    /// Folded path → (exact path, source) of files.
    private var files: [String: (path: String, source: String)] = [:]
    /// Folded path → (exact path, source of the first file inside) of folders.
    private var folders: [String: (path: String, source: String)] = [:]

    /// Folded folder → what the site keeps there: no claimed file may be inside, or be the folder.
    private var reserved: [String: String] = [:]

    package static func folded(_ path: String) -> String {
        // ASCII (nearly every path) is folded byte by byte; anything else as Unicode folds it.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            guard byte < 0x80 else { return path.lowercased() }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Keeps `folder` for the site's own files, written after the plan (the pages of open actions: how many there
    /// are is known only once the actions are measured).
    package mutating func reserve(_ folder: String, for purpose: String) {
        reserved[Self.folded(folder)] = purpose
    }

    /// Claims `path` for `source`; the error (at `source`) when another file or a folder holds it.
    package mutating func claim(_ path: String, from source: String) -> Diagnostic? {
        let key = Self.folded(path)
        if let other = files[key] {
            return other.path == path
                ? problem(source, "two files would be written to \(path) (this file and \(other.source))")
                : problem(
                    source,
                    "\(path) and \(other.path) differ only in case: they would be one file on a "
                        + "case-insensitive file system or web host (this file and \(other.source))")
        }
        if let folder = folders[key] {
            return problem(
                source, "\(path) would be a file where the site has the folder \(folder.path) (of \(folder.source))")
        }
        // Split as bytes: `/` is never inside a UTF-8 sequence, and a `String` split compares whole characters.
        // Each folder is a prefix of the path; for an ASCII path (folded byte for byte) its key is the same prefix
        // of the path's key.
        let bytes = Array(path.utf8)
        let keyBytes = Array(key.utf8)
        let slashes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "/") }
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        if let first = slashes.first,
            let purpose = reserved[Self.folded(String(decoding: bytes[..<first], as: UTF8.self))]
        {
            return problem(
                source,
                "\(path) is in the folder \(String(decoding: bytes[..<first], as: UTF8.self))/, which holds \(purpose)")
        }
        var needed: [(String, String)] = []
        for slash in slashes {
            let prefix = String(decoding: bytes[..<slash], as: UTF8.self)
            let folderKey = isASCII ? String(decoding: keyBytes[..<slash], as: UTF8.self) : Self.folded(prefix)
            if let file = files[folderKey] {
                return problem(
                    source, "\(path) needs the folder \(prefix), which is the file \(file.path) (of \(file.source))")
            }
            if let folder = folders[folderKey], folder.path != prefix {
                return problem(
                    source,
                    "\(path) and \(folder.path) differ only in case: they would be one folder on a "
                        + "case-insensitive file system or web host (this file and \(folder.source))")
            }
            needed.append((folderKey, prefix))
        }
        for (folderKey, folder) in needed where folders[folderKey] == nil { folders[folderKey] = (folder, source) }
        files[key] = (path, source)
        sources[path] = source
        return nil
    }

    private func problem(_ source: String, _ message: String) -> Diagnostic {
        .error(SourceLocation(path: source), message, hint: "rename this file")
    }
}
