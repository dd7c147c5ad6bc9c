import Mustache
import Testing

@testable import AccordKit
@testable import AccordSite

/// Template plans must render exactly what swift-mustache renders for the same template and view: on
/// every built-in template with every demo view, and on generated templates full of the cases where
/// the two could part (standalone lines, indentation of partials, missing names, nil, empty lists).
@Suite struct TemplatePlanDifferentialTests {
    /// Both engines over the same template texts (compiled as the theme compiles them).
    struct Engines {
        let library: MustacheLibrary
        let plans: TemplatePlanRenderer

        init(_ templates: [String: String]) throws {
            var library = MustacheLibrary()
            for (name, text) in templates { library.register(try AccordContentType.compile(text), named: name) }
            self.library = library
            plans = TemplatePlanRenderer(templates: templates.mapValues { AccordContentType.pragmaLine + $0 })
        }

        /// Nil when the template has no plan.
        func compare(_ name: String, _ model: Any) -> (plan: String, library: String)? {
            guard let planned = plans.render(name, model) else { return nil }
            return (planned, library.render(model, withTemplate: name) ?? "")
        }
    }

    @Test func everyBuiltInTemplateHasAPlan() throws {
        let theme = try Theme.load()
        let names = DefaultTheme.files.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) }
        #expect(Set(theme.plans.plans.keys) == Set(names))
    }

    @Test func builtInTemplatesRenderTheSameBytesForEveryDemoView() throws {
        let engines = try Engines(TemplateKeyTests.templates)
        var compared = 0
        for (template, model) in try TemplateKeyTests.demoViews() {
            let result = try #require(engines.compare(template, model))
            #expect(result.plan == result.library, "\(template)")
            compared += 1
        }
        #expect(compared > 10)
    }

    @Test func templatesWithoutAPlanFallBackToTheLibrary() throws {
        for text in ["{{=<% %>=}}<% a %>", "{{<parent}}{{$b}}x{{/b}}{{/parent}}", "{{lowercased(a)}}", "{{>*dyn}}"] {
            #expect(TemplatePlan(AccordContentType.pragmaLine + text) == nil, "\(text)")
        }
        let renderer = TemplatePlanRenderer(templates: ["page": "a{{>part}}", "part": "{{=<% %>=}}"])
        #expect(renderer.plans["page"] == nil)  // its partial has no plan, so neither has it
        #expect(renderer.plans["part"] == nil)
    }

    /// A small model with every kind of value a section can meet.
    struct Model: MustacheParent {
        struct Row: MustacheParent {
            var name: String
            var note: String?
            var tags: [String]
            func child(named key: String) -> Any? {
                switch key {
                case "name": name
                case "note": note
                case "tags": tags
                default: nil
                }
            }
        }
        var title = "Title & <b>\"q\"</b> 'x'"
        var rows = [
            Row(name: "one", note: nil, tags: ["a", "b"]), Row(name: "two<", note: "n", tags: []),
        ]
        var empty: [Row] = []
        var yes = true
        var no = false
        var count = 3
        var ratio = 0.5
        var missing: String? = nil
        var extra: [String: Any] = ["key": "v", "list": ["x", "y"], "map": ["deep": "d"]]
        func child(named key: String) -> Any? {
            switch key {
            case "title": title
            case "rows": rows
            case "empty": empty
            case "yes": yes
            case "no": no
            case "count": count
            case "ratio": ratio
            case "missing": missing
            case "extra": extra
            default: nil
            }
        }
    }

    @Test func generatedTemplatesRenderTheSameBytes() throws {
        var compared = 0
        for seed in 0..<500 {
            var generator = TemplateGenerator(seed: UInt64(seed))
            let templates = ["page": generator.template(depth: 0), "part": generator.template(depth: 2)]
            // A template swift-mustache refuses (a stray brace before a tag) is a theme error, not rendered.
            guard let engines = try? Engines(templates) else { continue }
            let result = try #require(engines.compare("page", Model()), "\(templates)")
            #expect(result.plan == result.library, "\(templates)")
            compared += 1
        }
        #expect(compared >= 250)  // 290 of the 500 parse; the rest have a stray brace before a tag
    }
}

/// Random templates over `Model`'s names, with the whitespace and line shapes Mustache treats specially.
struct TemplateGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let names = [
        "title", "count", "ratio", "missing", "nope", ".", "name", "note", "extra.key", "extra.map.deep", "rows.x",
    ]
    static let sections = ["rows", "empty", "yes", "no", "missing", "title", "tags", "extra.list", "extra", "nope"]
    static let spaces = ["", " ", "  ", "\t", "\n", "\r\n", " \n", "x", "{", "}"]

    mutating func template(depth: Int) -> String {
        var out = ""
        for _ in 0..<(3 + next(6)) {
            switch next(9) {
            case 0: out += "{{\(pick(Self.names))}}"
            case 1: out += "{{{\(pick(Self.names))}}}"
            case 2: out += "{{& \(pick(Self.names)) }}"
            case 3: out += "{{! a comment }}"
            case 4 where depth < 2:
                let name = pick(Self.sections)
                let sigil = next(3) == 0 ? "^" : "#"
                let open = next(2) == 0 ? "\n" : ""
                out += "\(pick(Self.spaces)){{\(sigil)\(name)}}\(open)\(template(depth: depth + 1))"
                out += "\(pick(Self.spaces)){{/\(name)}}\(pick(Self.spaces))"
            case 5 where depth < 2: out += "\n\(pick([" ", "  ", ""])){{> part}}\n"
            default: out += pick(Self.spaces) + pick(["text", "<p>", "a b", "é"]) + pick(Self.spaces)
            }
        }
        return out
    }
}
