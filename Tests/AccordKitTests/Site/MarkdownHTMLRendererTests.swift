import Testing

@testable import AccordKit

/// Markdown to HTML: safe mode, task items, anchors, heading ids, and links between notes.
@Suite struct MarkdownHTMLRendererTests {
    static let source = """
        # Title

        Para with <span class="x">inline</span> and [js](javascript:alert(1)) and [ok](https://example.com/a?b=1&c=2).

        <div onclick="steal()">block</div>

        - [ ] open task
        - [x] done task
        - [X] upper-case done
        - plain

        """

    static func html(_ markdown: String, unsafe: Bool = false, lineOffset: Int = 0) -> String {
        MarkdownHTMLRenderer(allowsRawHTML: unsafe).render(CmarkParser.parse(markdown, lineOffset: lineOffset))
    }

    @Test func safeModeDropsRawHTMLAndEmptiesJavascriptLinks() {
        #expect(
            Self.html(Self.source) == """
                <h1 id="title">Title</h1>
                <p>Para with <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> and <a href="">js</a> and <a href="https://example.com/a?b=1&amp;c=2">ok</a>.</p>
                <!-- raw HTML omitted -->
                <ul>
                <li id="L7" class="task task-open"><input type="checkbox" disabled="" aria-label="open" /> open task</li>
                <li id="L8" class="task task-done"><input type="checkbox" disabled="" checked="" aria-label="done" /> done task</li>
                <li id="L9" class="task task-done"><input type="checkbox" disabled="" checked="" aria-label="done" /> upper-case done</li>
                <li id="L10">plain</li>
                </ul>

                """)
    }

    @Test func unsafeHTMLLetsRawHTMLThroughButKeepsTheURLAllowlist() {
        let html = Self.html(Self.source, unsafe: true)
        #expect(html.contains(#"<p>Para with <span class="x">inline</span> and <a href="">js</a>"#))
        #expect(html.contains("\n<div onclick=\"steal()\">block</div>\n<ul>\n"))
        #expect(!html.contains("raw HTML omitted"))
    }

    @Test func otherDangerousURLsAreEmptiedInSafeMode() {
        #expect(
            Self.html("[a](JavaScript:x) [b]( vbscript:x) [c](file:///etc/passwd) [d](data:text/html,x)\n")
                == #"<p><a href="">a</a> <a href="">b</a> <a href="">c</a> <a href="">d</a></p>"# + "\n")
        #expect(
            Self.html("![chart](data:image/png;base64,AAAA \"T\")\n")
                == #"<p><img src="" alt="chart" title="T" /></p>"# + "\n")
        #expect(Self.html("![x](data:image/svg+xml,<svg>)\n") == "<p><img src=\"\" alt=\"x\" /></p>\n")
    }

    @Test func taskItemsAreNeverLiteralBrackets() {
        let html = Self.html("- [ ] a\n\n- [x] b\n  - [ ] nested\n- [ ]\n")
        #expect(!html.contains("[ ]"))
        #expect(!html.contains("[x]"))
        #expect(
            html == """
                <ul>
                <li id="L1" class="task task-open"><input type="checkbox" disabled="" aria-label="open" /> <p>a</p>
                </li>
                <li id="L3" class="task task-done"><input type="checkbox" disabled="" checked="" aria-label="done" /> <p>b</p>
                <ul>
                <li id="L4" class="task task-open"><input type="checkbox" disabled="" aria-label="open" /> nested</li>
                </ul>
                </li>
                <li id="L5" class="task task-open"><input type="checkbox" disabled="" aria-label="open" /> <p></p>
                </li>
                </ul>

                """)
    }

    @Test func listItemAnchorsUseFileLinesAndStayUnique() {
        // Body starts after a 4-line front matter.
        #expect(
            Self.html("## Actions\n- a\n  - b\n1. c\n", lineOffset: 4) == """
                <h2 id="actions">Actions</h2>
                <ul>
                <li id="L6">a
                <ul>
                <li id="L7">b</li>
                </ul>
                </li>
                </ul>
                <ol>
                <li id="L8">c</li>
                </ol>

                """)
        // Two items that start on the same line: only the first gets the anchor.
        #expect(Self.html("- - x\n") == "<ul>\n<li id=\"L1\">\n<ul>\n<li>x</li>\n</ul>\n</li>\n</ul>\n")
        #expect(Self.html("3. a\n4. b\n") == "<ol start=\"3\">\n<li id=\"L1\">a</li>\n<li id=\"L2\">b</li>\n</ol>\n")
    }

    @Test func headingIDsAreSlugsAndUnique() {
        #expect(
            Self.html("## Actions\n## Actions\n### Q&A — 2026!\n## *Next* `steps`\n# \n") == """
                <h2 id="actions">Actions</h2>
                <h2 id="actions-1">Actions</h2>
                <h3 id="qa--2026">Q&amp;A — 2026!</h3>
                <h2 id="next-steps"><em>Next</em> <code>steps</code></h2>
                <h1 id="section"></h1>

                """)
        #expect(MarkdownHTMLRenderer.headingID("Value for each party") == "value-for-each-party")
        #expect(MarkdownHTMLRenderer.headingID("Ärger & Übergabe") == "ärger--übergabe")
    }

    @Test func escapingLikeCmark() {
        #expect(
            Self.html("```swift\nlet a = \"<b>\" & 1\n```\n\n> q *e* **s** `c<`\\\nnext\n") == """
                <pre><code class="language-swift">let a = &quot;&lt;b&gt;&quot; &amp; 1
                </code></pre>
                <blockquote>
                <p>q <em>e</em> <strong>s</strong> <code>c&lt;</code><br />
                next</p>
                </blockquote>

                """)
        #expect(
            Self.html("[a](x.html \"T\\\"q\") [b](<a b.html>) ![i *j*](p.png)\n")
                == #"<p><a href="x.html" title="T&quot;q">a</a> <a href="a%20b.html">b</a> <img src="p.png" alt="i j" /></p>"#
                + "\n")
        #expect(Self.html("---\n") == "<hr />\n")
    }

    @Test func smartPunctuationIsRendered() {
        #expect(Self.html("\"Hi\" -- it's --- done...\n") == "<p>“Hi” – it’s — done…</p>\n")
    }

    // MARK: Links between notes (LinkMap through SiteRenderer)

    @Test func linksToNotesAndTheCharterAreRewritten() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-02-12-steering.md", "---\ndate: 2026-02-12\n---\n## Actions\n")
        try content.writeNote("my note.md", "---\ndate: 2026-02-20\n---\n")
        try content.writeNote(
            "2025/03-12.md",
            """
            ---
            date: 2025-03-12
            ---
            [a](../2026-02-12-steering.md#actions) [b](../../charter.md) [c](../my%20note.md) [d](03-12.md#L5)
            [e](missing.md) [f](https://example.com/x.md) [g](#local) [h](../../../../../etc/x.md) [i](mailto:a@b.c)
            [j](../board.png) [k](../../charter.md#goals)
            """)
        var bag = DiagnosticBag()
        let (inventory, _) = try content.load()
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &bag)
        #expect(bag.all.isEmpty)
        let note = try #require(portfolio.partnerships.first?.meetings.first { $0.path.hasSuffix("2025/03-12.md") })
        #expect(note.pagePath == "partnerships/acme-globex/meetings/2025/03-12.html")
        let renderer = SiteRenderer(theme: try Theme.load())
        let html = renderer.markdown(
            note.document, source: note.path, page: note.pagePath, links: LinkMap(portfolio: portfolio),
            diagnostics: &bag)
        #expect(
            html == """
                <p><a href="../2026-02-12-steering.html#actions">a</a> <a href="../../index.html">b</a> <a href="../my%20note.html">c</a> <a href="03-12.html#L5">d</a>
                <a href="missing.md">e</a> <a href="https://example.com/x.md">f</a> <a href="#local">g</a> <a href="../../../../../etc/x.md">h</a> <a href="mailto:a@b.c">i</a>
                <a href="../board.png">j</a> <a href="../../index.html#goals">k</a></p>

                """)
        #expect(
            bag.all == [
                .warning(
                    SourceLocation(path: "partnerships/acme-globex/meetings/2025/03-12.md"),
                    "link to 'missing.md' points to no note or charter",
                    hint: "check the file name; links between notes use paths relative to the note")
            ])
    }

    @Test func charterLinkFromATopLevelNote() throws {
        let content = try TempContent()
        try content.writeCharter(body: "\nSee [kick-off](meetings/2026-01-05.md#decisions).\n")
        try content.writeNote(
            "2026-01-05.md",
            "---\ndate: 2026-01-05\n---\nBack to [the charter](../charter.md) and [other.md](other.md#x).\n")
        try content.writeNote("other.md", "---\ndate: 2026-01-06\n---\n")
        var bag = DiagnosticBag()
        let (inventory, _) = try content.load()
        let portfolio = PortfolioParser.parse(inventory, diagnostics: &bag)
        let links = LinkMap(portfolio: portfolio)
        let partnership = try #require(portfolio.partnerships.first)
        let renderer = SiteRenderer(theme: try Theme.load())
        let note = partnership.meetings[0]
        #expect(
            renderer.markdown(
                note.document, source: note.path, page: note.pagePath, links: links, diagnostics: &bag)
                == #"<p>Back to <a href="../index.html">the charter</a> and <a href="other.html#x">other.md</a>.</p>"#
                + "\n")
        let charterHTML = renderer.markdown(
            partnership.charter.document, source: partnership.charter.path,
            page: partnership.pagePath, links: links, diagnostics: &bag)
        #expect(charterHTML.contains(#"<p>See <a href="meetings/2026-01-05.html#decisions">kick-off</a>.</p>"#))
        #expect(bag.all.isEmpty)
    }

    @Test func sitePathsLinksAreRelative() {
        #expect(
            SitePaths.link(from: "partnerships/a/meetings/2025/x.html", to: "index.html") == "../../../../index.html")
        #expect(
            SitePaths.link(from: "partnerships/a/meetings/x.html", to: "partnerships/a/index.html") == "../index.html")
        #expect(
            SitePaths.link(from: "index.html", to: "partnerships/a b/index.html") == "partnerships/a%20b/index.html")
        #expect(SitePaths.link(from: "actions.html", to: "actions.html") == "actions.html")
        #expect(SitePaths.root(of: "partnerships/a/index.html") == "../../")
        #expect(SitePaths.resolve("../../x.md", against: "partnerships/a/charter.md") == "x.md")
        #expect(SitePaths.resolve("../../../x.md", against: "partnerships/a/charter.md") == nil)
        #expect(SitePaths.resolve("/abs.md", against: "partnerships/a/charter.md") == nil)
    }
}
