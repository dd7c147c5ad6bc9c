import Foundation
import Testing
import AccordTestSupport
@testable import AccordKit

/// `accord serve` in-process: a built site served on 127.0.0.1 (any free port), then rebuilt on an edit.
@Suite struct StaticFileServerTests {
    /// A built one-partnership site in a temporary folder.
    static func builtSite() throws -> (TempContent, BuildOptions) {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.write("static/notes.txt", "plain text\n")
        let options = temp.options(output: "Output")
        let outcome = Pipeline.run(options, mode: .build)
        try #require(outcome.exitCode == 0, "\(outcome.diagnostics.printed)")
        return (temp, options)
    }

    @Test func servesFilesWithTheirTypesAndRefusesEverythingElse() throws {
        let (temp, options) = try Self.builtSite()
        let server = StaticFileServer(root: options.outputPath, host: "127.0.0.1", port: 0)
        let port = try server.start()
        defer { server.stop() }
        #expect(port != 0)

        let home = try HTTPTestClient.request("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["content-length"] == String(home.body.count))
        #expect(home.headers["connection"] == "close")
        let index = try Data(contentsOf: URL(fileURLWithPath: temp.path("Output/index.html")))
        #expect(home.body == Array(index))

        let css = try HTTPTestClient.request("/assets/style.css", port: port)
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.text.contains("{"))
        #expect(try HTTPTestClient.request("/notes.txt", port: port).headers["content-type"] == "text/plain; charset=utf-8")
        #expect(try HTTPTestClient.request("/metrics.json", port: port).headers["content-type"] == "application/json; charset=utf-8")

        let folder = try HTTPTestClient.request("/partnerships/acme-globex/", port: port)
        #expect(folder.status == 200)
        #expect(folder.text.contains("Acme × Globex"))
        let redirect = try HTTPTestClient.request("/partnerships/acme-globex", port: port)
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/partnerships/acme-globex/")

        let head = try HTTPTestClient.request("/assets/style.css", method: "HEAD", port: port)
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(css.body.count))

        let missing = try HTTPTestClient.request("/no-such-page.html", port: port)
        #expect(missing.status == 404)
        #expect(missing.text.contains("404 Not Found"))
        #expect(try HTTPTestClient.request("/.accord-output", port: port).status == 404)

        // The secret sits beside the output folder; no spelling of `..` reaches it.
        try temp.write("secret.txt", "secret")
        for target in ["/../Content/secret.txt", "/%2e%2e/Content/secret.txt", "/assets/%2E%2E/%2e%2e/Content/secret.txt",
                       "/..%2fContent%2fsecret.txt", "/../../../../../etc/passwd"] {
            let reply = try HTTPTestClient.request(target, port: port)
            #expect([400, 404].contains(reply.status), "\(target): \(reply.status)")
            #expect(!reply.text.contains("secret") && !reply.text.contains("root:"), "\(target)")
        }

        let post = try HTTPTestClient.exchange("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc", port: port)
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
        #expect(try HTTPTestClient.exchange("nonsense\r\n\r\n", port: port).status == 400)
    }

    @Test func aStuckClientDoesNotBlockOthers() throws {
        let (temp, options) = try Self.builtSite()
        defer { withExtendedLifetime(temp) {} }
        let server = StaticFileServer(root: options.outputPath, host: "127.0.0.1", port: 0)
        server.requestTimeout = 3
        let port = try server.start()
        defer { server.stop() }
        // An unfinished request head: the server times it out (408) while still answering others.
        let stuck = Thread { _ = try? HTTPTestClient.exchange("GET / HTTP/1.1\r\n", port: port, timeout: 6) }
        stuck.start()
        Thread.sleep(forTimeInterval: 0.2)
        let started = Date()
        #expect(try HTTPTestClient.request("/", port: port).status == 200)
        #expect(Date().timeIntervalSince(started) < 5)  // well under the stuck client's 6 s, with room for a loaded CI machine
        let timedOut = try HTTPTestClient.exchange("GET / HTTP/1.1\r\n", port: port, timeout: 8)
        #expect(timedOut.status == 408)
    }

    @Test func anEditIsRebuiltAndServedAndAFailedRebuildKeepsThePreviousSite() throws {
        let (temp, options) = try Self.builtSite()
        let rebuilds = OutcomeLog()
        let session = ServeSession(options: options, templatesFolder: nil, host: "127.0.0.1", port: 0) { rebuilds.add($0) }
        let port = try session.start(pollInterval: 0.1)
        defer { session.stop() }
        let page = "/partnerships/acme-globex/"
        #expect(try HTTPTestClient.request(page, port: port).text.contains("Acme × Globex"))

        try temp.writeCharter()
        try temp.write("partnerships/acme-globex/charter.md",
                       TempContent.charter().replacingOccurrences(of: "title: Acme × Globex", with: "title: Acme and Initech"))
        let changed = try waitFor(seconds: 30) { try HTTPTestClient.request(page, port: port).text.contains("Acme and Initech") }
        #expect(changed, "the page did not change after the edit")
        // The new site is swapped in just before the rebuild is reported: wait for the report too.
        #expect(try waitFor(seconds: 30) { rebuilds.outcomes.last?.exitCode == 0 }, "no successful rebuild was reported")

        // A broken note: the rebuild fails and the previous site stays served.
        try temp.writeNote("2026-03-12.md", "---\ndate: 2026-03-32\n---\n")
        let failed = try waitFor(seconds: 30) { rebuilds.outcomes.last?.exitCode == 1 }
        #expect(failed, "no failed rebuild was reported")
        let reply = try HTTPTestClient.request(page, port: port)
        #expect(reply.status == 200)
        #expect(reply.text.contains("Acme and Initech"))
    }

    /// Polls a condition until it holds or the deadline passes.
    func waitFor(seconds: Double, _ condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }
}

/// The outcomes of rebuilds, collected from the watcher's thread.
final class OutcomeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Pipeline.Outcome] = []

    func add(_ outcome: Pipeline.Outcome) {
        lock.lock()
        list.append(outcome)
        lock.unlock()
    }

    var outcomes: [Pipeline.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
