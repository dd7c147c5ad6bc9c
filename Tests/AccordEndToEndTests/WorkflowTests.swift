import AccordTestSupport
import Foundation
import Testing

/// The users' CI workflow (`.github/workflows/accord.yml`): valid against GitHub's workflow schema, and its
/// steps' commands, run by bash as the runner would, give exact results on a repository with two commits.
@Suite struct WorkflowTests {
    static let workflow = AccordProcess.repositoryRoot.appending(path: ".github/workflows/accord.yml")

    /// How to run `check-jsonschema`: the first on PATH, else `python3 -m check_jsonschema` when it imports; nil
    /// when neither works.
    static let schemaChecker: [String]? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        if let tool = paths.map({ "\($0)/check-jsonschema" }).first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) {
            return [tool]
        }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import check_jsonschema"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? ["/usr/bin/env", "python3", "-m", "check_jsonschema"] : nil
    }()

    /// In CI (`CI=true`) the check always runs, and fails when the tool is missing (`.ci/run` installs it).
    static let runsSchemaCheck = schemaChecker != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: runsSchemaCheck, "check-jsonschema is not installed (pip install check-jsonschema)"))
    func theWorkflowIsValidForGitHub() throws {
        let command = try #require(Self.schemaChecker, "CI must install check-jsonschema (.ci/run does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments =
            Array(command.dropFirst()) + ["--builtin-schema", "vendor.github-workflows", Self.workflow.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("ok -- validation done"))
    }

    /// The `run:` scripts of a job's steps, by step name, in order (the workflow's own simple layout:
    /// `- name:` then `run: command` or `run: |` with an indented block).
    static func steps(job: String) throws -> [(name: String, script: String)] {
        let lines = try String(contentsOf: workflow, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "  \(job):") else { return [] }
        var steps: [(name: String, script: String)] = []
        var name = ""
        var index = start + 1
        while index < lines.count, lines[index].isEmpty || lines[index].hasPrefix("   ") {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- name: ") { name = String(line.dropFirst(8)) }
            if line.hasPrefix("- uses: ") { name = "" }
            if line == "run: |" {
                let indent = lines[index].prefix { $0 == " " }.count + 2
                var script: [String] = []
                index += 1
                while index < lines.count, lines[index].prefix(while: { $0 == " " }).count >= indent {
                    script.append(String(lines[index].dropFirst(indent)))
                    index += 1
                }
                steps.append((name, script.joined(separator: "\n")))
                continue
            } else if line.hasPrefix("run: ") {
                steps.append((name, String(line.dropFirst(5))))
            }
            index += 1
        }
        return steps
    }

    /// Runs a step's script with bash in the repository, as the runner does (`${{ github.base_ref }}` is `main`).
    static func run(_ script: String, in repository: GitFixture, summary: URL) throws -> AccordProcess.Result {
        let expanded = script.replacingOccurrences(of: "${{ github.base_ref }}", with: "main")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = AccordProcess.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["CONTENT"] = "Content"
        env["GITHUB_STEP_SUMMARY"] = summary.path
        env["GITHUB_WORKSPACE"] = repository.root.path
        env["HOME"] = repository.root.deletingLastPathComponent().appendingPathComponent("home").path
        return try ChildProcess.run(
            URL(fileURLWithPath: "/bin/bash"), ["-e", "-o", "pipefail", "-c", expanded], in: repository.root,
            environment: env)
    }

    @Test func thePullRequestStepsAnnotateTheGateAndSummariseTheChange() throws {
        let repository = try TwoCommitPortfolio.make()
        try repository.git("update-ref", "refs/remotes/origin/main", "HEAD~1")
        let summary = repository.root.deletingLastPathComponent().appendingPathComponent("summary.md")
        let steps = try Self.steps(job: "pull-request")
        #expect(
            steps.map(\.name) == [
                "Install cmark", "Build accord", "Check the content and the health gates",
                "What this pull request changes",
            ])

        let check = try Self.run(steps[2].script, in: repository, summary: summary)
        #expect(check.status == 4)
        #expect(check.stdout == "")
        let hint = "%0Athe gate is set under 'gates:' in accord.yml"
        #expect(
            check.stderr == """
                ::error file=Content/partnerships/acme-globex/charter.md,line=1,col=1,title=Accord health gate fail_on_tier::\
                health gate 'fail_on_tier' failed: the tier is at-risk\(hint)
                ::error file=Content/partnerships/beta-gamma/charter.md,line=1,col=1,title=Accord health gate fail_on_tier::\
                health gate 'fail_on_tier' failed: the tier is at-risk\(hint)

                """)

        let diff = try Self.run(steps[3].script, in: repository, summary: summary)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stderr == "")
        let written = try String(contentsOf: summary, encoding: .utf8)
        let lines = written.components(separatedBy: "\n")
        #expect(
            lines.prefix(4) == [
                "## Accord: health changes", "",
                "2 partnerships changed between `origin/main` and the work tree (report date 2026-06-01).",
                "",
            ])
        #expect(lines.count == 18)
        #expect(
            lines[4]
                == "- [Beta \\& Gamma](partnerships/beta-gamma/index.html): added: at-risk, alignment 95.0, outcome 0.0"
        )
        #expect(lines[5] == "- [Acme × Globex](partnerships/acme-globex/index.html): tier marginal → at-risk")
        #expect(
            lines[15] == "- [Acme × Globex](partnerships/acme-globex/index.html): action done: Raj Patel: draft the "
                + "joint runbook (done on 2026-05-19)")
        #expect(
            lines[16] == "- [Acme × Globex](partnerships/acme-globex/index.html): goal G1 Cut resolution time: "
                + "on-track → behind")
        #expect(try repository.git("status", "--porcelain") == "")
    }

    @Test func theMainStepsBuildTheJointViewAndEachPartysView() throws {
        let repository = try TwoCommitPortfolio.make()
        let summary = repository.root.deletingLastPathComponent().appendingPathComponent("summary.md")
        let steps = try Self.steps(job: "publish")
        #expect(
            steps.map(\.name) == ["Install cmark", "Build accord", "Build the joint view", "Build each party's view"])

        let joint = try Self.run(steps[2].script, in: repository, summary: summary)
        #expect(joint.status == 0, "\(joint.stderr)")
        #expect(
            joint.stderr == """
                Content/partnerships/acme-globex/charter.md:1:1: warning: health gate 'fail_on_tier' failed: the tier is at-risk
                  hint: the gate is set under 'gates:' in accord.yml
                Content/partnerships/beta-gamma/charter.md:1:1: warning: health gate 'fail_on_tier' failed: the tier is at-risk
                  hint: the gate is set under 'gates:' in accord.yml
                0 errors, 2 warnings
                accord: wrote 8 files to Output/joint (report date 2026-06-01, from as_of in accord.yml)

                """)
        #expect(
            FileManager.default.fileExists(atPath: repository.path("Output/joint/partnerships/acme-globex/index.html")))

        let help = try AccordProcess.run(["build", "--help"], in: repository.root)
        guard help.stdout.contains("--view") else {
            print("WorkflowTests: skipped the step 'Build each party's view': this accord has no --view yet")
            return
        }
        let views = try Self.run(steps[3].script, in: repository, summary: summary)
        #expect(views.status == 0, "\(views.stderr)")
        for party in ["acme", "globex"] {
            #expect(FileManager.default.fileExists(atPath: repository.path("Output/view-\(party)/index.html")))
        }
    }
}

