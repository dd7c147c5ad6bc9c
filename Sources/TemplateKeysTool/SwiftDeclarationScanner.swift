/// A struct whose stored properties templates read, as the scanner found it in the source.
struct ScannedView {
    /// The qualified name (`IndexPageView.Row`).
    var name: String
    /// Stored properties in declaration order: name and type as written (`[Row]`, `String?`).
    var properties: [(name: String, type: String)]
}

/// Finds the structs that declare `TemplateView` and their stored properties in Swift source, without a
/// compiler: comments and string literals are blanked first, then declarations are read line by line at
/// the brace depth of each struct's body. It understands the style `swift format` keeps (one declaration
/// per line); TemplateSchemaTests compares its result with what the compiler sees through `Mirror`.
struct SwiftDeclarationScanner {
    /// The views of one file.
    static func views(in source: String) -> [ScannedView] {
        var views: [ScannedView] = []
        var scopes: [(name: String, bodyDepth: Int, viewIndex: Int?)] = []
        var depth = 0
        var pending: (name: String, clause: String)? = nil
        for line in blankedCode(source).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if pending == nil, let declaration = scopeDeclaration(in: text) {
                let qualified = (scopes.last.map { $0.name + "." } ?? "") + declaration.name
                pending = (qualified, declaration.isStruct ? declaration.clause : "")
            } else if let open = pending, !text.contains("{") {
                pending = (open.name, open.clause + " " + text)
            } else if pending == nil, let scope = scopes.last, depth == scope.bodyDepth, let index = scope.viewIndex,
                let property = storedProperty(in: text)
            {
                views[index].properties.append(property)
            }
            if let open = pending, let brace = text.firstIndex(of: "{") {
                let clause = open.clause + " " + text[..<brace]
                var index: Int? = nil
                if clause.split(whereSeparator: { ":, {".contains($0) }).contains("TemplateView") {
                    views.append(ScannedView(name: open.name, properties: []))
                    index = views.count - 1
                }
                scopes.append((open.name, depth + 1, index))
                pending = nil
            }
            for character in text {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
            }
            while let scope = scopes.last, depth < scope.bodyDepth { scopes.removeLast() }
        }
        return views
    }

    /// `struct Name…`, `enum Name…` or `extension Name…` at the start of a line (after modifiers).
    private static func scopeDeclaration(in line: String) -> (name: String, isStruct: Bool, clause: String)? {
        var words = line.split(separator: " ", omittingEmptySubsequences: true)[...]
        let modifiers: Set<Substring> = ["package", "public", "internal", "private", "fileprivate", "final"]
        while let first = words.first, modifiers.contains(first) || first.hasPrefix("@") { words.removeFirst() }
        guard let keyword = words.first, ["struct", "enum", "extension", "class"].contains(keyword),
            let rawName = words.dropFirst().first
        else { return nil }
        let name = rawName.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        guard !name.isEmpty else { return nil }
        let clause = line[(line.range(of: String(rawName))?.upperBound ?? line.endIndex)...]
        return (String(name), keyword == "struct", String(clause))
    }

    /// `package var name: Type` (or `let`, without a body or initial value in braces); nil for computed,
    /// static or private properties, which templates do not read.
    private static func storedProperty(in line: String) -> (name: String, type: String)? {
        var words = line.split(separator: " ", omittingEmptySubsequences: true)[...]
        guard !line.contains("{") else { return nil }
        while let first = words.first, ["package", "public", "internal"].contains(first) { words.removeFirst() }
        guard let keyword = words.first, keyword == "let" || keyword == "var" else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        let equals = rest.firstIndex(of: "=")
        let colon = rest.firstIndex(of: ":").flatMap { colon in equals.map { colon < $0 } ?? true ? colon : nil }
        let name = rest[..<(colon ?? equals ?? rest.endIndex)].trimmingCharacters(in: " ")
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        if let colon {
            return (name, rest[rest.index(after: colon)..<(equals ?? rest.endIndex)].trimmingCharacters(in: " "))
        }
        // `var hasRows = false`: the type of a literal; any other initial value needs a type annotation.
        let value = equals.map { rest[rest.index(after: $0)...].trimmingCharacters(in: " ") } ?? ""
        if value == "true" || value == "false" { return (name, "Bool") }
        if !value.isEmpty, value.allSatisfy(\.isNumber) { return (name, "Int") }
        if value.hasPrefix("\"") { return (name, "String") }
        return (name, "")
    }

    /// The source with comments removed and the contents of string literals replaced by spaces, so that
    /// braces and keywords inside them are not read as code. Line breaks are kept.
    static func blankedCode(_ source: String) -> String {
        var scanner = Blanker(scalars: Array(source.unicodeScalars))
        scanner.code(untilParenthesis: false)
        return String(scanner.out)
    }
}

/// The state of `blankedCode`: code, which may hold strings, which may hold interpolated code.
private struct Blanker {
    let scalars: [Unicode.Scalar]
    var index = 0
    var out = String.UnicodeScalarView()

    func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }

    /// Copies code, dropping comments and blanking strings; inside an interpolation, stops after its `)`.
    mutating func code(untilParenthesis: Bool) {
        var parentheses = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "/", at(1) == "/" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if scalar == "/", at(1) == "*" {
                index += 2
                while index < scalars.count, !(scalars[index] == "*" && at(1) == "/") {
                    if scalars[index] == "\n" { out.append("\n") }
                    index += 1
                }
                index += 2
            } else if scalar == "\"" {
                string()
            } else {
                if untilParenthesis, scalar == "(" { parentheses += 1 }
                if untilParenthesis, scalar == ")" {
                    if parentheses == 0 {
                        index += 1
                        return
                    }
                    parentheses -= 1
                }
                out.append(scalar)
                index += 1
            }
        }
    }

    /// Blanks one string literal (single-line or triple-quoted), interpolations included.
    mutating func string() {
        let triple = at(1) == "\"" && at(2) == "\""
        index += triple ? 3 : 1
        out.append("\"")
        while index < scalars.count {
            if scalars[index] == "\\" {
                index += 1
                if at(0) == "(" {
                    index += 1
                    var inner = Blanker(scalars: scalars, index: index)
                    inner.code(untilParenthesis: true)
                    index = inner.index
                } else {
                    index += 1
                }
                out.append(" ")
                continue
            }
            if triple ? (scalars[index] == "\"" && at(1) == "\"" && at(2) == "\"") : scalars[index] == "\"" {
                index += triple ? 3 : 1
                break
            }
            out.append(scalars[index] == "\n" ? "\n" : " ")
            index += 1
        }
        out.append("\"")
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
