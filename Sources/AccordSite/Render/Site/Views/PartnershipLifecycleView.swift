import AccordCore
import AccordMetrics
import Mustache

/// The lifecycle part of a partnership page (v1.2): warning signs, the exit decision and the amendments, newest
/// first, with who signed each and when.
package struct PartnershipLifecycleView: TemplateView {
    package struct AmendmentRow: TemplateView {
        package var date: String
        package var summary: String
        package var signatures: String
        package var status: String
        package var href: String?
        package var source: String
    }

    package var warnings: [String]
    package var hasWarnings = false
    package var exit: String?
    package var exitReason: String?
    package var amendments: [AmendmentRow]
    package var hasAmendments = false
    package var currentTerms: String
    package var history: CharterHistoryView?
}

extension PartnershipLifecycleView {
    /// The lifecycle of a partnership at the report date.
    package init(charter: Charter, metrics: PartnershipMetrics, linker: SourceLinker) {
        warnings = metrics.warnings.map(\.message)
        let asOf = metrics.asOf
        func signatures(_ list: [Signature]) -> String {
            charter.parties.map { party in
                guard let signature = list.first(where: { $0.party == party.id }) else {
                    return "\(party.name) not signed"
                }
                return signature.date <= asOf
                    ? "\(party.name) signed \(signature.date)"
                    : "\(party.name) signs \(signature.date), after the report date"
            }.joined(separator: " · ")
        }
        let current = CurrentTerms(charter: charter, asOf: asOf).amendment
        amendments = charter.amendments.sorted { ($0.date, $0.order) > ($1.date, $1.order) }.map { amendment in
            let status =
                amendment == current ? "current terms" : amendment.date > asOf ? "not yet in force" : "superseded"
            return AmendmentRow(
                date: amendment.date.description, summary: amendment.summary ?? "Amendment",
                signatures: signatures(amendment.signatures), status: status,
                href: linker.href(amendment.location), source: SourceLinker.label(amendment.location))
        }
        currentTerms =
            current.map { "The current terms are the amendment of \($0.date)." }
            ?? (charter.amendments.isEmpty
                ? "The current terms are the charter." : "The current terms are the original charter.")
        if let decision = charter.exit {
            var text = "Exit decided \(decision.decided)"
            text += decision.effective.map { ", effective \($0)" } ?? ", no effective date set"
            if metrics.tier == .exiting, let days = metrics.exitDaysLeft {
                text +=
                    days > 0
                    ? " (\(NumberText.days(days)) left)"
                    : days == 0
                        ? " (ends today)"
                        : " (took effect \(NumberText.days(-days)) ago: set status: ended)"
            } else if decision.decided > asOf {
                text += " (not yet decided at the report date)"
            }
            exit = text + "."
            exitReason = decision.reason
        } else {
            exit = nil
            exitReason = nil
        }
        hasWarnings = !warnings.isEmpty
        hasAmendments = !amendments.isEmpty
        history = nil
    }
}
