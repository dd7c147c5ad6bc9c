import AccordCore
import Yams

/// Turns a Yams node tree into `YAMLValue`s with bounded work. Yams resolves an alias (`*name`) to the
/// very node of its anchor, so a node met again is one whose place in the text comes before the furthest
/// place already reached: its value is reused (anchored values are kept) or rebuilt, and every value an
/// alias adds counts against `ContentLimits.aliasExpansions`. Nesting deeper than `ContentLimits.yamlDepth`
/// is refused. A block over either bound is an error at the alias, or the node, that passes it.
package struct YAMLComposer {
    /// A bound was passed: the message and where.
    package struct Overflow: Error {
        package var location: SourceLocation
        package var message: String
        package var hint: String
    }

    /// A value built once, with the number of values in it and its nesting height.
    private struct Built {
        var value: YAMLValue
        var size: Int
        var height: Int
    }

    package typealias Position = YAMLAliasScreen.Position

    package let path: String
    package let lineOffset: Int
    package let screen: YAMLAliasScreen
    /// Values added by aliases so far.
    package private(set) var expansions = 0
    /// The values of anchored nodes, by their place in the block.
    private var anchored: [Position: Built] = [:]
    /// The furthest place reached in the text: a node that starts before it is met through an alias.
    private var furthest = Position(line: 0, column: 0)

    package init(path: String, lineOffset: Int, screen: YAMLAliasScreen) {
        self.path = path
        self.lineOffset = lineOffset
        self.screen = screen
    }

    /// The value of a root node.
    package mutating func value(of node: Node) throws(Overflow) -> YAMLValue {
        try build(node, depth: 1, isRepeat: false).value
    }

    private func location(_ position: Position) -> SourceLocation {
        SourceLocation(path: path, line: position.line + lineOffset, column: position.column)
    }

    private static func position(_ node: Node) -> Position {
        Position(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The alias written after the furthest place reached, taken as the place of the value met again.
    private mutating func nextAlias(orAt fallback: Position) -> SourceLocation {
        guard let alias = screen.alias(after: furthest) else { return location(fallback) }
        furthest = max(furthest, alias)
        return location(alias)
    }

    private mutating func build(_ node: Node, depth: Int, isRepeat inherited: Bool) throws(Overflow) -> Built {
        let here = Self.position(node)
        let isRepeat = inherited || here < furthest
        if isRepeat, !inherited, let built = anchored[here] {
            return try reuse(built, depth: depth, at: nextAlias(orAt: here))
        }
        if isRepeat {
            expansions += 1
            if expansions > ContentLimits.aliasExpansions {
                throw Self.tooManyExpansions(at: inherited ? location(here) : nextAlias(orAt: here))
            }
        } else {
            furthest = max(furthest, here)
        }
        if depth > ContentLimits.yamlDepth { throw Self.tooDeep(at: location(here)) }
        let built = try buildNew(node, at: here, depth: depth, isRepeat: isRepeat)
        if !isRepeat, screen.anchors.contains(here) { anchored[here] = built }
        return built
    }

    /// An alias of a value built before: counted, not walked.
    private mutating func reuse(_ built: Built, depth: Int, at place: SourceLocation) throws(Overflow) -> Built {
        expansions += built.size
        if expansions > ContentLimits.aliasExpansions { throw Self.tooManyExpansions(at: place) }
        if depth - 1 + built.height > ContentLimits.yamlDepth { throw Self.tooDeep(at: place) }
        var value = built.value
        value.location = place
        return Built(value: value, size: built.size, height: built.height)
    }

    private static func tooManyExpansions(at place: SourceLocation) -> Overflow {
        Overflow(
            location: place, message: "YAML aliases expand to more than \(ContentLimits.aliasExpansions) values",
            hint: "write the values out instead of repeating anchors (*name) of anchors")
    }

    private static func tooDeep(at place: SourceLocation) -> Overflow {
        Overflow(
            location: place, message: "YAML nesting is deeper than \(ContentLimits.yamlDepth) levels",
            hint: "front matter needs a few levels of mappings and lists")
    }

    private mutating func buildNew(
        _ node: Node, at here: Position, depth: Int,
        isRepeat: Bool
    ) throws(Overflow) -> Built {
        let place = location(here)
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            let isPlain = scalar.style == .plain || scalar.style == .any
            if isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL") {
                return Built(value: YAMLValue(shape: .null, location: place), size: 1, height: 1)
            }
            return Built(value: YAMLValue(shape: .scalar(text, isPlain: isPlain), location: place), size: 1, height: 1)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(mapping.count)
            var size = 1
            var height = 1
            for pair in mapping {
                let key = try build(pair.key, depth: depth + 1, isRepeat: isRepeat)
                let value = try build(pair.value, depth: depth + 1, isRepeat: isRepeat)
                size += key.size + value.size
                height = max(height, 1 + max(key.height, value.height))
                entries.append(
                    YAMLEntry(
                        key: key.value.scalarText ?? "", keyLocation: key.value.location,
                        value: value.value))
            }
            return Built(value: YAMLValue(shape: .mapping(entries), location: place), size: size, height: height)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            items.reserveCapacity(sequence.count)
            var size = 1
            var height = 1
            for element in sequence {
                let item = try build(element, depth: depth + 1, isRepeat: isRepeat)
                size += item.size
                height = max(height, 1 + item.height)
                items.append(item.value)
            }
            return Built(value: YAMLValue(shape: .sequence(items), location: place), size: size, height: height)
        case .alias:
            return Built(value: YAMLValue(shape: .null, location: place), size: 1, height: 1)
        }
    }
}
