import Foundation
import Testing

@testable import AccordKit

/// The hostile fixture portfolio (`Fixtures/Hostile`: markup in every field that reaches a page)
/// builds into pages where no byte of user text became markup, and a `metrics.json` that is valid
/// JSON holding the user's text exactly.
@Suite struct HostilePortfolioTests {
    static func build(templates: String? = nil) throws -> (TempContent, Pipeline.Outcome) {
        let temp = try TempContent()
        var options = BuildOptions(today: try #require(Day(iso: "2026-06-01")))
        options.contentPath = try Golden.fixture("Hostile").path
        options.outputPath = temp.path("Output")
        options.templatesPath = templates
        return (temp, Pipeline.run(options, mode: .build))
    }

    @Test func noUserTextBecomesMarkupInAnyPage() throws {
        let (temp, outcome) = try Self.build()
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics.printed)")
        let files = try snapshot(of: temp.path("Output"))
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(
            pages == [
                "actions.html", "index.html", "partnerships/hostile-one/index.html",
                "partnerships/hostile-one/meetings/2026-02-12-steering.html",
                "partnerships/hostile-one/meetings/2026-03-12-steering.html",
            ])
        for page in pages {
            let html = String(decoding: try #require(files[page]), as: UTF8.self)
            let problems = MarkupAudit.problems(in: html)
            #expect(problems.isEmpty, "\(page):\n\(problems.prefix(5).joined(separator: "\n"))")
            // The payloads did reach the page, as text.
            #expect(html.contains("&quot;\u{301} onfocus=window.__pwned=1;document.title=1"), "\(page)")
            #expect(!html.contains("\u{1B}") && !html.contains("\u{0}"), "\(page)")
        }
    }

    @Test func everyFieldReachesItsPageEscaped() throws {
        let (temp, _) = try Self.build()
        func page(_ path: String) throws -> String {
            try String(contentsOfFile: temp.path("Output/" + path), encoding: .utf8)
        }
        let index = try page("index.html")
        let partnership = try page("partnerships/hostile-one/index.html")
        let meeting = try page("partnerships/hostile-one/meetings/2026-03-12-steering.html")
        let actions = try page("actions.html")
        func escaped(_ tag: String) -> String {
            "\(tag) &quot;\u{301} onfocus=window.__pwned=1;document.title=1 autofocus"
        }
        // Front-matter text arrives as typed; Markdown text after smart punctuation (“ ‘).
        func reached(_ tag: String, _ html: String) -> Bool {
            html.contains(escaped(tag))
                || html.contains("\(tag) “\u{301} onfocus=window.__pwned=1;document.title=1 autofocus")
        }
        for tag in ["site-title", "organisation", "charter-title", "party-name", "party2-name"] {
            #expect(reached(tag, index), "\(tag)")
        }
        #expect(
            partnership.contains(
                #"<div class="table-scroll md-table" tabindex="0" role="region" aria-label="Table: who &quot;\#u{301} onfocus"#
            ))
        for tag in [
            "party-role", "goal-title", "kpi-name", "vision", "value-acme", "issue", "action", "win", "table-cell",
        ] {
            #expect(reached(tag, partnership), "\(tag)")
        }
        for tag in ["note2-title", "attendee", "guest", "decision", "action", "issue", "win", "note-h1"] {
            #expect(reached(tag, meeting), "\(tag)")
        }
        for tag in ["action", "party-action", "site-title"] { #expect(reached(tag, actions), "\(tag)") }
        // The KPI name in the chart's aria-label: the attack that ran in Chromium.
        #expect(
            partnership.contains(
                #"aria-label="kpi-name &quot;\#u{301} onfocus=window.__pwned=1;document.title=1 autofocus"#))
        // Markdown links with a refused scheme lost their href; raw HTML is omitted.
        #expect(!partnership.lowercased().contains("href=\"javascript") && !partnership.contains("href=\"data:"))
        #expect(partnership.contains("<!-- raw HTML omitted -->"))
    }

    @Test func metricsJSONIsValidAndHoldsTheTextExactly() throws {
        let (temp, _) = try Self.build()
        let data = try Data(contentsOf: URL(fileURLWithPath: temp.path("Output/metrics.json")))
        let json = try JSONSerialization.jsonObject(with: data)
        var strings: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String { strings.append(text) }
            if let array = value as? [Any] { array.forEach(collect) }
            if let object = value as? [String: Any] {
                for key in object.keys { strings.append(key) }
                object.values.forEach(collect)
            }
        }
        collect(json)
        let title =
            "charter-title \"\u{301} onfocus=window.__pwned=1;document.title=1 autofocus tabindex=0 onmouseover="
        #expect(strings.contains { $0.hasPrefix(title) && $0.hasSuffix("<svg onload=window.__pwned=5> &#34;&amp;") })
        #expect(strings.contains { $0.hasPrefix("G1\"\u{301} onfocus=") })
    }

    @Test func anOverrideTemplateWithoutPragmaStillEscapes() throws {
        let theme = try TempContent()
        _ = try theme.write(
            "partials/chart.mustache",
            """
            <div aria-label="{{caption}}" title='{{summary}}'>{{{svg}}}</div>
            """)
        _ = try theme.write(
            "partnership.mustache",
            """
            {{% CONTENT_TYPE: TEXT}}
            <h1 title="{{title}}">{{title}}</h1><p data-x='{{extra.note}}'>{{#goals}}{{#trend}}{{>partials/chart}}{{/trend}}{{/goals}}</p>
            {{% CONTENT_TYPE: HTML}}<p title="{{title}}"></p>
            """)
        let (temp, outcome) = try Self.build(templates: theme.contentPath)
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics.printed)")
        let html = try String(contentsOfFile: temp.path("Output/partnerships/hostile-one/index.html"), encoding: .utf8)
        #expect(MarkupAudit.problems(in: html).isEmpty, "\(MarkupAudit.problems(in: html).prefix(3))")
        #expect(html.contains(#"<h1 title="charter-title &quot;\#u{301} onfocus=window"#))
        #expect(
            html.contains(
                #"data-x='charter-extra &quot;\#u{301} onfocus=window.__pwned=1;document.title=1 autofocus tabindex=0 onmouseover=window.__pwned=1 x=\#u{301}&quot;\#u{301} &#39;\#u{301} onmouseenter"#
            ))
        #expect(html.contains(#"<div aria-label="kpi-name &quot;\#u{301} onfocus=window"#))
        #expect(html.contains(#"<p title="charter-title &quot;\#u{301} onfocus=window"#))
    }
}
