/// The long lists of a partnership page as HTML built in Swift, byte for byte what the built-in templates'
/// sections rendered item by item (Mustache spends microseconds on every key of every item). Lists in
/// `partnership.mustache` escape like its `ACCORD_HTML` pragma; lists in partials like swift-mustache.
extension PartnershipPageView {
    /// The inputs of a metric card as `partials/metric-card.mustache` rendered them item by item:
    /// `<li>text <span class="sources">(<a href="…">label</a> …)</span></li>`, one a line.
    static func inputsHTML(_ inputs: [Input]) -> String {
        var html = ""
        for (index, input) in inputs.enumerated() {
            if index > 0 { html += "\n" }
            html += "<li>"
            HTMLEscaping.appendMustacheText(input.text, to: &html)
            if input.hasSources {
                html += " <span class=\"sources\">("
                for source in input.sources {
                    html += "<a href=\""
                    HTMLEscaping.appendMustacheText(source.href, to: &html)
                    html += "\">"
                    HTMLEscaping.appendMustacheText(source.label, to: &html)
                    html += "</a> "
                }
                html += ")</span>"
            }
            html += "</li>"
        }
        return html
    }

    /// Open or done actions as `partnership.mustache` rendered them: one `<tr>` a line.
    static func actionRowsHTML(_ rows: [ActionRow]) -> String {
        PageHTML.lines(rows) { row, html in
            html += "<tr><td>"
            PageHTML.escape(row.text, &html)
            html += "</td><td>"
            PageHTML.escape(row.owner, &html)
            html += "</td><td>"
            PageHTML.escape(row.party, &html)
            html += "</td><td class=\"num\">"
            PageHTML.escape(row.due, &html)
            html += "</td><td><span class=\"state "
            PageHTML.escape(row.stateClass, &html)
            html += "\">"
            PageHTML.escape(row.state, &html)
            html += "</span></td><td><a href=\""
            PageHTML.escape(row.href, &html)
            html += "\">"
            PageHTML.escape(row.source, &html)
            html += "</a></td></tr>"
        }
    }

    /// Issues as `partnership.mustache` listed them: one `<li>` a line.
    static func issuesHTML(_ rows: [IssueRow]) -> String {
        PageHTML.lines(rows) { row, html in
            html += "<li>"
            PageHTML.escape(row.text, &html)
            html += " <span class=\"meta\">raised "
            PageHTML.escape(row.raised, &html)
            html += " "
            PageHTML.escape(row.detail, &html)
            html += "</span> <span class=\"state "
            PageHTML.escape(row.stateClass, &html)
            html += "\">"
            PageHTML.escape(row.state, &html)
            html += "</span> <a class=\"source\" href=\""
            PageHTML.escape(row.href, &html)
            html += "\">"
            PageHTML.escape(row.source, &html)
            html += "</a></li>"
        }
    }

    /// The meeting timeline as `partnership.mustache` listed it: one `<li>` a line.
    static func meetingsHTML(_ rows: [MeetingRow]) -> String {
        PageHTML.lines(rows) { row, html in
            html += "<li><time datetime=\""
            PageHTML.escape(row.date, &html)
            html += "\">"
            PageHTML.escape(row.date, &html)
            html += "</time> <a href=\""
            PageHTML.escape(row.href, &html)
            html += "\">"
            PageHTML.escape(row.title, &html)
            html += "</a> <span class=\"kind\">"
            PageHTML.escape(row.kind, &html)
            html += "</span>"
            if !row.isCounted { html += " <span class=\"tag\">after the report date</span>" }
            html += " <span class=\"meta\">"
            PageHTML.escape(row.counts, &html)
            html += "</span></li>"
        }
    }

    /// A goal's readings as `partnership.mustache` listed them: `<li>` items on one line.
    static func readingsHTML(_ readings: [Reading]) -> String {
        var html = ""
        for reading in readings {
            html += "<li><a href=\""
            PageHTML.escape(reading.href, &html)
            html += "\">"
            PageHTML.escape(reading.date, &html)
            html += "</a>: "
            PageHTML.escape(reading.value, &html)
            html += "</li>"
        }
        return html
    }
}
