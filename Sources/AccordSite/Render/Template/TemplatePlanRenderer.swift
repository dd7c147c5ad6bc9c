import AccordCore
import Mustache

/// Renders template plans the way swift-mustache renders the same templates: the same name lookup
/// through the context stack (`MustacheParent.child(named:)`, dictionaries, then `Mirror`), the same
/// section rules for sequences, booleans and optionals, the same partial indentation, and the one
/// escaper every Accord template uses (`Escape.attribute`, see `AccordContentType`). Names are split
/// once, at compile time, and pages are written into one buffer.
package struct TemplatePlanRenderer: Sendable {
    /// Every plan of the theme, by template name; a partial without a plan renders nothing, as a
    /// missing partial does in swift-mustache (the theme only plans templates whose partials have plans).
    package let plans: [String: TemplatePlan]

    /// The plans of a theme's templates (texts as swift-mustache compiles them), keeping only the templates
    /// whose every partial that exists has a plan too, so that a page is rendered by one engine throughout.
    package init(templates: [String: String]) {
        var plans: [String: TemplatePlan] = [:]
        for (name, text) in templates {
            if let plan = TemplatePlan(text) { plans[name] = plan }
        }
        var changed = true
        while changed {
            changed = false
            for (name, plan) in plans
            where plan.partialNames.contains(where: { templates[$0] != nil && plans[$0] == nil }) {
                plans[name] = nil
                changed = true
            }
        }
        self.plans = plans
    }

    /// The page a plan renders for a view model.
    package func render(_ name: String, _ model: Any) -> String? {
        guard let plan = plans[name] else { return nil }
        var out = ""
        out.reserveCapacity(16_384)
        var stack: [Context] = [Context(model)]
        render(plan.nodes, stack: &stack, indentation: nil, into: &out)
        return out
    }

    private func render(
        _ nodes: [TemplatePlan.Node], stack: inout [Context], indentation: String?, into out: inout String
    ) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, indentation: indentation, into: &out) }
            return
        }
        // An indented partial: each piece that starts a new line of this level's output is indented.
        var local = ""
        for node in nodes {
            var piece = ""
            render(node, stack: &stack, indentation: indentation, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        out += local
    }

    private func render(_ node: TemplatePlan.Node, stack: inout [Context], indentation: String?, into out: inout String)
    {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = Self.lookUp(name, in: stack) else { return }
            let text = Self.text(of: value)
            if escaped { Escape.appendAttribute(text, to: &out) } else { out += text }
        case .section(let name, let inverted, let nodes):
            let value = Self.lookUp(name, in: stack)
            if inverted {
                renderInverted(value, nodes, stack: &stack, indentation: indentation, into: &out)
            } else {
                renderSection(value, nodes, stack: &stack, indentation: indentation, into: &out)
            }
        case .partial(let name, let indented):
            guard let plan = plans[name] else { return }
            let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
            render(plan.nodes, stack: &stack, indentation: inner, into: &out)
        }
    }

    private func renderSection(
        _ value: Any?, _ nodes: [TemplatePlan.Node], stack: inout [Context], indentation: String?,
        into out: inout String
    ) {
        switch value {
        case let flag as Bool:
            // Before the sequence: a concrete cast is cheaper than a conformance lookup, and no Bool is a sequence.
            if flag { render(nodes, stack: &stack, indentation: indentation, into: &out) }
        case let sequence as any MustacheSequence:
            for element in sequence {
                stack.append(Context(element))
                render(nodes, stack: &stack, indentation: indentation, into: &out)
                stack.removeLast()
            }
        case let renderable as MustacheCustomRenderable where renderable.isNull:
            return
        case .some(let object):
            stack.append(Context(object))
            render(nodes, stack: &stack, indentation: indentation, into: &out)
            stack.removeLast()
        case .none:
            return
        }
    }

    private func renderInverted(
        _ value: Any?, _ nodes: [TemplatePlan.Node], stack: inout [Context], indentation: String?,
        into out: inout String
    ) {
        switch value {
        case let flag as Bool:
            if !flag { render(nodes, stack: &stack, indentation: indentation, into: &out) }
        case let sequence as any MustacheSequence:
            var iterator = sequence.makeIterator()
            guard iterator.next() == nil else { return }
            stack.append(Context(sequence))
            render(nodes, stack: &stack, indentation: indentation, into: &out)
            stack.removeLast()
        case let renderable as MustacheCustomRenderable where renderable.isNull:
            render(nodes, stack: &stack, indentation: indentation, into: &out)
        case .some:
            return
        case .none:
            render(nodes, stack: &stack, indentation: indentation, into: &out)
        }
    }

    /// A value on the context stack, its lookup decided once when it is pushed (not at every name); a class,
    /// so that reading the stack retains one reference rather than copying two existentials.
    final class Context {
        /// The value as a view model or a dictionary, whose names are its `child(named:)`; nil for anything
        /// else, whose names are its stored properties, through `Mirror`.
        let parent: (any MustacheParent)?
        /// The value itself.
        let value: Any

        init(_ value: Any) {
            self.parent = value as? any MustacheParent
            self.value = value
        }

        func child(_ name: String) -> Any? {
            if let parent { return parent.child(named: name) }
            return Context.mirrorChild(name, of: value)
        }

        /// The value of `name` in `value`, without pushing it: a view model's `child(named:)`, else `Mirror`.
        static func child(_ name: String, of value: Any) -> Any? {
            if let parent = value as? any MustacheParent { return parent.child(named: name) }
            return mirrorChild(name, of: value)
        }

        static func mirrorChild(_ name: String, of object: Any) -> Any? {
            // The scalars a section pushes (a list of names, a count) have no stored properties: skip the mirror.
            if object is String || object is Int || object is Double || object is Bool { return nil }
            guard let matched = Mirror(reflecting: object).children.first(where: { $0.label == name }) else {
                return nil
            }
            let value = matched.value
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return value }
            return mirror.children.first?.value
        }
    }

    /// The value of a name: `.` or an anchored name from the top of the stack, any other name's first part
    /// from the innermost context that has it, the rest from there.
    static func lookUp(_ name: TemplateName, in stack: [Context]) -> Any? {
        guard let top = stack.last else { return nil }
        guard let first = name.parts.first else { return top.value }
        var value: Any
        if name.isAnchored {
            guard let found = top.child(first) else { return nil }
            value = found
        } else {
            var found: Any? = nil
            var index = stack.endIndex
            while found == nil, index > stack.startIndex {
                index -= 1
                found = stack[index].child(first)
            }
            guard let found else { return nil }
            value = found
        }
        for part in name.parts.dropFirst() {
            guard let next = Context.child(part, of: value) else { return nil }
            value = next
        }
        return value
    }

    /// The text a variable prints, before escaping.
    private static func text(of value: Any) -> String {
        if let text = value as? String { return text }
        if let number = value as? Int { return String(number) }
        if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
        if let optional = value as? any OptionalValue, let wrapped = optional.wrappedValue {
            return String(describing: wrapped)
        }
        return String(describing: value)
    }
}

/// An `Optional` seen through `Any`, so that a wrapped value prints as itself (as swift-mustache does).
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? {
        switch self {
        case .some(let value): value
        case .none: nil
        }
    }
}
