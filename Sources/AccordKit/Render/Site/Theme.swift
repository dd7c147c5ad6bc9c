import Foundation
import Mustache

/// The templates and assets a site is rendered with: the built-in theme, with any file of an
/// override folder taking the place of the built-in file of the same name.
public struct Theme: Sendable {
    /// The page templates every theme must provide.
    public static let pageTemplates = ["layout", "index", "partnership", "meeting", "actions"]

    /// The compiled templates, by name (`layout`, `partials/action-row`).
    let library: MustacheLibrary
    /// Asset files (`assets/…`) by output path, with their content.
    public let assets: [String: String]
    /// Template names and where each came from (`built-in` or the override path), for `--verbose` and tests.
    public let origins: [String: String]

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
            let root = URL(fileURLWithPath: overrideFolder).standardizedFileURL
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
                problems.append(.error(SourceLocation(path: overrideFolder), "templates folder does not exist"))
            } else if let enumerator = FileManager.default.enumerator(atPath: root.path) {
                for case let relative as String in enumerator {
                    let full = root.appending(path: relative).path
                    var isFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                          !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                    let display = overrideFolder.hasSuffix("/") ? overrideFolder + relative : overrideFolder + "/" + relative
                    guard let data = FileManager.default.contents(atPath: full),
                          let text = String(data: data, encoding: .utf8) else {
                        problems.append(.error(SourceLocation(path: display), "cannot read template file as UTF-8"))
                        continue
                    }
                    files[relative] = (text, display)
                }
            }
        }
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
                            .error(SourceLocation(path: origin == "built-in" ? "Templates/" + path : origin, line: tag.line, column: tag.column),
                                   "template prints '\(tag.name)' unescaped, which could hold user text",
                                   hint: "write {{\(tag.name)}}; only \(UnescapedTags.htmlKeys.sorted().joined(separator: ", ")) hold HTML Accord built")
                        }
                    }
                } catch let error as MustacheTemplate.ParserError {
                    let display = origin == "built-in" ? "Templates/" + path : origin
                    problems.append(.error(
                        SourceLocation(path: display, line: AccordContentType.userLine(error.context.lineNumber),
                                       column: error.context.columnNumber),
                        "template error: \(describe(error.error))"))
                } catch {
                    problems.append(.error(SourceLocation(path: origin), "template error: \(error)"))
                }
            } else if path.hasPrefix("assets/") {
                assets[path] = text
            }
        }
        for name in pageTemplates where library.getTemplate(named: name) == nil && !problems.contains(where: { $0.location.path.hasSuffix(name + ".mustache") }) {
            problems.append(.error(SourceLocation(path: (overrideFolder ?? "Templates") + "/\(name).mustache"),
                                   "the theme has no \(name).mustache template"))
        }
        guard problems.isEmpty else {
            throw Failure(diagnostics: problems.map { problem in
                var problem = problem
                problem.isInContent = false
                return problem
            })
        }
        return Theme(library: library, assets: assets, origins: origins)
    }

    /// Renders a view model with a named template.
    func render(_ model: Any, with name: String) -> String {
        library.render(model, withTemplate: name) ?? ""
    }

    /// The value a view model serves for a key through its fast lookup; nil when it has none.
    static func fastChild(named name: String, of value: Any) -> Any?? {
        guard let parent = value as? MustacheParent else { return nil }
        return .some(parent.child(named: name))
    }

    static func describe(_ error: Error) -> String {
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
