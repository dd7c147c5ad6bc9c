import AccordCore
import Foundation

/// Step 1 of the pipeline: finds and reads the content files, applying the layout rules of
/// content-format.md (ignored names, drafts, slugs, symbolic links, UTF-8).
public struct ContentLoader: Sendable {
    /// The content folder as given by the user.
    public var root: String
    /// Include `_drafts/` folders.
    public var includeDrafts: Bool
    /// The files of the last load, taken when unchanged (`accord serve`); nil to read every file.
    public var memory: LoadMemory?

    /// A loader for a content folder.
    public init(root: String, includeDrafts: Bool = false, memory: LoadMemory? = nil) {
        self.root = root
        self.includeDrafts = includeDrafts
        self.memory = memory
    }

    /// The failure that stops loading before any file is read.
    public struct MissingContent: Error, CustomStringConvertible {
        /// The folder that was looked for.
        public var path: String
        /// A readable explanation.
        public var description: String { "content folder '\(path)' does not exist or is not a folder" }
    }

    /// Reads the content folder, every file at once; problems with files are added to `diagnostics`.
    public func load(into diagnostics: inout DiagnosticBag) throws -> ContentInventory {
        let listing = try list(into: &diagnostics)
        let read = listing.folders.parallelMap { listing.read($0) }
        var inventory = ContentInventory(settings: listing.settings, staticFiles: listing.staticFiles)
        for (files, problems) in read {
            diagnostics.merge(problems)
            if let files { inventory.partnerships.append(files) }
        }
        listing.remember()
        return inventory
    }

    /// Lists the content folder and admits its text files against the limits, reading only accord.yml;
    /// problems with files are added to `diagnostics`. The partnerships' files are read by `ContentListing.read`.
    public func list(into diagnostics: inout DiagnosticBag) throws -> ContentListing {
        guard let root = FileRoot(path: root, rootName: "content folder"), let rootEntry = root.rootEntry() else {
            throw MissingContent(path: self.root)
        }
        // Files written since this moment are read again by the next load (`LoadMemory`).
        memory?.begin(readAt: Date().timeIntervalSince1970)
        var walker = Walker(root: root, includeDrafts: includeDrafts)
        var listing = ContentListing(settings: nil, staticFiles: [], folders: [], reader: walker, memory: memory)
        let top = walker.entries(in: rootEntry, diagnostics: &diagnostics)

        if let settings = top.first(where: { $0.name == "accord.yml" }) {
            if settings.kind == .file {
                listing.settings = walker.read(settings, diagnostics: &diagnostics)
            } else {
                diagnostics.error(SourceLocation(path: settings.relativePath), "accord.yml is a folder, not a file")
            }
        }
        if let staticFolder = top.first(where: { $0.name == "static" && $0.kind == .directory }) {
            listing.staticFiles = walker.allFiles(under: staticFolder, diagnostics: &diagnostics).map {
                walker.asset($0, outputPath: String($0.relativePath.dropFirst("static/".count)))
            }
        }
        guard let partnershipsFolder = top.first(where: { $0.name == "partnerships" && $0.kind == .directory }) else {
            if !walker.refused.contains("partnerships") {  // a refused link is already reported
                diagnostics.warning(
                    SourceLocation(path: ""), "no partnerships/ folder in the content folder",
                    hint: "create partnerships/SLUG/charter.md for each partnership")
            }
            return listing
        }
        var folders: [(slug: String, entry: Walker.Entry)] = []
        for entry in walker.entries(in: partnershipsFolder, diagnostics: &diagnostics) {
            if entry.kind == .directory, entry.name == "_drafts" {
                for draft in walker.entries(in: entry, diagnostics: &diagnostics) where draft.kind == .directory {
                    folders.append((draft.name, draft))
                }
            } else if entry.kind == .directory {
                folders.append((entry.name, entry))
            } else {
                diagnostics.warning(
                    SourceLocation(path: entry.relativePath),
                    "file ignored: only partnership folders belong in partnerships/")
            }
        }
        var seenSlugs: [String: String] = [:]
        var planned: [PartnershipFolder] = []
        for (slug, entry) in folders.sorted(by: { $0.slug < $1.slug }) {
            guard Slug.isValid(slug) else {
                diagnostics.error(
                    SourceLocation(path: entry.relativePath),
                    "'\(slug)' is not a valid partnership slug",
                    hint:
                        "use lower-case letters, digits and hyphens, starting with a letter or digit, e.g. '\(Slug.suggestion(for: slug))'"
                )
                continue
            }
            if let other = seenSlugs[slug] {
                diagnostics.error(
                    SourceLocation(path: entry.relativePath),
                    "partnership '\(slug)' is defined twice (also at \(other))")
                continue
            }
            seenSlugs[slug] = entry.relativePath
            if let plan = planPartnership(slug: slug, folder: entry, walker: &walker, diagnostics: &diagnostics) {
                planned.append(plan)
            }
        }
        listing.folders = planned
        return listing
    }

