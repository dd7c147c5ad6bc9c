/// Formats diagnostics for a terminal, for GitHub workflow annotations, or as JSON lines.
public struct DiagnosticPrinter: Sendable {
    /// The output forms of `--diagnostics`.
    public enum Format: String, Sendable, CaseIterable, Codable, Equatable {
        /// `path:line:column: error: message` plus an indented hint line.
        case text
        /// `::error file=…,line=…,col=…::message` workflow commands.
        case github
        /// One JSON object a line.
        case json
    }

    /// The chosen output form.
    public var format: Format
    /// Prefix that turns a content-relative path into the path the user typed (e.g. `Content/`).
    public var pathPrefix: String

    /// A printer for a format and a path prefix.
    public init(format: Format, pathPrefix: String) {
        self.format = format
        self.pathPrefix = pathPrefix
    }

    /// The path as the user would type it from the current directory.
    public func displayPath(_ diagnostic: Diagnostic) -> String {
        let path = diagnostic.location.path
        guard diagnostic.isInContent else { return path }
        return path.isEmpty ? String(pathPrefix.dropLast(pathPrefix.hasSuffix("/") ? 1 : 0)) : pathPrefix + path
    }

    /// The text of one diagnostic, ending with a newline. User text (path, message, hint) is kept on
    /// its line: controls escaped by `Escape.line` in text and github forms, by JSON in json lines.
    public func format(_ diagnostic: Diagnostic) -> String {
        let path = format == .json ? displayPath(diagnostic) : Escape.line(displayPath(diagnostic))
        let message = format == .json ? diagnostic.message : Escape.line(diagnostic.message)
        let hint = format == .json ? diagnostic.hint : diagnostic.hint.map(Escape.line)
        switch format {
        case .text:
            var place = path
            if let line = diagnostic.location.line {
                place += ":\(line)"
                if let column = diagnostic.location.column { place += ":\(column)" }
            }
            var text = "\(place): \(diagnostic.severity.rawValue): \(message)\n"
            if let hint { text += "  hint: \(hint)\n" }
            return text
        case .github:
            var properties = "file=\(Self.githubProperty(path))"
            if let line = diagnostic.location.line {
                properties += ",line=\(line)"
                if let column = diagnostic.location.column { properties += ",col=\(column)" }
            }
            if let title = diagnostic.title { properties += ",title=\(Self.githubProperty(Escape.line(title)))" }
            var data = message
            if let hint { data += "\n\(hint)" }
            return "::\(diagnostic.severity.rawValue) \(properties)::\(Self.githubData(data))\n"
        case .json:
            var fields = [
                "\"severity\":\(JSONText.quoted(diagnostic.severity.rawValue))",
                "\"path\":\(JSONText.quoted(path, escapingInvisibles: true))",
            ]
            fields.append("\"line\":\(diagnostic.location.line.map(String.init) ?? "null")")
            fields.append("\"column\":\(diagnostic.location.column.map(String.init) ?? "null")")
            fields.append("\"message\":\(JSONText.quoted(message, escapingInvisibles: true))")
            fields.append("\"hint\":\(hint.map { JSONText.quoted($0, escapingInvisibles: true) } ?? "null")")
            return "{" + fields.joined(separator: ",") + "}\n"
        }
    }

    /// The closing summary line, e.g. `2 errors, 1 warning`, or nil when there is nothing to say.
    public func summary(errors: Int, warnings: Int) -> String? {
        guard format == .text, errors + warnings > 0 else { return nil }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return count(errors, "error") + ", " + count(warnings, "warning") + "\n"
    }

    package static func githubData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    package static func githubProperty(_ text: String) -> String {
        githubData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
