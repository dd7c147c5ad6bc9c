/// A file split into its YAML front matter and its Markdown body, with exact line offsets.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML text between the fences; nil when the file has no front matter.
    public var yaml: String?
    /// Number of file lines before the first YAML line (the YAML's line 1 is file line `yamlLineOffset + 1`).
    public var yamlLineOffset: Int
    /// The Markdown body after the closing fence (or the whole file).
    public var body: String
    /// Number of file lines before the body's first line.
    public var bodyLineOffset: Int

    /// Splits a file. A first line `---` opens a block that the next `---` or `...` line closes;
    /// an unclosed block is an error at line 1.
    public static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        guard isFence(text[...].prefix { $0 != "\n" }, closing: false) else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0))
        }
        guard let firstNewline = text.firstIndex(of: "\n") else {
            return .failure(unclosed(file))
        }
        var lineStart = text.index(after: firstNewline)
        var lineNumber = 2
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], closing: true) {
                let yaml = String(text[text.index(after: firstNewline)..<lineStart])
                let bodyStart = lineEnd == text.endIndex ? lineEnd : text.index(after: lineEnd)
                return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: String(text[bodyStart...]),
                                            bodyLineOffset: lineNumber))
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            lineNumber += 1
        }
        return .failure(unclosed(file))
    }

    static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var content = line
        while content.last == " " || content.last == "\t" { content.removeLast() }
        return content == "---" || (closing && content == "...")
    }

    static func unclosed(_ file: SourceFile) -> Diagnostic {
        .error(SourceLocation(path: file.path, line: 1, column: 1), "front matter is not closed",
               hint: "end the YAML block with a line '---'")
    }
}
