/// A Mustache template compiled once into nodes whose names are already split, rendered by
/// `TemplatePlanRenderer` into one buffer. It covers what themes use — variables, `{{{…}}}`/`{{&…}}`,
/// sections, inverted sections, comments, partials and the `CONTENT_TYPE` pragma — with swift-mustache's
/// rules for standalone lines and partial indentation. A template with anything else (set delimiters,
/// inheritance, blocks, transforms, dynamic partials) has no plan, and the theme renders it with
/// swift-mustache itself; `TemplatePlanDifferentialTests` proves both give the same bytes.
package struct TemplatePlan: Sendable {
    /// One piece of a template.
    package indirect enum Node: Sendable {
        /// Literal text.
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
        case variable(TemplateName, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(TemplateName, inverted: Bool, nodes: [Node])
        /// `{{>name}}`, with the indentation of a standalone tag.
        case partial(String, indentation: String?)
    }

    /// The nodes of the whole template.
    package let nodes: [Node]
    /// The names of the partials it includes, at any depth of its sections.
    package let partialNames: Set<String>

    /// The plan of a template's text, or nil when it uses something plans do not cover (or does not parse:
    /// swift-mustache reports that when the theme is loaded).
    package init?(_ text: String) {
        var parser = TemplatePlanParser(text)
        guard let nodes = parser.parse(section: nil, newLine: true), parser.isAtEnd else { return nil }
        self.nodes = nodes
        var names = Set<String>()
        func collect(_ nodes: [Node]) {
            for node in nodes {
                if case .partial(let name, _) = node { names.insert(name) }
                if case .section(_, _, let inner) = node { collect(inner) }
            }
        }
        collect(nodes)
        partialNames = names
    }
}

/// A tag's name, split once: `.` (the current value), `.a.b` (from the current value only) or `a.b`
/// (the first part looked up through the context stack).
package struct TemplateName: Sendable, Hashable {
    /// The name as written.
    package let text: String
    /// Its parts between dots (empty for `.`).
    package let parts: [String]
    /// True for `.` and for names starting with a dot, which do not climb the stack.
    package let isAnchored: Bool

    package init(_ text: String) {
        self.text = text
        parts = text.split(separator: ".").map(String.init)
        isAnchored = text.first == "."
    }
}
