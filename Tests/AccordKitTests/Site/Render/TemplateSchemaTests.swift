import Testing

@testable import AccordKit
@testable import AccordSite

/// The template keys are generated from the views (the TemplateKeys plugin); these tests prove that every
/// key of every built-in template resolves for every view kind, populated or not, and that the generated
/// schema is exactly the stored properties the compiler sees.
@Suite struct TemplateSchemaTests {
    /// The view type each page template is rendered with.
    static let pageViews = [
        "layout": "LayoutView", "index": "IndexPageView", "partnership": "PartnershipPageView",
        "meeting": "MeetingPageView", "actions": "ActionsPageView",
    ]

    @Test func everyPageTemplateHasAViewType() {
        #expect(Set(Self.pageViews.keys) == Set(Theme.pageTemplates))
        #expect(Self.pageViews.values.allSatisfy { TemplateSchema.views[$0] != nil })
    }

    @Test func everyKeyOfEveryBuiltInTemplateResolvesForEveryViewKind() {
        let walker = TemplateSchemaWalker(templates: TemplateKeyTests.templates, schema: TemplateSchema.views)
        var unresolved: [String] = []
        for (template, view) in Self.pageViews.sorted(by: { $0.key < $1.key }) {
            unresolved += walker.unresolved(template: template, view: view)
        }
        #expect(unresolved == [])
    }

    @Test func walkerReportsKeysInsideSectionsWhateverTheData() {
        let schema = [
            "Page": ["title": "String", "rows": "[Page.Row]", "chart": "Chart?", "hasRows": "Bool"],
            "Page.Row": ["name": "String", "tags": "[String]"],
            "Chart": ["svg": "String"],
        ]
        let templates = [
            "page":
                "{{title}}{{#rows}}{{name}}{{nmae}}{{#tags}}{{.}}{{/tags}}{{title}}{{/rows}}"
                + "{{#chart}}{{svg}}{{>part}}{{/chart}}{{^hasRows}}{{empty}}{{/hasRows}}{{#missing}}{{x}}{{/missing}}",
            "part": "{{svg}}{{caption}}",
        ]
        let walker = TemplateSchemaWalker(templates: templates, schema: schema)
        #expect(
            walker.unresolved(template: "page", view: "Page") == [
                "page: nmae (in Page.Row)", "part: caption (in Chart)", "page: empty (in Page)",
                "page: missing (in Page)",
            ])
    }

    @Test func generatedSchemaIsExactlyTheStoredPropertiesOfEveryView() throws {
        var seen: [String: Set<String>] = [:]
        func visit(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional, .collection:
                for child in mirror.children { visit(child.value) }
            case .struct:
                let name = String(reflecting: type(of: value)).split(separator: ".").dropFirst().joined(separator: ".")
                guard TemplateSchema.views[name] != nil, seen[name] == nil else { return }
                seen[name] = Set(mirror.children.compactMap(\.label))
                for child in mirror.children { visit(child.value) }
            default: return
            }
        }
        for (_, model) in try TemplateKeyTests.demoViews() { visit(model) }
        // Views the demo's joint build does not reach (git history, amendment rows, chart figures).
        visit(CharterHistoryView([CharterCommit(id: "a1", date: "2026-05-30", author: "Ann", subject: "s")]))
        visit(
            PartnershipLifecycleView.AmendmentRow(
                date: "2026-05-30", summary: "s", signatures: "both", status: "signed", href: nil, source: "x"))
        visit(PartnershipPageView.Figure(label: "l", value: "v"))
        // Reached only by the second pages view (the walk visits the first value of each type).
        visit(ActionsPageView.PageLink(number: 2, href: "actions/2.html", isCurrent: false))
        visit(ActionsPageView.PartyEntry(party: "p", count: 1, overdue: 0, href: "actions.html#party-p", pageNumber: 1))
        for (name, properties) in seen.sorted(by: { $0.key < $1.key }) {
            #expect(Set(TemplateSchema.views[name, default: [:]].keys) == properties, "\(name)")
        }
        // Every generated view is reached by the demo, so each one was compared.
        #expect(Set(seen.keys) == Set(TemplateSchema.views.keys))
    }

    @Test func generatedLookupServesEveryKeyOfTheSchema() throws {
        let model = try #require(TemplateKeyTests.demoViews().first { $0.template == "index" }?.model as? IndexPageView)
        #expect(model.child(named: "organisation") as? String == model.organisation)
        #expect((model.child(named: "rows") as? [IndexPageView.Row])?.count == model.rows.count)
        #expect(model.child(named: "nmae") == nil)
    }
}
