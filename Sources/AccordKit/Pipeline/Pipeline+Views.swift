import AccordCore
import AccordInput
import AccordMetrics
import AccordSite
import Foundation
import Synchronization

/// Views in the pipeline: the view a run builds, the check of every view's redaction, and how leaks are told.
extension Pipeline {
    /// Why `view` cannot be built (exit 2): no charter has the party; nil when it can.
    package static func unknownView(_ view: PortfolioView, in portfolio: Portfolio) -> String? {
        guard case .party(let id) = view else { return nil }
        let ids = portfolio.partyIDs
        if ids.contains(id) { return nil }
        let suggestion = EditDistance.suggestion(for: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
        return "--view '\(id)': no charter has a party with that id\(suggestion); views: joint"
            + (ids.isEmpty ? "" : ", " + ids.joined(separator: ", "))
    }

    /// The views `check` renders in memory and checks: the joint view and every party with private content (a
    /// party without any sees exactly the joint content, so its check is the joint one's).
    package static func viewsToCheck(_ portfolio: Portfolio) -> [PortfolioView] {
        guard portfolio.hasPrivateContent else { return [] }
        return [.joint] + portfolio.partiesWithPrivateContent.map { .party($0) }
    }

    /// `check`: every view measured and rendered in memory, its output searched for its left-out lines.
    /// Leaks are reported as errors; true when there was one.
    package static func checkRedaction(
        _ portfolio: Portfolio, assets: [AssetFile], asOf: Day, renderer: SiteRenderer,
        diagnostics: inout DiagnosticBag
    ) -> Bool {
        var leaked = false
        for view in viewsToCheck(portfolio) {
            let cut = portfolio.cut(to: view)
            let check = LeakCheck(cut)
            guard !check.isEmpty else { continue }
            var viewRenderer = renderer
            viewRenderer.view = view
            let found = LeakCollector()
            var dropped = DiagnosticBag()
            try? viewRenderer.render(
                cut.portfolio, metrics: MetricsEngine.measure(cut.portfolio, asOf: asOf),
                assets: viewAssets(assets, cut), diagnostics: &dropped
            ) { files in
                found.add(check.leaks(in: files))
            }
            if !found.leaks.isEmpty {
                leaked = true
                report(found.leaks, view: view, diagnostics: &diagnostics)
            }
        }
        return leaked
    }

    /// The files a view copies: all but the partnership files only its left-out content links to.
    package static func viewAssets(_ assets: [AssetFile], _ cut: ViewCut) -> [AssetFile] {
        cut.hiddenAssets.isEmpty ? assets : assets.filter { !cut.hiddenAssets.contains($0.sourcePath) }
    }

    /// One error at each leaked private line, naming the first file (by path) that holds it and how many others
    /// do. The line's text is not printed: CI logs may be read by every party.
    package static func report(_ leaks: [Leak], view: PortfolioView, diagnostics: inout DiagnosticBag) {
        var files: [PrivateText: Set<String>] = [:]
        for leak in leaks { files[leak.text, default: []].insert(leak.file) }
        for (text, paths) in files.sorted(by: { $0.key.location < $1.key.location }) {
            let owner: String
            switch text.visibility {
            case .privateTo(let id): owner = "private to '\(id)'"
            default: owner = "private"
            }
            let sorted = paths.sorted()
            let others =
                sorted.count == 1 ? "" : " (and \(sorted.count - 1) other \(sorted.count == 2 ? "file" : "files"))"
            diagnostics.error(
                text.location, "this line is \(owner) but is in '\(sorted[0])'\(others) of the \(viewName(view))",
                hint: "the redaction check found it in the output; look for it in a template override, "
                    + "a static file or a copied file")
        }
    }

    /// "joint view" or "view of 'acme'".
    package static func viewName(_ view: PortfolioView) -> String {
        switch view {
        case .joint: "joint view"
        case .party(let id): "view of '\(id)'"
        }
    }

    /// The failure sentence of a view whose output leaks.
    package static func leakFailure(_ count: Int, view: PortfolioView, wrote: Bool) -> String {
        "redaction failure: the \(viewName(view)) would publish \(count) private \(count == 1 ? "line" : "lines")"
            + (wrote ? "; nothing was written, the previous output stays" : "")
    }
}

/// Collects leaks from the renderer's threads.
package final class LeakCollector: Sendable {
    private let found = Mutex<[Leak]>([])

    package func add(_ leaks: [Leak]) {
        guard !leaks.isEmpty else { return }
        found.withLock { $0 += leaks }
    }

    package var leaks: [Leak] { found.withLock { $0 } }

    package var isEmpty: Bool { found.withLock { $0.isEmpty } }
}

extension Pipeline.Outcome {
    /// "wrote 96 files to Output", and how much of it the previous build had already written.
    public func writtenSummary(_ output: String) -> String {
        var text = "wrote \(filesWritten) files to \(output)"
        if filesUnchanged > 0 { text += ", \(filesUnchanged) of them unchanged since the previous build" }
        if partnershipsReused > 0 { text += ", \(partnershipsReused) partnerships not rebuilt" }
        return text
    }
}
