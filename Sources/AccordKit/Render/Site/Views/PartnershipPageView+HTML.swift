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
        lines(rows) { row, html in
            html += "<tr><td>"
            escape(row.text, &html)
            html += "</td><td>"
            escape(row.owner, &html)
            html += "</td><td>"
            escape(row.party, &html)
            html += "</td><td class=\"num\">"
            escape(row.due, &html)
            html += "</td><td><span class=\"state "
            escape(row.stateClass, &html)
            html += "\">"
            escape(row.state, &html)
            html += "</span></td><td><a href=\""
            escape(row.href, &html)
            html += "\">"
            escape(row.source, &html)
            html += "</a></td></tr>"
        }
    }

    /// Issues as `partnership.mustache` listed them: one `<li>` a line.
    static func issuesHTML(_ rows: [IssueRow]) -> String {
        lines(rows) { row, html in
            html += "<li>"
            escape(row.text, &html)
            html += " <span class=\"meta\">raised "
            escape(row.raised, &html)
            html += " "
            escape(row.detail, &html)
            html += "</span> <span class=\"state "
            escape(row.stateClass, &html)
            html += "\">"
            escape(row.state, &html)
            html += "</span> <a class=\"source\" href=\""
            escape(row.href, &html)
            html += "\">"
            escape(row.source, &html)
            html += "</a></li>"
        }
    }

    /// The meeting timeline as `partnership.mustache` listed it: one `<li>` a line.
    static func meetingsHTML(_ rows: [MeetingRow]) -> String {
        lines(rows) { row, html in
            html += "<li><time datetime=\""
            escape(row.date, &html)
            html += "\">"
            escape(row.date, &html)
            html += "</time> <a href=\""
            escape(row.href, &html)
            html += "\">"
            escape(row.title, &html)
            html += "</a> <span class=\"kind\">"
            escape(row.kind, &html)
            html += "</span>"
            if !row.isCounted { html += " <span class=\"tag\">after the report date</span>" }
            html += " <span class=\"meta\">"
            escape(row.counts, &html)
            html += "</span></li>"
        }
    }

    /// A goal's readings as `partnership.mustache` listed them: `<li>` items on one line.
    static func readingsHTML(_ readings: [Reading]) -> String {
        var html = ""
        for reading in readings {
            html += "<li><a href=\""
            escape(reading.href, &html)
            html += "\">"
            escape(reading.date, &html)
            html += "</a>: "
            escape(reading.value, &html)
            html += "</li>"
        }
        return html
    }

    /// Items written one a line (no newline after the last).
    static func lines<Item>(_ items: [Item], _ write: (Item, inout String) -> Void) -> String {
        var html = ""
        for (index, item) in items.enumerated() {
            if index > 0 { html += "\n" }
            write(item, &html)
        }
        return html
    }

    /// Escapes a value as `partnership.mustache` does under its `ACCORD_HTML` pragma.
    static func escape(_ text: String, _ html: inout String) {
        HTMLEscaping.appendText(text, to: &html, apostrophe: true)
    }
}