    /// Lists a partnership folder and admits its charter and notes; nil (reported) when it has no charter.
    func planPartnership(
        slug: String, folder: Walker.Entry, walker: inout Walker,
        diagnostics: inout DiagnosticBag
    ) -> PartnershipFolder? {
        let outputFolder = "partnerships/\(slug)"
        var charter: Walker.Entry?
        var meetings: [Walker.Entry] = []
        var assets: [AssetFile] = []
        func inner(_ file: Walker.Entry) -> String {
            String(file.relativePath.dropFirst(folder.relativePath.count + 1))
        }
        for entry in walker.entries(in: folder, diagnostics: &diagnostics) {
            switch entry.kind {
            case .file where entry.name == "charter.md":
                if walker.admit(entry, diagnostics: &diagnostics) { charter = entry }
            case .directory where entry.name == "charter.md":
                walker.refused.insert(entry.relativePath)
                diagnostics.error(
                    SourceLocation(path: entry.relativePath), "charter.md is a folder, not a file",
                    hint: "the charter is the file \(folder.relativePath)/charter.md")
            case .file where entry.name.lowercased().hasSuffix(".md"):
                diagnostics.warning(
                    SourceLocation(path: entry.relativePath),
                    "Markdown file ignored: only charter.md and notes under meetings/ are read",
                    hint: "move meeting notes into meetings/")
            case .file:
                assets.append(walker.asset(entry, outputPath: outputFolder + "/" + entry.name))
            case .directory where entry.name == "meetings":
                for file in walker.allFiles(under: entry, diagnostics: &diagnostics) {
                    if file.name.lowercased().hasSuffix(".md") {
                        if walker.admit(file, diagnostics: &diagnostics) { meetings.append(file) }
                    } else {
                        assets.append(walker.asset(file, outputPath: outputFolder + "/" + inner(file)))
                    }
                }
            case .directory:
                for file in walker.allFiles(under: entry, diagnostics: &diagnostics) {
                    if file.name.lowercased().hasSuffix(".md") {
                        diagnostics.warning(
                            SourceLocation(path: file.relativePath),
                            "Markdown file ignored: only charter.md and notes under meetings/ are read",
                            hint: "move meeting notes into meetings/")
                    } else {
                        assets.append(walker.asset(file, outputPath: outputFolder + "/" + inner(file)))
                    }
                }
            }
        }
        guard let charter else {
            let path = folder.relativePath + "/charter.md"
            if walker.refused.contains(path) { return nil }  // not a readable file: already reported
            diagnostics.error(
                SourceLocation(path: folder.relativePath), "partnership folder has no charter.md",
                hint: "add \(path) (see `accord new partnership \(slug)`)")
            return nil
        }
        return PartnershipFolder(
            slug: slug, folder: folder.relativePath, charter: charter, meetings: meetings, assets: assets)
    }
}

extension Slug {
    /// A slug close to `text`, for hints.
    package static func suggestion(for text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "my-partnership" : out
    }
}
