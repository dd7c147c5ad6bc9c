import AccordCore
import Yams

/// A YAML node from a file's front matter, with its location in the file.
/// Only the Parse step sees Yams; models never do.
/// One key and value of a YAML mapping, with the key's location.
package struct YAMLEntry {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: YAMLValue
}

package struct YAMLValue {
    /// The shapes a front matter value can take.
    package indirect enum Shape {
        case scalar(String, isPlain: Bool)
        case mapping([YAMLEntry])
        case sequence([YAMLValue])
        case null
    }

    package var shape: Shape
    package var location: SourceLocation

    /// Parses YAML text; errors (syntax, duplicate keys, aliases or nesting over the bounds of
    /// `ContentLimits`) are reported at their line in the file.
    package static func parse(
        _ yaml: String, path: String, lineOffset: Int,
        diagnostics: inout DiagnosticBag
    ) -> YAMLValue? {
        let screen = YAMLAliasScreen(yaml)
        if let (position, message) = screen.refusal {
            diagnostics.error(
                SourceLocation(path: path, line: position.line + lineOffset, column: position.column),
                message, hint: "write the key out in full")
            return nil
        }
        do {
            // The basic resolver skips Yams's regular-expression tag resolution: every scalar is read as
            // text and typed by MappingReader, so implicit int/float/bool tags are not needed.
            // UTF-8 is given: Yams's default encoding reads the whole process environment at every call.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                return YAMLValue(shape: .null, location: SourceLocation(path: path, line: lineOffset + 1, column: 1))
            }
            var composer = YAMLComposer(path: path, lineOffset: lineOffset, screen: screen)
            return try composer.value(of: node)
        } catch let overflow as YAMLComposer.Overflow {
            diagnostics.error(overflow.location, overflow.message, hint: overflow.hint)
            return nil
        } catch let error as YamlError {
            diagnostics.report(diagnostic(for: error, yaml: yaml, path: path, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: lineOffset + 1, column: 1), "invalid YAML: \(error)")
            return nil
        }
    }

    package init(shape: Shape, location: SourceLocation) {
        self.shape = shape
        self.location = location
    }

    /// The text of a scalar, nil for other shapes.
    package var scalarText: String? {
        if case .scalar(let text, _) = shape { return text }
        return nil
    }

    /// True for a missing value (`key:` with nothing, `~`, `null`).
    package var isNull: Bool {
        if case .null = shape { return true }
        return false
    }

    /// A readable name of the shape, for messages.
    package var shapeName: String {
        switch shape {
        case .scalar: "a value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }

    package static func diagnostic(for error: YamlError, yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        // libyaml puts an error at the end of the stream on the line after the last one; a diagnostic points at a
        // line the file has, so such a mark becomes the end of the last line.
        let lines = LineIndex(yaml)
        func location(_ mark: Mark) -> SourceLocation {
            guard mark.line > lines.lineCount, lines.lineCount >= 1 else {
                return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
            }
            let last = lines.lineCount
            return SourceLocation(path: path, line: last + lineOffset, column: lines.line(last, in: yaml).count + 1)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let hint = context.map { "\($0.text) at line \(min($0.mark.line, max(lines.lineCount, 1)) + lineOffset)" }
            return .error(location(mark), "invalid YAML: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let place =
                secondOccurrence(of: key, after: (context.mark.line, context.mark.column), in: yaml)
                ?? (context.mark.line, context.mark.column)
            return .error(
                SourceLocation(path: path, line: place.line + lineOffset, column: place.column),
                "key '\(key)' is given twice in one mapping",
                hint: "keep one '\(key)' entry")
        default:
            return .error(SourceLocation(path: path, line: lineOffset + 1, column: 1), "invalid YAML: \(error)")
        }
    }

    /// Finds where a duplicated key is written again after its first occurrence (columns count characters).
    package static func secondOccurrence(
        of key: String, after first: (line: Int, column: Int),
        in yaml: String
    ) -> (line: Int, column: Int)? {
        let lines = LineIndex(yaml)
        guard first.line >= 1, first.line <= lines.lineCount else { return nil }
        let pattern = Array(key + ":")
        // Same line (flow mapping): the next `key:` after the first one.
        let firstLine = Array(lines.line(first.line, in: yaml))
        var index = first.column - 1 + pattern.count
        while index + pattern.count <= firstLine.count {
            if firstLine[index..<index + pattern.count].elementsEqual(pattern),
                index == 0 || [" ", "{", ","].contains(firstLine[index - 1])
            {
                return (first.line, index + 1)
            }
            index += 1
        }
        // Block mapping: a later line with the key at the same column.
        let start = first.column - 1
        guard start >= 0, first.line < lines.lineCount else { return nil }
        for number in (first.line + 1)...lines.lineCount {
            let line = lines.line(number, in: yaml)
            guard let keyStart = line.index(line.startIndex, offsetBy: start, limitedBy: line.endIndex),
                line[keyStart...].starts(with: pattern),
                line[..<keyStart].allSatisfy({ $0 == " " || $0 == "-" })
            else { continue }
            return (number, first.column)
        }
        return nil
    }
}
