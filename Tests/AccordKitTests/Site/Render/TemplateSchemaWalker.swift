@testable import AccordSite

/// Walks Mustache templates against view *types* (`TemplateSchema.views`), not values: every section is
/// entered whatever the data, so a key is proven to resolve for every view of the kind, populated or
/// empty. Sections over lists enter their element type, over optionals the wrapped type; `extra` is
/// free-form user data and resolves everything below it.
struct TemplateSchemaWalker {
    /// Template sources by name (`layout`, `partials/chart`).
    let templates: [String: String]
    /// View name → key → type, as generated.
    let schema: [String: [String: String]]

    /// The names no type on the context stack provides, as `template: name (in View)`.
    func unresolved(template name: String, view: String) -> [String] {
        var problems: [String] = []
        walk(template: name, stack: [view], problems: &problems, depth: 0)
        return problems
    }

    private func walk(template name: String, stack: [String], problems: inout [String], depth: Int) {
        guard depth < 8, let text = templates[name] else {
            problems.append("\(name): template not found")
            return
        }
        var stack = stack
        var pushed: [Bool] = []
        for tag in TemplateKeyChecker.tags(in: text) {
            switch tag {
            case .variable(let key):
                if resolve(key, in: stack) == nil { problems.append("\(name): \(key) (in \(stack.last ?? "?"))") }
            case .open(let key, let inverted):
                guard let type = resolve(key, in: stack) else {
                    problems.append("\(name): \(key) (in \(stack.last ?? "?"))")
                    stack.append(Self.anything)  // checked once; nothing inside is reported twice
                    pushed.append(true)
                    continue
                }
                let context = inverted ? nil : Self.sectionContext(type)
                if let context { stack.append(context) }
                pushed.append(context != nil)
            case .close:
                if pushed.popLast() == true { stack.removeLast() }
            case .partial(let partial):
                walk(template: partial, stack: stack, problems: &problems, depth: depth + 1)
            }
        }
    }

    /// The type a context stands for when nothing can be known about it.
    private static let anything = "ExtraValue"

    /// The context a section pushes: a list's element, an optional's wrapped type; none for a Bool.
    private static func sectionContext(_ type: String) -> String? {
        var type = unwrapped(type)
        if type.hasPrefix("["), type.hasSuffix("]") { type = unwrapped(String(type.dropFirst().dropLast())) }
        return type == "Bool" ? nil : type
    }

    private static func unwrapped(_ type: String) -> String {
        type.hasSuffix("?") ? String(type.dropLast()) : type
    }

    /// The type of a dotted name, looked up innermost context first; nil when nothing provides it.
    private func resolve(_ key: String, in stack: [String]) -> String? {
        if key == "." { return stack.last }
        let parts = key.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for context in stack.reversed() {
            guard var type = member(first, of: context) else { continue }
            for part in parts.dropFirst() {
                guard let next = member(part, of: type) else { return nil }
                type = next
            }
            return type
        }
        return nil
    }

    private func member(_ name: String, of type: String) -> String? {
        let type = Self.unwrapped(type)
        if type == Self.anything || type == "Any" { return Self.anything }
        return schema[type]?[name]
    }
}
