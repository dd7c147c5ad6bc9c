import Yams

/// Turns a Yams node tree into `YAMLValue`s with bounded work: an alias (`*name`) reuses the value
/// already built for its anchor instead of walking it again, the values that aliases add are counted
/// against `ContentLimits.aliasExpansions`, and nesting deeper than `ContentLimits.yamlDepth` is refused.
/// A block over either bound is an error at the alias or the node that passes it.
struct YAMLComposer {
    /// A bound was passed: the message and where.
    struct Overflow: Error {
        var location: SourceLocation
        var message: String
        var hint: String
    }

    /// A value built once, with the number of values in it and its nesting height.
    private struct Built {
        var value: YAMLValue
        var size: Int
        var height: Int
    }

    let path: String
    let lineOffset: Int
    let screen: YAMLAliasScreen
    /// Values added by aliases so far.
    private(set) var expansions = 0
    /// The values of anchored nodes, by anchor name and place (a name may be anchored again later).
    private var anchored: [String: Built] = [:]
    /// The furthest place reached in the text: an alias is written after it.
    private var furthest = YAMLAliasScreen.Position(line: 0, column: 0)

    init(path: String, lineOffset: Int, screen: YAMLAliasScreen) {
        self.path = path
        self.lineOffset = lineOffset
        self.screen = screen
    }

    /// The value of a root node.
    mutating func value(of node: Node) throws(Overflow) -> YAMLValue {
        try build(node, depth: 1).value
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    private static func key(_ node: Node) -> String? {
        guard let anchor = node.anchor, let mark = node.mark else { return nil }
        return "\(anchor.rawValue)@\(mark.line):\(mark.column)"
    }

    private mutating func build(_ node: Node, depth: Int) throws(Overflow) -> Built {
        if let key = Self.key(node), let built = anchored[key] {
            return try reuse(built, depth: depth)
        }
        if let mark = node.mark {
            furthest = max(furthest, YAMLAliasScreen.Position(line: mark.line, column: mark.column))
        }
        if depth > ContentLimits.yamlDepth {
            throw Overflow(location: location(node.mark),
                           message: "YAML nesting is deeper than \(ContentLimits.yamlDepth) levels",
                           hint: "front matter needs a few levels of mappings and lists")
        }
        let built = try buildNew(node, depth: depth)
        if let key = Self.key(node) { anchored[key] = built }
        return built
    }

    /// An alias of a value built before: counted, not walked.
    private mutating func reuse(_ built: Built, depth: Int) throws(Overflow) -> Built {
        expansions += built.size
        let place = screen.alias(after: furthest).map {
            SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column)
        } ?? built.value.location
        if expansions > ContentLimits.aliasExpansions {
            throw Overflow(location: place,
                           message: "YAML aliases expand to more than \(ContentLimits.aliasExpansions) values",
                           hint: "write the values out instead of repeating anchors (*name) of anchors")
        }
        if depth - 1 + built.height > ContentLimits.yamlDepth {
            throw Overflow(location: place,
                           message: "YAML nesting is deeper than \(ContentLimits.yamlDepth) levels",
                           hint: "front matter needs a few levels of mappings and lists")
        }
        if let alias = place.line.map({ YAMLAliasScreen.Position(line: $0 - lineOffset, column: (place.column ?? 1) + 1) }) {
            furthest = max(furthest, alias)
        }
        var value = built.value
        value.location = place
        return Built(value: value, size: built.size, height: built.height)
    }

    private mutating func buildNew(_ node: Node, depth: Int) throws(Overflow) -> Built {
        let here = location(node.mark)
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            let isPlain = scalar.style == .plain || scalar.style == .any
            if isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL") {
                return Built(value: YAMLValue(shape: .null, location: here), size: 1, height: 1)
            }
            return Built(value: YAMLValue(shape: .scalar(text, isPlain: isPlain), location: here), size: 1, height: 1)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(mapping.count)
            var size = 1
            var height = 1
            for pair in mapping {
                let key = try build(pair.key, depth: depth + 1)
                let value = try build(pair.value, depth: depth + 1)
                size += key.size + value.size
                height = max(height, 1 + max(key.height, value.height))
                entries.append(YAMLEntry(key: key.value.scalarText ?? "", keyLocation: key.value.location,
                                         value: value.value))
            }
            return Built(value: YAMLValue(shape: .mapping(entries), location: here), size: size, height: height)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            items.reserveCapacity(sequence.count)
            var size = 1
            var height = 1
            for element in sequence {
                let item = try build(element, depth: depth + 1)
                size += item.size
                height = max(height, 1 + item.height)
                items.append(item.value)
            }
            return Built(value: YAMLValue(shape: .sequence(items), location: here), size: size, height: height)
        case .alias:
            return Built(value: YAMLValue(shape: .null, location: here), size: 1, height: 1)
        }
    }
}
