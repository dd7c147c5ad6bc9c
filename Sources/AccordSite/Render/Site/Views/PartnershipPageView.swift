import AccordCore
import AccordInput
import AccordMetrics

/// The view model of one partnership page: indices, metric cards, goals, parties, actions, the charter.
package struct PartnershipPageView: TemplateView {
    package struct PartyRow: TemplateView {
        package var name: String
        package var id: String
        package var role: String?
        package var lead: String?
        package var people: String
        package var signed: String
        package var isSigned: Bool
        package var presence: String
        package var attendances: Int
        package var actionsOwned: Int
        package var sayDo: String
        package var sayDoDetail: String
        package var trust: String
    }

    package struct IndexCard: TemplateView {
        package var name: String
        package var score: String
        package var band: String
        package var bandWord: String
        package var sparkline: ChartView
        package var anchor: String
    }

    package struct SourceLink: TemplateView {
        package var label: String
        package var href: String
    }

    package struct Input: TemplateView {
        package var text: String
        package var sources: [SourceLink]
        package var hasSources: Bool
    }

    package struct Figure: TemplateView {
        package var label: String
        package var value: String
    }

    package struct MetricCard: TemplateView {
        package var id: String
        package var name: String
        package var score: String
        package var band: String
        package var bandWord: String
        package var formula: String
        package var bounds: String
        package var reference: String
        package var inputs: [Input]
        /// `inputs` as the built-in metric card lists them (one `<li>` a line), built in Swift: a page has
        /// hundreds of inputs and sources, too many tiny items for Mustache sections.
        package var inputsHTML: String
        package var hasInputs: Bool
        package var noData: String?
        package var note: String?
        package var hasFigures: Bool
        package var figures: [Figure]
    }

    package struct GoalRow: TemplateView {
        package var id: String
        package var title: String
        package var owner: String
        package var weight: String
        package var kpi: String
        package var due: String
        package var status: String
        package var statusClass: String
        package var progress: String
        package var bar: ChartView
        package var trend: ChartView?
        package var readings: [Reading]
        package var hasReadings: Bool
        package var priorities: String
    }

    package struct Reading: TemplateView {
        package var date: String
        package var value: String
        package var href: String
    }

    package struct ActionRow: TemplateView {
        package var owner: String
        package var party: String
        package var text: String
        package var due: String
        package var state: String
        package var stateClass: String
        package var href: String
        package var source: String
        package var isUndated: Bool
    }

    package struct IssueRow: TemplateView {
        package var text: String
        package var raised: String
        package var state: String
        package var stateClass: String
        package var detail: String
        package var href: String
        package var source: String
    }

    package struct WinRow: TemplateView {
        package var text: String
        package var date: String
        package var href: String
    }

    package struct MeetingRow: TemplateView {
        package var date: String
        package var title: String
        package var kind: String
        package var isGovernance: Bool
        package var href: String
        package var counts: String
        package var isCounted: Bool
    }

    package struct Attention: TemplateView {
        package var message: String
        package var kind: String
        package var href: String?
        package var source: String
    }

    package var title: String
    package var status: String
    package var tier: String
    package var tierClass: String
    package var redFlags: [String]
    package var hasRedFlags = false
    package var start: String
    package var review: String
    package var cadence: String
    package var parties: [PartyRow]
    package var indices: [IndexCard]
    package var alignmentCards: [MetricCard]
    package var outcomeCards: [MetricCard]
    package var goals: [GoalRow]
    package var hasGoals = false
    package var attention: [Attention]
    package var hasAttention = false
    package var trustChart: ChartView?
    package var pulseChart: ChartView?
    package var participationChart: ChartView?
    package var openActions: [ActionRow]
    package var closedActions: [ActionRow]
    package var hasOpenActions = false
    package var hasClosedActions = false
    package var openActionCount: Int
    package var overdueActionCount: Int
    package var issues: [IssueRow]
    package var hasIssues = false
    package var wins: [WinRow]
    package var hasWins = false
    package var meetings: [MeetingRow]
    package var hasMeetings = false
    package var charter: String
    package var charterSource: String
    package var extra: Any?
    package var lifecycle: PartnershipLifecycleView
}

extension PartnershipPageView {
    /// Bands for an index use the portfolio tier bounds: ≥ 80 good, ≥ 60 watch, else concern.
    package static func indexBand(_ index: Double?) -> MetricBand {
        BandBounds(green: 80, amber: 60).band(for: index)
    }

    /// The inputs of a metric card as `partials/metric-card.mustache` rendered them item by item:
    /// `<li>text <span class="sources">(<a href="…">label</a> …)</span></li>`, one a line.
    package static func inputsHTML(_ inputs: [Input]) -> String {
        var html = ""
        for (index, input) in inputs.enumerated() {
            if index > 0 { html += "\n" }
            html += "<li>"
            Escape.appendAttribute(input.text, to: &html)
            if input.hasSources {
                html += " <span class=\"sources\">("
                for source in input.sources {
                    html += "<a href=\""
                    Escape.appendAttribute(source.href, to: &html)
                    html += "\">"
                    Escape.appendAttribute(source.label, to: &html)
                    html += "</a> "
                }
                html += ")</span>"
            }
            html += "</li>"
        }
        return html
    }

    /// A fragment safe for an id attribute.
    package static func idFragment(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(HeadingAnchors.isWordScalar(scalar) ? scalar : "-")
        }
        return out
    }
}
