import Foundation

@testable import AccordKit

/// Walks a Mustache template the way a renderer would and reports every tag whose name the
/// view model (and the sections around it) does not provide. Sections over lists descend into
/// their first element; a section over an empty list or nil cannot be checked inside.
struct TemplateKeyChecker {
    /// Template sources by name (`layout`, `partials/chart`).
    let templates: [String: String]

    /// Names that no value on the context stack provides, as `template: name`.
    func missingKeys(template name: String, model: Any) -> [String] {
        var missing: [String] = []
        check(template: name, stack: [model], missing: &missing, depth: 0)
        return missing
    }

    enum Tag {
        case variable(String)
        case open(String, inverted: Bool)
        case close(String)
        case partial(String)
    }

    static func tags(in text: String) -> [Tag] {
        var result: [Tag] = []
        var rest = text[...]
        while let open = rest.firstRange(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.first == "{"
            guard let close = afterOpen.firstRange(of: triple ? "}}}" : "}}") else { break }
            var body = String(afterOpen[..<close.lowerBound])
            if triple { body.removeFirst() }
            body = body.trimmingCharacters(in: .whitespaces)
            rest = afterOpen[close.upperBound...]
            guard let sigil = body.first else { continue }
            let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "#": result.append(.open(name, inverted: false))
            case "^": result.append(.open(name, inverted: true))
            case "/": result.append(.close(name))
            case ">": result.append(.partial(name))
            case "!", "%": continue
            case "&": result.append(.variable(name))
            default: result.append(.variable(body))
            }
        }
        return result
    }

    private func check(template name: String, stack: [Any?], missing: inout [String], depth: Int) {
        guard depth < 8, let text = templates[name] else {
            missing.append("\(name): template not found")
            return
        }
        var stack = stack
        var sections: [(name: String, pushed: Bool)] = []
        var skipping = 0
        for tag in Self.tags(in: text) {
            switch tag {
            case .variable(let key):
                if skipping == 0, resolve(key, in: stack) == nil { missing.append("\(name): \(key)") }
            case .open(let key, let inverted):
                if skipping > 0 {
                    skipping += 1
                    sections.append((key, false))
                    continue
                }
                guard let value = resolve(key, in: stack) else {
                    missing.append("\(name): \(key)")
                    skipping = 1
                    sections.append((key, false))
                    continue
                }
                if inverted {
                    sections.append((key, false))
                } else if let context = sectionContext(value) {
                    stack.append(context)
                    sections.append((key, true))
                } else {
                    skipping = 1  // empty list, nil or false: nothing inside can be checked
                    sections.append((key, false))
                }
            case .close:
                guard let last = sections.popLast() else { continue }
                if skipping > 0 { skipping -= 1 } else if last.pushed { stack.removeLast() }
            case .partial(let partial):
                if skipping == 0 { check(template: partial, stack: stack, missing: &missing, depth: depth + 1) }
            }
        }
    }

    /// The value a section renders its content with; nil when it renders nothing.
    private func sectionContext(_ value: Any?) -> Any?? {
        guard let value = unwrap(value) else { return nil }
        if let flag = value as? Bool { return flag ? .some(nil) : nil }
        if let list = value as? [Any] { return list.first.map { .some($0) } ?? nil }
        return .some(value)
    }

    /// Resolves a dotted name against the stack, innermost first; nil when no value provides it.
    private func resolve(_ key: String, in stack: [Any?]) -> Any?? {
        if key == "." { return .some(stack.last ?? nil) }
        let parts = key.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        if first == "extra" { return .some(nil) }  // free-form user data
        for context in stack.reversed() {
            guard var value = child(first, of: context) else { continue }
            for part in parts.dropFirst() {
                guard let next = child(part, of: value) else { return nil }
                value = next
            }
            return .some(value)
        }
        return nil
    }

    private func child(_ name: String, of value: Any?) -> Any?? {
        guard let value = unwrap(value) else { return nil }
        if let dictionary = value as? [String: Any] { return dictionary[name].map { .some($0) } ?? nil }
        for case (let label?, let child) in Mirror(reflecting: value).children where label == name {
            // A stored property that the fast lookup does not serve would render as empty.
            if let stored = unwrap(child), case .some(let served) = Theme.fastChild(named: name, of: value) {
                // Not served, or served with another value (e.g. a parameter shadowing the property).
                guard let served = unwrap(served) else { return nil }
                if stored is String || stored is Int || stored is Bool,
                    String(describing: stored) != String(describing: served)
                {
                    return nil
                }
            }
            return .some(child)
        }
        return nil
    }

    private func unwrap(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { unwrap($0.value) } ?? nil
        }
        return value
    }
}
