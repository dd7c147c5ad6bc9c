import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// The health gates of `accord.yml`: exact diagnostics for each gate and for bad keys, exit statuses 0, 1
/// and 4, and `build` against `build --gates`. The portfolio is the second commit of `TwoCommitPortfolio`:
/// `acme-globex` at risk (alignment 93.1, outcome 53.9, red flag low-trust, signs trust-falling and trust-gap),
/// `beta-gamma` at risk (alignment 95.0, outcome 0.0, red flag meeting-overdue).
@Suite struct HealthGateTests {
    static func portfolio(gates: String, betaStatus: String = "active") throws -> TempContent {
        let temp = try TempContent()
        try temp.write("accord.yml", "title: Test portfolio\ngates:\n" + gates)
        try temp.write(
            "partnerships/acme-globex/charter.md",
            TwoCommitPortfolio.charter(title: "Acme × Globex", review: "2027-02-15"))
        try temp.write(
            "partnerships/acme-globex/meetings/2026-05-15-steering.md",
            TwoCommitPortfolio.note(
                date: "2026-05-15", number: 5, acmeTrust: 4, reading: 18,
                runbook: "- [ ] Raj Patel: draft the joint runbook (due 2026-05-20)"))
        try temp.write(
            "partnerships/acme-globex/meetings/2026-05-29-steering.md",
            TwoCommitPortfolio.note(
                date: "2026-05-29", number: 6, acmeTrust: 2, reading: 29,
                runbook: "- [x] Raj Patel: draft the joint runbook (due 2026-05-20, done 2026-05-19)"))
        try temp.write(
            "partnerships/beta-gamma/charter.md",
            TwoCommitPortfolio.charter(title: "Beta & Gamma", review: "2027-01-15")
                .replacingOccurrences(of: "status: active", with: "status: \(betaStatus)"))
        return temp
    }

    static let acme = "partnerships/acme-globex/charter.md:1:1"
    static let beta = "partnerships/beta-gamma/charter.md:1:1"

    static func lines(_ outcome: Pipeline.Outcome) -> [String] {
        outcome.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func failOnTierNamesTheTier() throws {
        let outcome = try Self.portfolio(gates: "  fail_on_tier: [marginal, at-risk]\n").check()
        #expect(outcome.exitCode == 4)
        #expect(
            Self.lines(outcome) == [
                "\(Self.acme): error: health gate 'fail_on_tier' failed: the tier is at-risk",
                "\(Self.beta): error: health gate 'fail_on_tier' failed: the tier is at-risk",
            ])
        #expect(outcome.diagnostics.first?.hint == "the gate is set under 'gates:' in accord.yml")
        #expect(outcome.diagnostics.first?.title == "Accord health gate fail_on_tier")
        #expect(outcome.gateFailures.map(\.slug) == ["beta-gamma", "acme-globex"])  // the attention order
    }

