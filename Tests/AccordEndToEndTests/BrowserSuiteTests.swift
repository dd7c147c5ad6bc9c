import Foundation
import Testing

/// Runs the browser end-to-end suite, `Tests/Browser/run.sh` (nginx, linkchecker, the Nu HTML
/// checker, headless Chromium with axe-core, file://, screenshots: see Tests/Browser/README.md),
/// against the `accord` binary of this very build.
///
/// Which binary: `$ACCORD_BIN` when set; otherwise the `accord` beside the running test
/// executable. `swift test` builds every product of the package into one products folder
/// (`.build/debug/`, or `<scratch-path>/debug/`) and runs the test bundle from there, so the
/// suite always tests the accord just built from the same sources, whatever the scratch path.
///
/// When a tool is missing (nginx, linkchecker, chromium, chromedriver, java, python packages):
/// skipped with the list of what is missing, unless `CI=true`, where a missing tool is a
/// failure (`.ci/install-browser-deps` installs them). `ACCORD_BROWSER_SUITE=0` skips it on a
/// developer machine (never in CI).
@Suite("BrowserSuite")
struct BrowserSuiteTests {
    // `.enabled(if:)` rather than a known issue: without the tools there is nothing to run,
    // and the comment says what to install. In CI the condition is always true, so the test
    // runs and fails on the missing tools instead of skipping.
    @Test(
        "the built sites pass the browser end-to-end suite",
        .enabled(if: BrowserSuiteEnvironment.shouldRun, BrowserSuiteEnvironment.skipComment),
        .timeLimit(.minutes(20)))
    func browserSuite() throws {
        let environment = BrowserSuiteEnvironment.self
        if !environment.missing.isEmpty {
            Issue.record(
                """
                CI=true but the browser suite's tools are missing: \(environment.missing.joined(separator: ", ")). \
                Run .ci/install-browser-deps before swift test.
                """)
            return
        }
        let accord = try #require(
            environment.accordBinary(),
            """
            no accord binary next to the test bundle (\(environment.productsFolders.map(\.path))); \
            build it (swift build) or set ACCORD_BIN
            """)

        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-browser-suite-\(ProcessInfo.processInfo.processIdentifier).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [environment.runScript.path, "--accord", accord.path]
        process.currentDirectoryURL = environment.repositoryRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        let started = Date()
        try process.run()
        process.waitUntilExit()
        try handle.synchronize()

        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let summary = lines.last { $0.contains(" passed") || $0.contains(" failed") || $0.contains(" error") }
        let seconds = Int(Date().timeIntervalSince(started))
        print(
            "BrowserSuite: run.sh exited \(process.terminationStatus) after \(seconds) s: \(summary ?? "no pytest summary"); log \(log.path)"
        )
        if process.terminationStatus != 0 {
            let tail = lines.suffix(250).joined(separator: "\n")
            Issue.record(
                """
                Tests/Browser/run.sh failed (exit status \(process.terminationStatus)); full log: \(log.path)
                \(tail)
                """)
        } else {
            try? FileManager.default.removeItem(at: log)
        }
    }
}

/// What the browser suite needs, found once per test run.
enum BrowserSuiteEnvironment {
    /// The repository root: this file is Tests/AccordEndToEndTests/BrowserSuiteTests.swift.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let runScript = repositoryRoot.appendingPathComponent("Tests/Browser/run.sh")

    static let isCI =
        ProcessInfo.processInfo.environment["CI"].map { ["true", "1", "yes"].contains($0.lowercased()) } ?? false

    static let optedOut = !isCI && ProcessInfo.processInfo.environment["ACCORD_BROWSER_SUITE"] == "0"

    /// The tools `run.sh --check-deps` reports missing (empty when all are there).
    static let missing: [String] = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [runScript.path, "--check-deps"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return ["bash (\(error))"]
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let listed = text.components(separatedBy: "missing:").last ?? text
        let names = listed.split(whereSeparator: \.isWhitespace).map(String.init)
        return names.isEmpty ? ["(run.sh --check-deps exited \(process.terminationStatus))"] : names
    }()

    static var shouldRun: Bool { isCI || (!optedOut && missing.isEmpty) }

    static var skipComment: Comment {
        if optedOut { return Comment(rawValue: "browser suite skipped: ACCORD_BROWSER_SUITE=0") }
        return Comment(
            rawValue:
                "browser suite skipped: missing \(missing.joined(separator: ", ")) (install with .ci/install-browser-deps)"
        )
    }

    /// The folders the running test executable may have been built into.
    static var productsFolders: [URL] {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        // On macOS the tests run inside AccordPackageTests.xctest/Contents/MacOS/.
        folders += folders.compactMap { url in
            url.path.contains(".xctest/")
                ? URL(fileURLWithPath: String(url.path[..<url.path.range(of: ".xctest/")!.lowerBound]))
                    .deletingLastPathComponent() : nil
        }
        return folders
    }

    static func accordBinary() -> URL? {
        if let explicit = ProcessInfo.processInfo.environment["ACCORD_BIN"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        return productsFolders.lazy
            .map { $0.appendingPathComponent("accord") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
