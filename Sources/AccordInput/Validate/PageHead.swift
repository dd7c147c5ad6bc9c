import AccordCore

/// What every page's `<head>` links besides the theme's stylesheet: the icon and the extra
/// stylesheets, from `favicon:` and `extra_css:` in accord.yml or, without them, by convention from
/// `static/` (`favicon.ico`, `.svg` or `.png`; every `.css` file at its top level, in name order).
public struct PageHead: Sendable {
    /// The icon's path in the output and its media type.
    public var favicon: (path: String, type: String)?
    /// Extra stylesheets' paths in the output, in the order they are linked.
    public var stylesheets: [String]

    /// A head with an optional icon and extra stylesheets.
    public init(favicon: (path: String, type: String)? = nil, stylesheets: [String] = []) {
        self.favicon = favicon
        self.stylesheets = stylesheets
    }

    /// Resolves the settings against the files of `static/` (their output paths); a named file that
    /// is not there is an error at its key.
    public static func resolve(_ config: SiteConfig, staticFiles: [AssetFile], diagnostics: inout DiagnosticBag)
        -> PageHead
    {
        let available = Set(staticFiles.map(\.outputPath))
        func found(_ path: String, _ location: SourceLocation, what: String) -> String? {
            let normalised =
                path.hasPrefix("/")
                ? String(path.dropFirst()) : path.hasPrefix("static/") ? String(path.dropFirst(7)) : path
            if available.contains(normalised) { return normalised }
            diagnostics.error(
                location, "\(what) '\(path)' is not a file in static/",
                hint: "put the file in the content folder's static/ and name it relative to static/")
            return nil
        }
        var head = PageHead()
        if let (path, location) = config.favicon {
            if let file = found(path, location, what: "favicon") { head.favicon = (file, mediaType(of: file)) }
        } else if let file = ["favicon.ico", "favicon.svg", "favicon.png"].first(where: available.contains) {
            head.favicon = (file, mediaType(of: file))
        }
        if let extra = config.extraCSS {
            head.stylesheets = extra.compactMap { found($0.path, $0.location, what: "extra_css file") }
        } else {
            head.stylesheets = available.filter { !$0.contains("/") && $0.hasSuffix(".css") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        return head
    }

    /// The media type of an icon, from its extension.
    package static func mediaType(of path: String) -> String {
        switch path.split(separator: ".").last?.lowercased() {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "gif": "image/gif"
        default: "image/x-icon"
        }
    }
}
