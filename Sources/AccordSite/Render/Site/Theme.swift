import AccordCore
import AccordInput
import Foundation
import Mustache
import Synchronization

/// The templates and assets a site is rendered with: the built-in theme, with any file of an
/// override folder taking the place of the built-in file of the same name.
public struct Theme: Sendable {
    /// The page templates every theme must provide.
    public static let pageTemplates = ["layout", "index", "partnership", "meeting", "actions"]

    /// The compiled templates, by name (`layout`, `partials/action-row`).
    package let library: MustacheLibrary
    /// The same templates as plans, for every template whose partials all have one (`TemplatePlan`).
    package let plans: TemplatePlanRenderer
    /// Asset files (`assets/…`) by output path, with their content.
    public let assets: [String: String]
    /// Template names and where each came from (`built-in` or the override path), for `--verbose` and tests.
    public let origins: [String: String]
    /// Warnings about the override folder (a file nothing uses), reported by `check` and `build`.
    public let warnings: [Diagnostic]
    /// The element ids the templates write, which links between notes may name as fragments.
    public let ids: TemplateIDs
    /// The fingerprint of every file of the theme (built-in and overrides) and of the escaping rule, for the
    /// build cache: another theme means other pages.
    public let fingerprint: ContentHash

    /// A problem with a template, reported as a diagnostic with its file, line and column.
    public struct Failure: Error {
        /// The diagnostics.
        public var diagnostics: [Diagnostic]
    }

    /// Loads the built-in theme, overridden file by file by `overrideFolder` when given. Unless
    /// `allowsUnescapedText` (`--unsafe-html`), a template may print unescaped only the keys that
    /// hold HTML Accord built (`UnescapedTags.htmlKeys`).
    public static func load(overrideFolder: String? = nil, allowsUnescapedText: Bool = false) throws(Failure) -> Theme {
        var files = DefaultTheme.files.mapValues { (text: $0, origin: "built-in") }
        var problems: [Diagnostic] = []
        if let overrideFolder {
            for (relative, text) in overrideFiles(overrideFolder, problems: &problems) { files[relative] = text }
        }
        var fingerprint = ContentHash()
        fingerprint.combine(allowsUnescapedText ? 1 : 0)
        for path in files.keys.sorted() {
            fingerprint.combine(path)
            fingerprint.combine(files[path]?.origin ?? "")
            fingerprint.combine(files[path]?.text ?? "")
        }
        // The same files compile to the same theme: `accord serve` compiles it again only when a template changed.
        if problems.isEmpty, let known = lastCompiled.withLock({ $0 }), known.fingerprint == fingerprint {
            return known
        }
        let theme = try compile(
            files, problems: problems, overrideFolder: overrideFolder, allowsUnescapedText: allowsUnescapedText,
            fingerprint: fingerprint)
        lastCompiled.withLock { $0 = theme }
        return theme
    }

    /// The theme the last `load` compiled.
    private static let lastCompiled = Mutex<Theme?>(nil)

