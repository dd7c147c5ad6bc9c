import AccordCore

/// Override files that nothing uses: a misspelled page template (`partnerhsip.mustache`), a partial no template
/// includes, a file that is neither a template nor an asset. Each is a warning (so `--strict` fails on it).
package enum UnusedOverrides {
    /// The warnings for the override files among `files` (relative path → text and origin), given the theme's
    /// built-in files.
    package static func warnings(files: [String: (text: String, origin: String)], builtIn: Set<String>) -> [Diagnostic]
    {
        let included = includedNames(in: files.values.map(\.text))
        let builtInTemplates = builtIn.filter { $0.hasSuffix(".mustache") }.sorted()
        var warnings: [Diagnostic] = []
        for path in files.keys.sorted() {
            guard let (_, origin) = files[path], origin != "built-in", !builtIn.contains(path) else { continue }
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                if included.contains(name) { continue }
                let guess = EditDistance.suggestion(for: path, among: builtInTemplates)
                warnings.append(
                    .warning(
                        SourceLocation(path: origin),
                        "template '\(path)' overrides no built-in template and no template includes it, so it is not used",
                        hint: guess.map { "did you mean '\($0)'?" }
                            ?? "name it after a built-in template (\(pageNames(builtInTemplates))) or include it with {{> \(name)}}"
                    ))
            } else if !path.hasPrefix("assets/") {
                warnings.append(
                    .warning(
                        SourceLocation(path: origin),
                        "'\(path)' in the templates folder is neither a template (*.mustache) nor an asset (assets/…), so it is not used"
                    ))
            }
        }
        return warnings.map { warning in
            var warning = warning
            warning.isInContent = false
            return warning
        }
    }

    /// The names every `{{> name}}` (partial) and `{{< name}}` (parent) tag of the texts refers to.
    package static func includedNames(in texts: some Sequence<String>) -> Set<String> {
        var names = Set<String>()
        for text in texts {
            var rest = Substring(text)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                let tag = rest.drop(while: { $0 == " " })
                guard let sigil = tag.first, sigil == ">" || sigil == "<" else { continue }
                let name = tag.dropFirst().drop(while: { $0 == " " }).prefix(while: { $0 != " " && $0 != "}" })
                if !name.isEmpty { names.insert(String(name)) }
            }
        }
        return names
    }

    private static func pageNames(_ templates: [String]) -> String {
        templates.filter { !$0.contains("/") }.joined(separator: ", ")
    }
}
