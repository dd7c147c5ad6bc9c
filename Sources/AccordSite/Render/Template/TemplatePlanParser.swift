/// Reads a template into plan nodes, following swift-mustache's parser step by step (whitespace before a
/// tag, standalone lines, partial indentation) so that a plan renders the same bytes. Gives nil on
/// anything plans do not cover.
struct TemplatePlanParser {
    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var isAtEnd: Bool { position >= characters.count }

    private var current: Character { isAtEnd ? "\0" : characters[position] }

    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    private static let contentTypes: Set<String> = ["ACCORD_HTML", "HTML", "TEXT"]

    /// The nodes up to the end of `section` (its closing tag read), or of the text when `section` is nil.
    mutating func parse(section: String?, newLine startsOnNewLine: Bool) -> [TemplatePlan.Node]? {
        var nodes: [TemplatePlan.Node] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore = ""
        while !isAtEnd {
            if newLine { whiteSpaceBefore = read { $0 == " " || $0 == "\t" } }
            guard let text = readUntilTagOrNewline() else { return nil }
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            if isAtEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                guard let name = readName() else { return nil }
                if isStandalone(newLine) { setNewLine = true } else { flushWhiteSpace() }
                guard let inner = parse(section: name, newLine: setNewLine) else { return nil }
                nodes.append(.section(TemplateName(name), inverted: inverted, nodes: inner))
            case "/":
                position += 1
                guard let name = readName(), name == section else { return nil }
                if !isStandalone(newLine) { flushWhiteSpace() }
                return nodes
            case "!":
                position += 1
                guard skipComment() else { return nil }
                setNewLine = isStandalone(newLine)
            case "{":
                flushWhiteSpace()
                position += 1
                guard let name = readName(), current == "}" else { return nil }
                position += 1
                nodes.append(.variable(TemplateName(name), escaped: false))
            case "&":
                flushWhiteSpace()
                position += 1
                guard let name = readName() else { return nil }
                nodes.append(.variable(TemplateName(name), escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                guard current != "*", let name = readPartialName() else { return nil }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(newLine) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "%":
                position += 1
                guard readContentTypePragma() else { return nil }
                setNewLine = isStandalone(newLine)
            case "<", "$", "=":
                return nil
            default:
                flushWhiteSpace()
                guard let name = readName() else { return nil }
                nodes.append(.variable(TemplateName(name), escaped: true))
            }
            newLine = setNewLine
        }
        return section == nil ? nodes : nil
    }

    private mutating func read(while matches: (Character) -> Bool) -> String {
        let start = position
        while !isAtEnd, matches(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Text up to a newline or just after an opening `{{`; nil for a `{` that ends the text (a parse error).
    private mutating func readUntilTagOrNewline() -> String? {
        var text = ""
        while !isAtEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if isAtEnd || current == "\n" || current == "\r\n" { break }
            guard position + 1 < characters.count else { return nil }
            if characters[position + 1] == "{" {
                position += 2
                break
            }
            text.append("{")
            position += 1
        }
        return text
    }

    /// A tag's name and its closing `}}`; nil for a transform (`f(x)`) or a malformed tag.
    private mutating func readName() -> String? {
        _ = read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard readClose(), !name.contains("("), !name.contains(")") else { return nil }
        return name
    }

    private mutating func readPartialName() -> String? {
        _ = read { $0.isWhitespace }
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        return readClose() ? name : nil
    }

    private mutating func readClose() -> Bool {
        guard position + 1 < characters.count, characters[position] == "}", characters[position + 1] == "}"
        else { return false }
        position += 2
        return true
    }

    /// Skips a comment to just after its `}}`, matching the way swift-mustache searches for it.
    private mutating func skipComment() -> Bool {
        var matched = 0
        let close: [Character] = ["}", "}"]
        while !isAtEnd {
            if characters[position] == close[matched] {
                matched += 1
                if matched == close.count {
                    position += 1
                    return true
                }
            } else {
                matched = 0
            }
            position += 1
        }
        return false
    }

    /// `{{% CONTENT_TYPE: NAME}}` for a content type Accord registers; every one escapes alike.
    private mutating func readContentTypePragma() -> Bool {
        let word: (Character) -> Bool = { Self.nameCharacters.contains($0) && $0 != "(" && $0 != ")" }
        _ = read { $0.isWhitespace }
        let variable = read(while: word)
        _ = read { $0.isWhitespace }
        guard current == ":" else { return false }
        position += 1
        _ = read { $0.isWhitespace }
        let value = read(while: word)
        _ = read { $0.isWhitespace }
        return readClose() && variable == "CONTENT_TYPE" && Self.contentTypes.contains(value)
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line is consumed.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if isAtEnd { return true }
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        position = probe + 1
        return true
    }
}
