import AccordCore
import AccordInput
import AccordMetrics
import AccordSite
import Foundation

/// `accord diff BASE [HEAD]`: the content folder at two revisions (HEAD: the work tree when not given), each
/// measured at the report date HEAD's content resolves to, compared.
public enum ContentDiff {
    /// The result of a diff: the changes, plus the diagnostics counts of each side (for a warning).
    public struct Outcome: Sendable {
        /// What changed.
        public var diff: PortfolioDiff
        /// Errors in the base's content (its figures may be incomplete).
        public var baseErrors: Int
        /// Errors in the head's content.
        public var headErrors: Int
    }

    /// Runs the diff; `options` name the content folder (in the work tree), drafts and the report date flags.
    public static func run(_ options: BuildOptions, base: String, head: String?)
        throws(GitContentExport.Failure) -> Outcome
    {
        let repository = try GitContentExport(contentPath: options.contentPath)
        let baseCommit = try repository.commit(base)
        let headCommit = try head.map { (revision: String) throws(GitContentExport.Failure) in
            try repository.commit(revision)
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-diff-\(UUID().uuidString)", isDirectory: true).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var headOptions = options
        if let headCommit {
            headOptions.contentPath = scratch + "/head"
            try repository.export(headCommit, into: headOptions.contentPath)
        }
        var baseOptions = options
        baseOptions.contentPath = scratch + "/base"
        try repository.export(baseCommit, into: baseOptions.contentPath)

        let headRun = Pipeline.run(headOptions, mode: .measure)
        guard let reportDate = headRun.reportDate, let headMetrics = headRun.metrics else {
            throw GitContentExport.Failure(
                exitCode: 3, description: headRun.failure ?? "the head content cannot be read")
        }
        baseOptions.asOf = reportDate
        let baseRun = Pipeline.run(baseOptions, mode: .measure)
        let baseMetrics =
            baseRun.metrics
            ?? PortfolioMetrics(
                asOf: reportDate, partnerships: [], tierDistribution: [])
        let diff = PortfolioDiff.compare(
            base: baseMetrics, head: headMetrics, baseName: base,
            headName: head ?? PortfolioDiff.workTree)
        func errors(_ run: Pipeline.Outcome) -> Int { run.diagnostics.filter { $0.severity == .error }.count }
        return Outcome(diff: diff, baseErrors: errors(baseRun), headErrors: errors(headRun))
    }
}
