import Mustache
import Testing

@testable import AccordKit
@testable import AccordSite

/// The HTML fragments view models build in Swift (`inputsHTML`, `rowsHTML`) are byte for byte what the
/// Mustache sections they replace render through the theme (`AccordContentType`), escaping included.
@Suite struct PrecomputedHTMLTests {
    static let awkward = [
        "plain", "a < b & \"c\" 'd' > e", "quote with a combining mark \"\u{301} and '\u{301}", "Zoë ≮ <\u{338}",
    ]

    @Test func metricInputsMatchTheSection() throws {
        let section = try AccordContentType.compile(
            """
            {{#inputs}}
            <li>{{text}}{{#hasSources}} <span class="sources">({{#sources}}<a href="{{href}}">{{label}}</a> {{/sources}})</span>{{/hasSources}}</li>
            {{/inputs}}
            """)
        let inputs = Self.awkward.enumerated().map { index, text in
            let sources = (0..<index).map {
                PartnershipPageView.SourceLink(label: "\(text).md:\($0)", href: "m.html?a=1&b='\($0)'#L\($0)")
            }
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
        let section = try AccordContentType.compile(
            """
            {{#rows}}
            <tr><th scope="row">{{header}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
            {{/rows}}
            """)
        let rows =
            Self.awkward.map { ChartView.Row(header: $0, cells: Self.awkward + ["", "12.5"]) } + [
                ChartView.Row(header: "", cells: [])
            ]
        struct Model: MustacheParent {
            var rows: [ChartView.Row]
            func child(named name: String) -> Any? { name == "rows" ? rows : nil }
        }
        #expect(ChartView.rowsHTML(rows) + "\n" == section.render(Model(rows: rows)))
    }
}