    @Test func failOnRedFlagsTakesFlagsAndWarningSigns() throws {
        let outcome = try Self.portfolio(gates: "  fail_on_red_flags: [trust-gap, low-trust, unsigned]\n").check()
        #expect(outcome.exitCode == 4)
        #expect(
            Self.lines(outcome) == [
                "\(Self.acme): error: health gate 'fail_on_red_flags' failed: red flag 'low-trust' is raised "
                    + "(Acme Corp's trust 2.0)",
                "\(Self.acme): error: health gate 'fail_on_red_flags' failed: warning sign 'trust-gap' is raised "
                    + "(trust gap 2.0 (Globex Services 4.0, Acme Corp 2.0))",
            ])
    }

    @Test func indexFloorsNameTheFigure() throws {
        let outcome = try Self.portfolio(gates: "  min_alignment: 94\n  min_outcome: 50\n").check()
        #expect(outcome.exitCode == 4)
        #expect(
            Self.lines(outcome) == [
                "\(Self.acme): error: health gate 'min_alignment' failed: the alignment index is 93.1, below 94",
                "\(Self.beta): error: health gate 'min_outcome' failed: the outcome index is 0.0, below 50",
            ])
    }

    @Test func anIndexAtTheFloorAsShownPasses() throws {
        let outcome = try Self.portfolio(gates: "  min_alignment: 93.1\n  min_outcome: 0\n").check()
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.exitCode == 0)
    }

    @Test func draftAndEndedPartnershipsAreNotGated() throws {
        for status in ["draft", "ended"] {
            let outcome = try Self.portfolio(
                gates: "  fail_on_tier: [at-risk, draft, ended]\n  min_outcome: 50\n",
                betaStatus: status
            ).check()
            #expect(
                Self.lines(outcome) == ["\(Self.acme): error: health gate 'fail_on_tier' failed: the tier is at-risk"])
        }
    }

    @Test func unknownKeysTiersAndIdsAreErrorsAtTheirPlace() throws {
        let gates = """
              fail_on_tier: [at-risk, marginl, green]
              fail_on_red_flags: [unsigned, trust-fall]
              min_alignment: 120
              min_outcome: high
              max_flags: 2

            """
        let outcome = try Self.portfolio(gates: gates).check()
        #expect(outcome.exitCode == 1)
        let written = outcome.diagnostics.filter { $0.location.path == "accord.yml" }
        #expect(
            written.map { "\($0.location): \($0.message) | \($0.hint ?? "")" } == [
                "accord.yml:3:27: unknown tier 'marginl' in 'fail_on_tier' | did you mean 'marginal'?",
                "accord.yml:3:36: unknown tier 'green' in 'fail_on_tier' | known tiers: high-performing, healthy, marginal, "
                    + "at-risk, unrated, exiting, draft, ended",
                "accord.yml:4:33: unknown red flag or warning sign 'trust-fall' in 'fail_on_red_flags' | did you mean 'trust-falling'?",
                "accord.yml:5:18: 'min_alignment' must be an index from 0 to 100, not 120 | ",
                "accord.yml:6:16: 'min_outcome' must be a number, not 'high' | ",
                "accord.yml:7:3: unknown key 'max_flags' in gates | known keys: fail_on_tier, fail_on_red_flags, "
                    + "min_alignment, min_outcome",
            ])
        #expect(written.allSatisfy { $0.severity == .error })
    }

    @Test func gatesMustBeAMapping() throws {
        let temp = try TempContent()
        try temp.write("accord.yml", "gates: [at-risk]\n")
        try temp.writeCharter()
        let outcome = temp.check()
        #expect(
            Self.lines(outcome) == ["accord.yml:1:8: error: gates must be a mapping of keys and values, not a list"])
    }

    @Test func exitStatusIsZeroOneOrFour() throws {
        #expect(try Self.portfolio(gates: "  fail_on_tier: [healthy]\n").check().exitCode == 0)
        #expect(try Self.portfolio(gates: "  fail_on_tier: [at-risk]\n").check().exitCode == 4)
        let broken = try Self.portfolio(gates: "  fail_on_tier: [at-risk]\n")
        try broken.write(
            "partnerships/acme-globex/meetings/2026-05-30-steering.md", "---\ndate: 2026-02-30\n---\n# X\n")
        let outcome = broken.check()
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.contains { $0.message.hasPrefix("health gate 'fail_on_tier' failed") })
    }

    @Test func buildWarnsAndWritesButBuildWithGatesKeepsThePreviousSite() throws {
        let temp = try Self.portfolio(gates: "  fail_on_tier: [healthy]\n")
        #expect(Pipeline.run(temp.options(), mode: .build).exitCode == 0)
        let previous = try String(contentsOfFile: temp.path("Output/index.html"), encoding: .utf8)
        try temp.write("accord.yml", "title: Changed title\ngates:\n  fail_on_tier: [at-risk]\n")

        var gated = temp.options()
        gated.enforcesGates = true
        let refused = Pipeline.run(gated, mode: .build)
        #expect(refused.exitCode == 4)
        #expect(refused.filesWritten == 0)
        #expect(
            Self.lines(refused).first == "\(Self.acme): error: health gate 'fail_on_tier' failed: the tier is at-risk")
        #expect(try String(contentsOfFile: temp.path("Output/index.html"), encoding: .utf8) == previous)

        let built = Pipeline.run(temp.options(), mode: .build)
        #expect(built.exitCode == 0)
        #expect(built.filesWritten > 0)
        #expect(
            Self.lines(built) == [
                "\(Self.acme): warning: health gate 'fail_on_tier' failed: the tier is at-risk",
                "\(Self.beta): warning: health gate 'fail_on_tier' failed: the tier is at-risk",
            ])
        #expect(try String(contentsOfFile: temp.path("Output/index.html"), encoding: .utf8).contains("Changed title"))
    }

    @Test func gateWarningsOfBuildDoNotFailStrict() throws {
        let temp = try Self.portfolio(gates: "  fail_on_tier: [at-risk]\n")
        var options = temp.options()
        options.strict = true
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.exitCode == 0, "\(outcome.failure ?? "") \(Self.lines(outcome))")
    }

    @Test func measuringIgnoresTheGates() throws {
        let temp = try Self.portfolio(gates: "  fail_on_tier: [at-risk]\n")
        let outcome = Pipeline.run(temp.options(), mode: .measure)
        #expect(outcome.exitCode == 0)
        #expect(Self.lines(outcome) == [])
        #expect(outcome.gateFailures.isEmpty)
    }

    @Test func githubAnnotationsCarryATitle() throws {
        let outcome = try Self.portfolio(gates: "  min_outcome: 50\n").check()
        let printer = DiagnosticPrinter(format: .github, pathPrefix: "Content/")
        #expect(
            outcome.diagnostics.map(printer.format) == [
                "::error file=Content/partnerships/beta-gamma/charter.md,line=1,col=1,title=Accord health gate min_outcome::"
                    + "health gate 'min_outcome' failed: the outcome index is 0.0, below 50%0Athe gate is set under 'gates:' "
                    + "in accord.yml\n"
            ])
    }
}
