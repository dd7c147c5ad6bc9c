import Mustache
import Testing
@testable import AccordKit

/// The HTML fragments view models build in Swift (`inputsHTML`, `rowsHTML`) are byte for byte what the
/// Mustache sections they replace render, escaping included.
@Suite struct PrecomputedHTMLTests {
    static let awkward = ["plain", "a < b & \"c\" 'd' > e", "quote with a combining mark \"\u{301} and '\u{301}", "Zoë ≮ <\u{338}"]

    @Test func metricInputsMatchTheSection() throws {
        let section = try MustacheTemplate(string: """
            {{#inputs}}
            <li>{{text}}{{#hasSources}} <span class="sources">({{#sources}}<a href="{{href}}">{{label}}</a> {{/sources}})</span>{{/hasSources}}</li>
            {{/inputs}}
            """)
        let inputs = Self.awkward.enumerated().map { index, text in
            let sources = (0..<index).map { PartnershipPageView.SourceLink(label: "\(text).md:\($0)", href: "m.html?a=1&b='\($0)'#L\($0)") }
            return PartnershipPageView.Input(text: text, sources: sources, hasSources: !sources.isEmpty)
        }
        struct Model: MustacheParent {
            var inputs: [PartnershipPageView.Input]
            func child(named name: String) -> Any? { name == "inputs" ? inputs : nil }
        }
        let expected = section.render(Model(inputs: inputs))
        #expect(PartnershipPageView.inputsHTML(inputs) + "\n" == expected)
    }

    @Test func chartRowsMatchTheSection() throws {
        let section = try MustacheTemplate(string: """
            {{#rows}}
            <tr><th scope="row">{{header}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
            {{/rows}}
            """)
        let rows = Self.awkward.map { ChartView.Row(header: $0, cells: Self.awkward + ["", "12.5"]) } + [ChartView.Row(header: "", cells: [])]
        struct Model: MustacheParent {
            var rows: [ChartView.Row]
            func child(named name: String) -> Any? { name == "rows" ? rows : nil }
        }
        #expect(ChartView.rowsHTML(rows) + "\n" == section.render(Model(rows: rows)))
    }

    /// Renders a section of `partnership.mustache` (under its pragma) for one list of rows.
    static func renderPageSection(_ body: String, key: String, rows: Any) throws -> String {
        _ = FastHTMLContentType.registered
        struct Model: MustacheParent {
            var key: String
            var rows: Any
            func child(named name: String) -> Any? { name == key ? rows : nil }
        }
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: ACCORD_HTML}}\n" + body).render(Model(key: key, rows: rows))
    }

    @Test func actionRowsMatchTheSection() throws {
        let rows = Self.awkward.map { text in
            PartnershipPageView.ActionRow(owner: text, party: text, text: text, due: "2026-01-02", state: text,
                                          stateClass: "state-open", href: "m.html#L1&'", source: text, isUndated: false)
        }
        let expected = try Self.renderPageSection("""
            {{#openActions}}
            <tr><td>{{text}}</td><td>{{owner}}</td><td>{{party}}</td><td class="num">{{due}}</td><td><span class="state {{stateClass}}">{{state}}</span></td><td><a href="{{href}}">{{source}}</a></td></tr>
            {{/openActions}}
            """, key: "openActions", rows: rows)
        #expect(PartnershipPageView.actionRowsHTML(rows) + "\n" == expected)
    }

    @Test func issuesMatchTheSection() throws {
        let rows = Self.awkward.map { text in
            PartnershipPageView.IssueRow(text: text, raised: "2026-01-02", state: text, stateClass: "state-done",
                                         detail: text, href: "m.html#L2", source: text)
        }
        let expected = try Self.renderPageSection("""
            {{#issues}}
            <li>{{text}} <span class="meta">raised {{raised}} {{detail}}</span> <span class="state {{stateClass}}">{{state}}</span> <a class="source" href="{{href}}">{{source}}</a></li>
            {{/issues}}
            """, key: "issues", rows: rows)
        #expect(PartnershipPageView.issuesHTML(rows) + "\n" == expected)
    }

    @Test func meetingsMatchTheSection() throws {
        let rows = Self.awkward.enumerated().map { index, text in
            PartnershipPageView.MeetingRow(date: "2026-01-0\(index + 1)", title: text, kind: text, isGovernance: index == 0,
                                           href: "meetings/\(text).html", counts: text, isCounted: index % 2 == 0)
        }
        let expected = try Self.renderPageSection("""
            {{#meetings}}
            <li><time datetime="{{date}}">{{date}}</time> <a href="{{href}}">{{title}}</a> <span class="kind">{{kind}}</span>{{^isCounted}} <span class="tag">after the report date</span>{{/isCounted}} <span class="meta">{{counts}}</span></li>
            {{/meetings}}
            """, key: "meetings", rows: rows)
        #expect(PartnershipPageView.meetingsHTML(rows) + "\n" == expected)
    }

    @Test func readingsMatchTheSection() throws {
        let rows = Self.awkward.map { PartnershipPageView.Reading(date: "2026-01-02", value: $0, href: "m.html#L3'") }
        let expected = try Self.renderPageSection("{{#readings}}<li><a href=\"{{href}}\">{{date}}</a>: {{value}}</li>{{/readings}}",
                                                  key: "readings", rows: rows)
        #expect(PartnershipPageView.readingsHTML(rows) == expected)
    }
}
