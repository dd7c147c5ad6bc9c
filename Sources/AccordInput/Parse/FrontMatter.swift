import AccordCore

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
    /// an unclosed block, or one over `ContentLimits.frontMatterBytes`, is an error at line 1.
    public static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        guard isFence(file.line(1), closing: false) else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0))
        }
        let lines = file.lines
        guard lines.lineCount > 1 else { return .failure(unclosed(file)) }
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: lines.starts[1])
        for number in 2...lines.lineCount where isFence(file.line(number), closing: true) {
            guard lines.starts[number - 1] - lines.starts[1] <= ContentLimits.frontMatterBytes else {
                return .failure(tooLarge(file, bytes: lines.starts[number - 1] - lines.starts[1]))
            }
            let yamlEnd = utf8.index(utf8.startIndex, offsetBy: lines.starts[number - 1])
            let bodyStart =
                number < lines.lineCount
                ? utf8.index(utf8.startIndex, offsetBy: lines.starts[number]) : text.endIndex
            return .success(
                FrontMatter(
                    yaml: String(text[yamlStart..<yamlEnd]), yamlLineOffset: 1,
                    body: String(text[bodyStart...]), bodyLineOffset: number))
        }
        return .failure(unclosed(file))
    }

    package static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var content = line
        while content.last == " " || content.last == "\t" { content.removeLast() }
        return content == "---" || (closing && content == "...")
    }

    package static func tooLarge(_ file: SourceFile, bytes: Int) -> Diagnostic {
        .error(
            SourceLocation(path: file.path, line: 1, column: 1),
            "front matter is \(ContentLimits.megabytes(bytes)); the limit is \(ContentLimits.megabytes(ContentLimits.frontMatterBytes))",
            hint: "keep long text in the Markdown body, below the closing '---'")
    }

    package static func unclosed(_ file: SourceFile) -> Diagnostic {
        .error(
            SourceLocation(path: file.path, line: 1, column: 1), "front matter is not closed",
            hint: "end the YAML block with a line '---'")
    }
}