    /// Compiles the theme's files, or throws every problem with them.
    private static func compile(
        _ files: [String: (text: String, origin: String)], problems: [Diagnostic], overrideFolder: String?,
        allowsUnescapedText: Bool, fingerprint: ContentHash
    ) throws(Failure) -> Theme {
        var problems = problems
        let warnings = UnusedOverrides.warnings(files: files, builtIn: Set(DefaultTheme.files.keys))
        var library = MustacheLibrary()
        var assets: [String: String] = [:]
        var origins: [String: String] = [:]
        for path in files.keys.sorted() {
            guard let (text, origin) = files[path] else { continue }
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                do {
                    library.register(try AccordContentType.compile(text), named: name)
                    origins[name] = origin
                    if !allowsUnescapedText {
                        problems += UnescapedTags.refused(in: text).map { tag in
                            .error(
                                SourceLocation(
                                    path: origin == "built-in" ? "Templates/" + path : origin, line: tag.line,
                                    column: tag.column),
                                "template prints '\(tag.name)' unescaped, which could hold user text",
                                hint:
                                    "write {{\(tag.name)}}; only \(UnescapedTags.htmlKeys.sorted().joined(separator: ", ")) hold HTML Accord built"
                            )
                        }
                    }
                } catch let error as MustacheTemplate.ParserError {
                    let display = origin == "built-in" ? "Templates/" + path : origin
                    problems.append(
                        .error(
                            SourceLocation(
                                path: display, line: AccordContentType.userLine(error.context.lineNumber),
                                column: error.context.columnNumber),
                            "template error: \(describe(error.error))"))
                } catch {
                    problems.append(.error(SourceLocation(path: origin), "template error: \(error)"))
                }
            } else if path.hasPrefix("assets/") {
                assets[path] = text
            }
        }
        for name in pageTemplates
        where library.getTemplate(named: name) == nil
            && !problems.contains(where: { $0.location.path.hasSuffix(name + ".mustache") })
        {
            problems.append(
                .error(
                    SourceLocation(path: (overrideFolder ?? "Templates") + "/\(name).mustache"),
                    "the theme has no \(name).mustache template"))
        }
        guard problems.isEmpty else {
            throw Failure(
                diagnostics: (problems + warnings).map { problem in
                    var problem = problem
                    problem.isInContent = false
                    return problem
                })
        }
        var texts: [String: String] = [:]
        for (path, file) in files where path.hasSuffix(".mustache") {
            texts[String(path.dropLast(".mustache".count))] = AccordContentType.pragmaLine + file.text
        }
        return Theme(
            library: library, plans: TemplatePlanRenderer(templates: texts), assets: assets, origins: origins,
            warnings: warnings,
            ids: TemplateIDs(templates: files.filter { $0.key.hasSuffix(".mustache") }.map(\.value.text)),
            fingerprint: fingerprint)
    }

    /// The files of an override folder by relative path, read through a `FileRoot`: a link leaving the
    /// folder, a FIFO or a file that is not UTF-8 is an error, never read.
    package static func overrideFiles(_ folder: String, problems: inout [Diagnostic]) -> [String: (
        text: String, origin: String
    )] {
        guard let root = FileRoot(path: folder, rootName: "templates folder"), let top = root.rootEntry() else {
            problems.append(.error(SourceLocation(path: folder), "templates folder does not exist"))
            return [:]
        }
        func display(_ relative: String) -> String {
            folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
        }
        var visited = Set<FileIdentity>()
        let (entries, refused) = root.allFiles(under: top, visited: &visited, skip: { $0.hasPrefix(".") })
        for item in refused {
            problems.append(
                .error(
                    SourceLocation(path: display(item.path)), item.problem.message(rootName: root.rootName),
                    hint: item.problem.hint(rootName: root.rootName)))
        }
        var files: [String: (text: String, origin: String)] = [:]
        for entry in entries {
            switch root.read(entry) {
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    problems.append(
                        .error(SourceLocation(path: display(entry.relativePath)), "cannot read template file as UTF-8"))
                    continue
                }
                files[entry.relativePath] = (text, display(entry.relativePath))
            case .failure(let problem):
                problems.append(
                    .error(
                        SourceLocation(path: display(entry.relativePath)), problem.message(rootName: root.rootName),
                        hint: problem.hint(rootName: root.rootName)))
            }
        }
        return files
    }

    /// Renders a view model with a named template: through its plan, or swift-mustache when it has none.
    package func render(_ model: Any, with name: String) -> String {
        plans.render(name, model) ?? library.render(model, withTemplate: name) ?? ""
    }

    /// The value a view model serves for a key through its fast lookup; nil when it has none.
    package static func fastChild(named name: String, of value: Any) -> Any?? {
        guard let parent = value as? MustacheParent else { return nil }
        return .some(parent.child(named: name))
    }

    package static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inherited section"
        case .textInsideInheritSection: return "text inside an inherited partial"
        case .invalidConfigVariableSyntax: return "invalid pragma syntax"
        case .unrecognisedConfigVariable: return "unrecognised pragma"
        }
    }
}
