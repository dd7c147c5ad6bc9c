@testable import AccordKit

/// Reads a page as a browser's tokenizer would and reports any markup Accord's templates never
/// write: a `<` that opens no well-formed tag, an attribute value not in quotes, an event
/// handler (`on…`) attribute, a `<script>`, `<iframe>`, `<object>` or `<embed>`, or an `href`, `src`
/// or `xlink:href` that `URLPolicy` refuses. Escaped user text can never look like any of these.
enum MarkupAudit {
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "object", "embed", "base", "form", "meta http-equiv",
    ]

    /// The problems found, each with the text around it.
    static func problems(in html: String) -> [String] {
        let s = Array(html.unicodeScalars)
        var problems: [String] = []
        func context(_ at: Int) -> String {
            String(String.UnicodeScalarView(s[max(0, at - 40)..<min(s.count, at + 60)]))
        }
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == ":"
                || c == "_"
        }
        var i = 0
        while i < s.count {
            guard s[i] == "<" else {
                i += 1
                continue
            }
            let start = i
            i += 1
            if i < s.count, s[i] == "!" {
                let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 9)]))
                let terminator: [Unicode.Scalar] = rest.hasPrefix("!--") ? ["-", "-", ">"] : [">"]
                while i < s.count, !(s[i...].starts(with: terminator)) { i += 1 }
                i += terminator.count
                continue
            }
            let closing = i < s.count && s[i] == "/"
            if closing { i += 1 }
            var name = ""
            while i < s.count, isNameScalar(s[i]) {
                name.unicodeScalars.append(s[i])
                i += 1
            }
            guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first)
            else {
                problems.append("a raw '<' that opens no tag: …\(context(start))…")
                continue
            }
            if forbiddenElements.contains(name.lowercased()) {
                problems.append("a <\(name)> element: …\(context(start))…")
            }
            while true {
                while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" { i += 1 }
                guard i < s.count else {
                    problems.append("an unclosed tag: …\(context(start))…")
                    break
                }
                if s[i] == ">" {
                    i += 1
                    break
                }
                if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" {
                    i += 2
                    break
                }
                var attribute = ""
                while i < s.count, isNameScalar(s[i]) {
                    attribute.unicodeScalars.append(s[i])
                    i += 1
                }
                if attribute.isEmpty || closing {
                    problems.append("a malformed tag <\(name)>: …\(context(i))…")
                    while i < s.count, s[i] != ">" { i += 1 }
                    break
                }
                if attribute.lowercased().hasPrefix("on") {
                    problems.append("a handler attribute \(attribute): …\(context(i))…")
                }
                guard i < s.count, s[i] == "=" else { continue }
                i += 1
                guard i < s.count, s[i] == "\"" || s[i] == "'" else {
                    problems.append("an attribute value not in quotes: …\(context(i))…")
                    continue
                }
                let quote = s[i]
                i += 1
                var value = ""
                while i < s.count, s[i] != quote {
                    if s[i] == "<" { problems.append("a raw '<' in an attribute value: …\(context(i))…") }
                    value.unicodeScalars.append(s[i])
                    i += 1
                }
                i += 1
                let lowered = attribute.lowercased()
                if ["href", "src", "xlink:href", "action", "formaction"].contains(lowered),
                    !URLPolicy.allows(decoded(value))
                {
                    problems.append("a refused URL in \(attribute): …\(context(i))…")
                }
            }
        }
        return problems
    }

    /// An attribute value as the browser reads it (the entities Accord writes decoded).
    static func decoded(_ value: String) -> String {
        URLPolicy.entityDecoded(value)
    }
}
