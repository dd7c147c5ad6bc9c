import Foundation

/// The tags of a template that print a value unescaped (`{{{name}}}`, `{{&name}}`), found with their
/// line and column (set-delimiter tags followed), so that a template can only ever print HTML that
/// Accord built without escaping.
package enum UnescapedTags {
    /// The keys whose values are HTML Accord built (charts, precomputed rows, rendered Markdown, the
    /// page body): the only names a template may print unescaped. `extra` data never uses them.
    package static let htmlKeys: Set<String> = [
        "svg", "rowsHTML", "inputsHTML", "content", "charter", "body", "alignmentTrend", "outcomeTrend",
    ]

    /// One unescaped tag: the name inside it and where it starts (1-based, in characters).
    package struct Tag: Equatable {
        package var name: String
        package var line: Int
        package var column: Int
    }

    /// The unescaped tags of `text` whose name is not one of `htmlKeys`.
    package static func refused(in text: String) -> [Tag] {
        find(in: text).filter { !htmlKeys.contains($0.name) }
    }

    /// Every unescaped tag of `text`.
    package static func find(in text: String) -> [Tag] {
        let characters = Array(text)
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        var tags: [Tag] = []
        var index = 0
        var line = 1
        var lineStart = 0

        func matches(_ pattern: [Character], at position: Int) -> Bool {
            position + pattern.count <= characters.count
                && Array(characters[position..<position + pattern.count]) == pattern
        }
        /// The position of `pattern` at or after `position`, counting lines on the way.
        func seek(_ pattern: [Character], from position: Int) -> Int? {
            var position = position
            while position < characters.count {
                if matches(pattern, at: position) { return position }
                if characters[position].isNewline {
                    line += 1
                    lineStart = position + 1
                }
                position += 1
            }
            return nil
        }

        while let start = seek(open, from: index) {
            let column = start - lineStart + 1
            let tagLine = line
            var inner = start + open.count
            guard inner < characters.count else { break }
            let sigil = characters[inner]
            var terminator = close
            if sigil == "{" && open == ["{", "{"] { terminator = ["}"] + close }
            if sigil == "{" || sigil == "&" { inner += 1 }
            guard let end = seek(terminator, from: inner) else { break }
            let content = String(characters[inner..<end]).trimmingCharacters(in: .whitespaces)
            if sigil == "{" && open == ["{", "{"] || sigil == "&" {
                tags.append(Tag(name: content, line: tagLine, column: column))
            } else if sigil == "=", content.hasSuffix("=") {
                let parts = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            }
            index = end + terminator.count
        }
        return tags
    }
}
