import AccordCore
import Mustache

/// The only escaping Mustache templates get: `Escape.attribute` for every `{{variable}}`, in every
/// page template and partial, built-in or override, whatever `CONTENT_TYPE` pragma it has or lacks.
///
/// swift-mustache starts each template, and each partial, with its own escaper (which compares
/// grapheme clusters, so `"` + U+0301 passes unescaped). `compile(_:)` therefore puts the pragma
/// selecting this content type on a line of its own before every template's text, and the names a
/// template could switch to (`HTML`, `TEXT`) are registered to this content type as well.
package struct AccordContentType: MustacheContentType {
    /// The name the pragma uses.
    package static let name = "ACCORD_HTML"

    /// The line put before each template's text; a standalone tag, so it renders nothing.
    package static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type under its own name and the library's names, once per process.
    package static let registered: Bool = {
        for name in [name, "HTML", "TEXT"] {
            MustacheContentTypes.register(AccordContentType(), named: name)
        }
        return true
    }()

    package func escapeText(_ text: String) -> String {
        Escape.attribute(text)
    }

    /// Compiles a template's text so that it renders with this content type. A parse error's line
    /// is given back in the user's file (the pragma line taken off).
    package static func compile(_ text: String) throws -> MustacheTemplate {
        _ = registered
        return try MustacheTemplate(string: pragmaLine + text)
    }

    /// The line of the user's file for a line the parser reported in a compiled template.
    package static func userLine(_ compiledLine: Int) -> Int {
        max(1, compiledLine - 1)
    }
}
