/// Helpers for the HTML that view models build in Swift in place of long template sections.
enum PageHTML {
    /// Items written one a line (no newline after the last), as a standalone Mustache section renders them.
    static func lines<Item>(_ items: [Item], _ write: (Item, inout String) -> Void) -> String {
        var html = ""
        for (index, item) in items.enumerated() {
            if index > 0 { html += "\n" }
            write(item, &html)
        }
        return html
    }

    /// Escapes a value as a page template does under its `ACCORD_HTML` pragma.
    static func escape(_ text: String, _ html: inout String) {
        HTMLEscaping.appendText(text, to: &html, apostrophe: true)
    }
}
