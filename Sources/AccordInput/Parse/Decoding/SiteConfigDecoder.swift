import AccordCore

/// Decodes `accord.yml` into `SiteConfig`.
package enum SiteConfigDecoder {
    package static let knownKeys = [
        "title", "organisation", "as_of", "required_sections", "thresholds", "templates", "favicon",
        "extra_css", "gates", "git",
    ]

    package static func decode(_ file: SourceFile?, diagnostics: inout DiagnosticBag) -> SiteConfig {
        var config = SiteConfig()
        guard let file,
            let root = YAMLValue.parse(file.text, path: file.path, lineOffset: 0, diagnostics: &diagnostics),
            let map = MappingReader(root, context: "accord.yml", diagnostics: &diagnostics)
        else { return config }
        map.warnUnknownKeys(known: knownKeys, diagnostics: &diagnostics)
        if let title = map.string("title", diagnostics: &diagnostics) { config.title = title }
        config.organisation = map.string("organisation", diagnostics: &diagnostics)
        config.asOf = map.day("as_of", diagnostics: &diagnostics)
        config.templates = map.string("templates", diagnostics: &diagnostics)
        config.templatesLocation = map.value("templates")?.location
        if let value = map.value("favicon"), let path = map.string("favicon", diagnostics: &diagnostics) {
            config.favicon = (path, value.location)
        }
        if map.value("extra_css") != nil {
            config.extraCSS = map.stringList("extra_css", diagnostics: &diagnostics).map {
                (path: $0.0, location: $0.1)
            }
        }
        if map.value("required_sections") != nil {
            config.requiredSections = map.stringList("required_sections", diagnostics: &diagnostics).map(\.0)
        }
        if let thresholds = map.value("thresholds"),
            let entries = MappingReader(thresholds, context: "thresholds", diagnostics: &diagnostics)
        {
            for entry in entries.entries {
                guard
                    let bounds = MappingReader(
                        entry.value, context: "thresholds of \(entry.key)",
                        diagnostics: &diagnostics)
                else { continue }
                bounds.warnUnknownKeys(known: ["green", "amber"], diagnostics: &diagnostics)
                config.thresholds[entry.key] = BandOverride(
                    green: bounds.number("green", diagnostics: &diagnostics),
                    amber: bounds.number("amber", diagnostics: &diagnostics),
                    location: entry.keyLocation)
            }
        }
        config.gates = GatesDecoder.decode(map.value("gates"), diagnostics: &diagnostics)
        if let git = map.value("git") {
            config.gitLocation = git.location
            switch git.scalarText {
            case "true": config.readsGit = true
            case "false": config.readsGit = false
            default:
                diagnostics.error(git.location, "'git' must be true or false, not \(git.scalarText ?? git.shapeName)")
            }
        }
        config.extra = map.extra()
        return config
    }
}
