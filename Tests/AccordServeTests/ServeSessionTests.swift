import AccordKit
import AccordTestSupport
import Foundation
import Synchronization
import Testing

@testable import AccordServe

/// `accord serve` in-process: a built site served, rebuilt on an edit, kept on a failed rebuild.
@Suite struct ServeSessionTests {
    @Test func anEditIsRebuiltAndAFailedRebuildKeepsTheSiteAndShowsItsDiagnostics() throws {
        let temp = try ServeFolder()
        try temp.writeContent()
        let options = temp.options()
        let first = Pipeline.run(options, mode: .build)
        try #require(first.exitCode == 0, "\(first.diagnostics)")
        let rebuilds = OutcomeLog()
        let session = ServeSession(
            options: options, templatesFolder: nil, host: "127.0.0.1", port: 0,
            pathPrefix: "Content/"
        ) { rebuilds.add($0) }
        let port = try session.start(pollInterval: 0.1)
        defer { session.stop() }
        let events = session.server.events
        let page = "/partnerships/acme-globex/"
        #expect(try HTTPTestClient.request(page, port: port).text.contains("Acme × Globex"))
        #expect(events.current == .init(generation: 1, ok: true, diagnostics: ""))

        try temp.writeContent(title: "Acme and Initech")
        #expect(eventually(seconds: 30) { rebuilds.outcomes.last?.exitCode == 0 }, "no successful rebuild was reported")
        #expect(eventually(seconds: 5) { events.current == .init(generation: 2, ok: true, diagnostics: "") })
        let rebuilt = try HTTPTestClient.request(page, port: port)
        #expect(rebuilt.text.contains("Acme and Initech"))
        #expect(rebuilt.text.contains(LiveReload.tag(generation: 2)))
        let onDisk = try String(
            contentsOfFile: temp.path("Output/partnerships/acme-globex/index.html"), encoding: .utf8)
        #expect(onDisk.contains("Acme and Initech") && !onDisk.contains("<script") && !onDisk.contains("__accord"))

        // A broken note with markup in it: the rebuild fails, the previous site stays, the pages get its diagnostics.
        try temp.write(
            "Content/partnerships/acme-globex/meetings/2026-03-12.md",
            "---\ndate: 2026-03-32\n<img src=x onerror=alert(1)>: 1\n---\n")
        #expect(eventually(seconds: 30) { rebuilds.outcomes.last?.exitCode == 1 }, "no failed rebuild was reported")
        #expect(eventually(seconds: 5) { !events.current.ok })
        let failed = events.current
        #expect(failed.generation == 2)
        #expect(!failed.ok)
        let printer = DiagnosticPrinter(format: .text, pathPrefix: "Content/")
        let expected = try #require(rebuilds.outcomes.last).diagnostics.map(printer.format).joined()
        #expect(failed.diagnostics == expected)
        #expect(failed.diagnostics.hasPrefix("Content/partnerships/acme-globex/meetings/2026-03-12.md:2:"))
        #expect(failed.diagnostics.contains("unknown key '<img src=x onerror=alert(1)>'"))
        let kept = try HTTPTestClient.request(page, port: port)
        #expect(kept.status == 200)
        #expect(kept.text.contains("Acme and Initech"))
        #expect(kept.text.contains(LiveReload.tag(generation: 2)))

        // Fixed: a good build clears the failure and moves the pages on.
        try FileManager.default.removeItem(atPath: temp.path("Content/partnerships/acme-globex/meetings/2026-03-12.md"))
        #expect(eventually(seconds: 30) { events.current.ok }, "no good rebuild after the fix")
        #expect(events.current == .init(generation: 3, ok: true, diagnostics: ""))
    }

    @Test func aFailureOutsideTheContentIsShownToo() {
        let session = ServeSession(
            options: BuildOptions(today: Day(ordinal: 0)), templatesFolder: nil, port: 0,
            pathPrefix: "Content/"
        ) { _ in }
        var outcome = Pipeline.run(BuildOptions(today: Day(ordinal: 0)), mode: .check)
        outcome.failure = "cannot write Output: disk full"
        #expect(session.overlayText(outcome).hasSuffix("accord: error: cannot write Output: disk full\n"))
    }
}

/// The outcomes of rebuilds, collected from the watcher's thread.
final class OutcomeLog: Sendable {
    private let list = Mutex<[Pipeline.Outcome]>([])

    func add(_ outcome: Pipeline.Outcome) { list.withLock { $0.append(outcome) } }

    var outcomes: [Pipeline.Outcome] { list.withLock { $0 } }
}