/// `accord diff`, `check` and `build --gates` as a user runs them: exit statuses and messages.
@Suite struct DiffCommandTests {
    @Test func exitStatusesAndMessages() throws {
        let repository = try TwoCommitPortfolio.make()
        let missing = try AccordProcess.run(["diff", "nope", "--content", "Content"], in: repository.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "accord: error: revision 'nope' does not exist in the repository of 'Content'\n")
        #expect(missing.stdout == "")

        let json = try AccordProcess.run(
            ["diff", "HEAD~1", "HEAD", "--content", "Content", "--format", "json"],
            in: repository.root)
        #expect(json.status == 0)
        #expect(
            json.stdout.hasPrefix("{\n  \"base\": \"HEAD~1\",\n  \"head\": \"HEAD\",\n  \"as_of\": \"2026-06-01\",\n"))

        let badURL = try AccordProcess.run(
            ["diff", "HEAD~1", "--content", "Content", "--base-url", "javascript:x"],
            in: repository.root)
        #expect(badURL.status == 2)

        let outside = try AccordProcess.temporaryFolder("diff-outside")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(
            at: outside.appending(path: "Content"), withIntermediateDirectories: true)
        let notRepository = try AccordProcess.run(["diff", "HEAD~1"], in: outside)
        #expect(notRepository.status == 3)
        #expect(
            notRepository.stderr == "accord: error: content folder 'Content' is not in a git repository; "
                + "accord diff compares two commits of it\n")

        let gated = try AccordProcess.run(["build", "--content", "Content", "--gates", "--quiet"], in: repository.root)
        #expect(gated.status == 4)
        #expect(!FileManager.default.fileExists(atPath: repository.path("Output")))
    }
}
