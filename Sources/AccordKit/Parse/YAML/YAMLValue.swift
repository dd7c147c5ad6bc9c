import Yams

/// A YAML node from a file's front matter, with its location in the file.
/// Only the Parse step sees Yams; models never do.
/// One key and value of a YAML mapping, with the key's location.
struct YAMLEntry {
    var key: String
    var keyLocation: SourceLocation
    var value: YAMLValue
}

struct YAMLValue {
    /// The shapes a front matter value can take.
    indirect enum Shape {
        case scalar(String, isPlain: Bool)
        case mapping([YAMLEntry])
        case sequence([YAMLValue])
        case null
    }

    var shape: Shape
    var location: SourceLocation

    /// Parses YAML text; errors (syntax, duplicate keys) are reported at their line in the file.
    static func parse(_ yaml: String, path: String, lineOffset: Int,
                      diagnostics: inout DiagnosticBag) -> YAMLValue? {
        do {
            // The basic resolver skips Yams's regular-expression tag resolution: every scalar is read as
            // text and typed by MappingReader, so implicit int/float/bool tags are not needed.
            // UTF-8 is given: Yams's default encoding reads the whole process environment at every call.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                return YAMLValue(shape: .null, location: SourceLocation(path: path, line: lineOffset + 1, column: 1))
            }
            return YAMLValue(node, path: path, lineOffset: lineOffset)
        } catch let error as YamlError {
            diagnostics.report(diagnostic(for: error, yaml: yaml, path: path, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: lineOffset + 1, column: 1), "invalid YAML: \(error)")
            return nil
        }
    }

    init(shape: Shape, location: SourceLocation) {
        self.shape = shape
        self.location = location
    }

    init(_ node: Node, path: String, lineOffset: Int) {
        let mark = node.mark
        location = SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            let isPlain = scalar.style == .plain || scalar.style == .any
            if isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL") {
                shape = .null
            } else {
                shape = .scalar(text, isPlain: isPlain)
            }
        case .mapping(let mapping):
            shape = .mapping(mapping.map { pair in
                let key = YAMLValue(pair.key, path: path, lineOffset: lineOffset)
                return YAMLEntry(key: key.scalarText ?? "", keyLocation: key.location,
                                 value: YAMLValue(pair.value, path: path, lineOffset: lineOffset))
            })
        case .sequence(let sequence):
            shape = .sequence(sequence.map { YAMLValue($0, path: path, lineOffset: lineOffset) })
        case .alias:
            shape = .null
        }
    }

    /// The text of a scalar, nil for other shapes.
    var scalarText: String? {
        if case .scalar(let text, _) = shape { return text }
        return nil
    }

    /// True for a missing value (`key:` with nothing, `~`, `null`).
    var isNull: Bool {
        if case .null = shape { return true }
        return false
    }

    /// A readable name of the shape, for messages.
    var shapeName: String {
        switch shape {
        case .scalar: "a value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }

    static func diagnostic(for error: YamlError, yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        func location(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let hint = context.map { "\($0.text) at line \($0.mark.line + lineOffset)" }
            return .error(location(mark), "invalid YAML: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let place = secondOccurrence(of: key, after: (context.mark.line, context.mark.column), in: yaml)
                ?? (context.mark.line, context.mark.column)
            return .error(SourceLocation(path: path, line: place.line + lineOffset, column: place.column), "key '\(key)' is given twice in one mapping",
                          hint: "keep one '\(key)' entry")
        default:
            return .error(SourceLocation(path: path, line: lineOffset + 1, column: 1), "invalid YAML: \(error)")
        }
    }

    /// Finds where a duplicated key is written again after its first occurrence.
    static func secondOccurrence(of key: String, after first: (line: Int, column: Int),
                                 in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        // Same line (flow mapping): the next `key:` after the first one.
        let firstLine = Array(lines[first.line - 1])
        let pattern = Array(key + ":")
        var index = first.column - 1 + pattern.count
        while index + pattern.count <= firstLine.count {
            if Array(firstLine[index..<index + pattern.count]) == pattern,
               index == 0 || [" ", "{", ","].contains(firstLine[index - 1]) {
                return (first.line, index + 1)
            }
            index += 1
        }
        // Block mapping: a later line with the key at the same column.
        for lineIndex in first.line..<lines.count {
            let line = Array(lines[lineIndex])
            let start = first.column - 1
            guard start + pattern.count <= line.count else { continue }
            if Array(line[start..<start + pattern.count]) == pattern,
               line[..<start].allSatisfy({ $0 == " " || $0 == "-" }) {
                return (lineIndex + 1, first.column)
            }
        }
        return nil
    }
}
