import AccordCore

/// Renders a `MarkdownDocument` to HTML: CommonMark output like cmark's, plus safe mode,
/// links between notes rewritten to their pages, heading ids, `id="L<line>"` anchors on list items
/// and disabled checkboxes for task items.
public struct MarkdownHTMLRenderer {
    /// Lets raw HTML through (`--unsafe-html`); otherwise it is replaced by a comment.
    public var allowsRawHTML: Bool
    /// Rewrites a link destination (e.g. `other.md#x` → `other.html#x`); nil keeps it.
    public var rewriteLink: @Sendable (String) -> String?

    /// A renderer.
    public init(allowsRawHTML: Bool = false, rewriteLink: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.allowsRawHTML = allowsRawHTML
        self.rewriteLink = rewriteLink
    }

    /// The HTML of a whole document.
    public func render(_ document: MarkdownDocument) -> String {
        var state = State()
        state.out.reserveCapacity(4096)
        for block in document.blocks { render(block, tight: false, state: &state) }
        return state.out
    }

    /// The HTML of some inlines (e.g. a list item's first paragraph), without a wrapping element.
    public func render(inlines: [MarkdownInline]) -> String {
        var state = State()
        render(inlines, state: &state)
        return state.out
    }

    package struct State {
        package var out = ""
        package var usedIDs = Set<String>()
        /// The heading ids given so far (lower-case, so never equal to an `L<line>` anchor).
        package var headings = HeadingAnchors()
    }

    package static let rawHTMLOmitted = "<!-- raw HTML omitted -->"

    package func render(_ block: MarkdownBlock, tight: Bool, state: inout State) {
        switch block {
        case .paragraph(let inlines, _):
            if tight {
                render(inlines, state: &state)
            } else {
                state.out += "<p>"
                render(inlines, state: &state)
                state.out += "</p>\n"
            }
        case .heading(let level, let inlines, _):
            let id = state.headings.next(for: inlines.plainText)
            state.out += "<h\(level) id=\"\(id)\">"
            render(inlines, state: &state)
            state.out += "</h\(level)>\n"
        case .blockQuote(let blocks, _):
            state.out += "<blockquote>\n"
            for child in blocks { render(child, tight: false, state: &state) }
            state.out += "</blockquote>\n"
        case .list(let list, _):
            renderList(list, state: &state)
        case .codeBlock(let info, let literal, _):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            state.out +=
                language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(Escape.attribute(language))\">"
            Escape.appendHTML(literal, to: &state.out)
            state.out += "</code></pre>\n"
        case .html(let literal, _):
            state.out += allowsRawHTML ? literal : Self.rawHTMLOmitted + "\n"
        case .thematicBreak:
            state.out += "<hr />\n"
        case .table(let table, let line):
            renderTable(table, line: line, state: &state)
        }
    }

    /// A pipe table as an accessible table: column headers with `scope`, alignment as a style (the
    /// `align` attribute is obsolete), rows anchored at their lines, inside a focusable region that
    /// scrolls sideways when the table is wider than the page.
    package func renderTable(_ table: MarkdownTable, line: Int, state: inout State) {
        func cell(_ tag: String, _ inlines: [MarkdownInline], column: Int) {
            state.out += "<" + tag
            if tag == "th" { state.out += " scope=\"col\"" }
            if let alignment = table.alignments[column] { state.out += " style=\"text-align: \(alignment.rawValue)\"" }
            state.out += ">"
            render(inlines, state: &state)
            state.out += "</\(tag)>\n"
        }
        func anchor(_ line: Int) {
            let id = "L\(line)"
            if state.usedIDs.insert(id).inserted { state.out += " id=\"\(id)\"" }
        }
        let label = table.header.map(\.plainText).filter { !$0.isEmpty }.joined(separator: ", ")
        state.out += "<div class=\"table-scroll md-table\" tabindex=\"0\" role=\"region\" aria-label=\""
        Escape.appendAttribute("Table: " + label, to: &state.out)
        state.out += "\">\n<table>\n<thead>\n<tr"
        anchor(line)
        state.out += ">\n"
        for (column, inlines) in table.header.enumerated() { cell("th", inlines, column: column) }
        state.out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            state.out += "<tbody>\n"
            for (row, cells) in zip(table.rowLines, table.rows) {
                state.out += "<tr"
                anchor(row)
                state.out += ">\n"
                for (column, inlines) in cells.enumerated() { cell("td", inlines, column: column) }
                state.out += "</tr>\n"
            }
            state.out += "</tbody>\n"
        }
        state.out += "</table>\n</div>\n"
    }

    package func renderList(_ list: MarkdownList, state: inout State) {
        if list.isOrdered {
            state.out += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
        } else {
            state.out += "<ul>\n"
        }
        for item in list.items {
            state.out += "<li"
            let anchor = "L\(item.line)"
            if !state.usedIDs.contains(anchor) {
                state.usedIDs.insert(anchor)
                state.out += " id=\"\(anchor)\""
            }
            if let task = item.task {
                state.out += task == .done ? " class=\"task task-done\">" : " class=\"task task-open\">"
                state.out +=
                    task == .done
                    ? "<input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"done\" /> "
                    : "<input type=\"checkbox\" disabled=\"\" aria-label=\"open\" /> "
            } else {
                state.out += ">"
            }
            for (index, child) in item.blocks.enumerated() {
                if list.isTight, case .paragraph = child {
                    render(child, tight: true, state: &state)
                    if index + 1 < item.blocks.count { state.out += "\n" }
                } else {
                    if index == 0 && item.task == nil { state.out += "\n" }
                    render(child, tight: false, state: &state)
                }
            }
            state.out += "</li>\n"
        }
        state.out += list.isOrdered ? "</ol>\n" : "</ul>\n"
    }

    package func render(_ inlines: [MarkdownInline], state: inout State) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                Escape.appendHTML(text, to: &state.out)
            case .softBreak:
                state.out += "\n"
            case .lineBreak:
                state.out += "<br />\n"
            case .code(let code):
                state.out += "<code>"
                Escape.appendHTML(code, to: &state.out)
                state.out += "</code>"
            case .html(let literal):
                state.out += allowsRawHTML ? literal : Self.rawHTMLOmitted
            case .emphasis(let children):
                state.out += "<em>"
                render(children, state: &state)
                state.out += "</em>"
            case .strong(let children):
                state.out += "<strong>"
                render(children, state: &state)
                state.out += "</strong>"
            case .link(let destination, let title, let children):
                state.out += "<a href=\"" + Escape.encodedURL(resolve(destination)) + "\""
                if !title.isEmpty { state.out += " title=\"" + Escape.attribute(title) + "\"" }
                state.out += ">"
                render(children, state: &state)
                state.out += "</a>"
            case .image(let source, let title, let children):
                state.out += "<img src=\"" + Escape.encodedURL(resolve(source)) + "\" alt=\""
                Escape.appendAttribute(children.plainText, to: &state.out)
                state.out += "\""
                if !title.isEmpty { state.out += " title=\"" + Escape.attribute(title) + "\"" }
                state.out += " />"
            }
        }
    }

    package func resolve(_ destination: String) -> String {
        // The allowlist holds with `--unsafe-html` too: raw HTML passes, Markdown links stay checked.
        guard URLPolicy.allows(destination) else { return "" }
        return rewriteLink(destination) ?? destination
    }

    /// GitHub-style heading id (`HeadingAnchors.slug`).
    public static func headingID(_ text: String) -> String { HeadingAnchors.slug(text) }
}
