import AccordCore
import AccordInput
import AccordSite

extension Pipeline {
    /// Steps 1–3: lists the content folder and parses every file, each folder read as it is parsed; nil when the
    /// folder is missing. With `readsGit`, the charters' git history is read too (`git: true`; not for `accord
    /// metrics` or `diff`). `keeping` sees the listing first (`accord new` reads the notes of one folder to copy
    /// lines from them). `files` (kept by `accord serve`) gives the files whose stamps did not change since the
    /// last build. With `letsTreesGo`, the notes' Markdown trees are let go as each folder is parsed, and the
    /// `NoteTrees` returned gives them back; `letsRecordsGo` (a build) keeps them, records and all, when the
    /// portfolio has at most `options.recordsKeptUpToNotes` notes, and lets whole partnerships go
    /// (`NoteTrees`) when it has more and the previous build's cache is not read (a build reusing it measures
    /// what it parsed before rendering).
    static func loadAndParse(
        _ options: BuildOptions, diagnostics: inout DiagnosticBag,
        readsGit: Bool = false, incremental: IncrementalBuild? = nil, files: LoadMemory? = nil,
        letsTreesGo: Bool = false, letsRecordsGo: Bool = false, keeping: (ContentListing) -> Void = { _ in }
    ) -> (Portfolio, [AssetFile], NoteTrees?)? {
        guard
            let listing = try? ContentLoader(
                root: options.contentPath, includeDrafts: options.includeDrafts, memory: files
            )
            .list(into: &diagnostics)
        else { return nil }
        keeping(listing)
        incremental?.open(options, settingsText: listing.settings?.text)
        // A build of a portfolio up to that many notes keeps the trees as it keeps the records: each is rendered
        // once, and parsing it again when rendered cost 4 % of the full build's CPU at 10,500 notes.
        let keepsWhole = letsRecordsGo && listing.noteCount <= options.recordsKeptUpToNotes
        // Above it, a full build lets whole partnerships go (a build reusing the cache keeps what it parsed).
        let letsWholeGo = letsRecordsGo && !keepsWhole && !(incremental?.readsPrevious ?? false)
        let trees =
            letsTreesGo && !keepsWhole
            ? NoteTrees(
                listing: listing, letsRecordsGo: letsWholeGo,
                spoolPath: letsWholeGo ? OutputPlace(outputPath: options.outputPath).uniqueSibling("spool") : nil)
            : nil
        var portfolio = PortfolioParser.parse(
            listing, diagnostics: &diagnostics, reuse: { incremental?.reuse($0, input: $1) },
            parsed: { incremental?.parsed($0, input: $1, $2) }, trees: trees)
        if readsGit {
            CharterHistory.attach(to: &portfolio, contentPath: options.contentPath, diagnostics: &diagnostics)
        }
        return (portfolio, listing.assets, trees)
    }

    /// The theme of `--templates` (or the built-in theme), compiled on another thread while the content loads; a
    /// templates folder accord.yml names is known only once it is read, and is compiled then instead.
    static func earlyTheme(_ options: BuildOptions) -> BackgroundValue<Result<Theme, Theme.Failure>> {
        let (folder, rawHTML) = (options.templatesPath, options.allowsRawHTML)
        return BackgroundValue {
            Result { () throws(Theme.Failure) in try Theme.load(overrideFolder: folder, allowsUnescapedText: rawHTML) }
        }
    }

    /// The `templates:` folder of accord.yml, which must stay inside the content folder (the content
    /// cannot name `/` or `/proc/self` as a theme); nil with an error when it leaves, so the built-in
    /// theme is used and the run fails. `--templates` on the command line may name any folder.
    static func templatesFromSettings(
        _ config: SiteConfig, _ options: BuildOptions,
        diagnostics: inout DiagnosticBag
    ) -> String? {
        guard let written = config.templates else { return nil }
        let folder = contentRelative(written, options)
        // A missing folder is the theme's to report ("templates folder does not exist").
        guard let content = FileRoot(path: options.contentPath, rootName: "content folder"),
            FileRoot(path: folder, rootName: "templates folder") != nil, !content.contains(folder)
        else { return folder }
        diagnostics.error(
            config.templatesLocation ?? SourceLocation(path: "accord.yml"),
            "templates folder '\(written)' is outside the content folder; it is not read",
            hint: "move it into the content folder, or name it with --templates on the command line")
        return nil
    }

    /// A path in accord.yml is relative to the content folder.
    static func contentRelative(_ path: String, _ options: BuildOptions) -> String {
        path.hasPrefix("/")
            ? path : (options.contentPath.hasSuffix("/") ? options.contentPath : options.contentPath + "/") + path
    }
}
