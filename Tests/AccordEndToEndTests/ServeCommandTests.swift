import AccordTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `accord serve` through the built binary: the serving line, a page, a rebuild, usage errors, a clean stop.
@Suite(.serialized) struct ServeCommandTests {
    @Test func servesRebuildsAndStopsCleanlyOnSIGTERM() throws {
        let work = try AccordProcess.temporaryFolder("serve")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        let server = try RunningAccord(["serve", "--port", "0", "--as-of", "2026-11-20"], in: work)
        defer { server.kill() }

        let line = server.waitForStderr(seconds: 60) { $0.contains("(Ctrl-C to stop)") }
        let port = try #require(line.flatMap(Self.port), "no serving line: \(server.stderr)")
        #expect(server.stderr.contains("accord: serving Output at http://127.0.0.1:\(port)/ (Ctrl-C to stop)"))
        let home = try HTTPTestClient.request("/", port: port)
        #expect(home.status == 200)
        #expect(home.text.contains("<html"))
        #expect(try HTTPTestClient.request("/%2e%2e/Content/accord.yml", port: port).status == 400)

        // The served page carries the live reload script; the built file does not.
        #expect(home.text.contains("<script src=\"/__accord/live.js\" data-accord-build=\"1\" defer></script></body>"))
        let built = try String(contentsOf: work.appending(path: "Output/index.html"), encoding: .utf8)
        #expect(!built.contains("<script") && !built.contains("__accord"))
        let events = try Self.openEvents(port: port)
        #expect(events.read(until: "\"generation\":1").contains(#"data: {"diagnostics":"","generation":1,"ok":true}"#))

        let charter = work.appending(path: "Content/partnerships/northwind-globex-service-desk/charter.md")
        var text = try String(contentsOf: charter, encoding: .utf8)
        let title = try #require(text.firstMatch(of: /\ntitle: ([^\n]*)\n/)?.output.1)
        text = text.replacingOccurrences(of: "title: \(title)", with: "title: Renamed by the serve test")
        try text.write(to: charter, atomically: true, encoding: .utf8)
        let rebuilt = server.waitForStderr(seconds: 30) { $0.contains("accord: rebuilt") }
        #expect(rebuilt != nil, "no rebuild: \(server.stderr)")
        // The open page hears of the new site at once, and the new site is what is served.
        #expect(events.read(until: "\"generation\":2").contains(#"data: {"diagnostics":"","generation":2,"ok":true}"#))
        let renamed = try HTTPTestClient.request("/", port: port)
        #expect(renamed.text.contains("Renamed by the serve test"))
        #expect(renamed.text.contains("data-accord-build=\"2\""))
        let rebuiltFile = try String(contentsOf: work.appending(path: "Output/index.html"), encoding: .utf8)
        #expect(rebuiltFile.contains("Renamed by the serve test") && !rebuiltFile.contains("<script"))

        server.signal(SIGTERM)
        #expect(server.waitForExit(seconds: 10) == 0, "\(server.stderr)")
    }

    @Test func aFailedRebuildKeepsTheSiteAndSendsItsDiagnosticsToThePage() throws {
        let work = try AccordProcess.temporaryFolder("serve-fail")
        defer { try? FileManager.default.removeItem(at: work) }
        try AccordProcess.copy("Content", to: work.appending(path: "Content"))
        let server = try RunningAccord(["serve", "--port", "0", "--as-of", "2026-11-20"], in: work)
        defer { server.kill() }
        let line = server.waitForStderr(seconds: 60) { $0.contains("(Ctrl-C to stop)") }
        let port = try #require(line.flatMap(Self.port), "no serving line: \(server.stderr)")
        let before = try HTTPTestClient.request("/", port: port).text
        let events = try Self.openEvents(port: port)
        _ = events.read(until: "\"generation\":1")

        // A note whose front matter is broken and holds markup: the diagnostics reach the page as JSON text.
        let note = work.appending(
            path: "Content/partnerships/northwind-globex-service-desk/meetings/2026-11-19-broken.md")
        try "---\ndate: 2026-11-32\n</pre><img src=x onerror=alert(1)>: 1\n---\n".write(
            to: note, atomically: true, encoding: .utf8)
        let failed = events.read(until: "\"ok\":false")
        let data = try #require(
            failed.split(separator: "\n").last { $0.hasPrefix("data: ") && $0.contains("\"ok\":false") })
        struct State: Decodable {
            var generation: Int
            var ok: Bool
            var diagnostics: String
        }
        let state = try JSONDecoder().decode(State.self, from: Data(data.dropFirst(6).utf8))
        #expect(state.generation == 1)
        #expect(
            state.diagnostics.hasPrefix(
                "Content/partnerships/northwind-globex-service-desk/meetings/2026-11-19-broken.md:2:"),
            "\(state.diagnostics)")
        #expect(state.diagnostics.contains("unknown key '</pre><img src=x onerror=alert(1)>'"), "\(state.diagnostics)")
        #expect(server.waitForStderr(seconds: 10) { $0.contains("2026-11-19-broken.md:2:") } != nil, "\(server.stderr)")
        // The last good site is still served, unchanged.
        #expect(try HTTPTestClient.request("/", port: port).text == before)

        try FileManager.default.removeItem(at: note)
        #expect(events.read(until: "\"generation\":2").contains(#"data: {"diagnostics":"","generation":2,"ok":true}"#))
    }

    /// An open page's event stream.
    static func openEvents(port: UInt16) throws -> EventStream {
        let connection = try HTTPTestConnection(port: port, timeout: 30)
        try connection.send("GET /__accord/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        return EventStream(connection: connection)
    }

    @Test func refusesANetworkHostAndStopsWhenTheFirstBuildFails() throws {
        let work = try AccordProcess.temporaryFolder("serve-usage")
        defer { try? FileManager.default.removeItem(at: work) }
        let network = try AccordProcess.run(["serve", "--host", "0.0.0.0", "--port", "0"], in: work)
        #expect(network.status == 2)
        #expect(network.stderr.contains("loopback"))
        #expect(try AccordProcess.run(["serve", "--port", "70000"], in: work).status == 2)

        // No content folder: exit 3 like `build`, without serving.
        let missing = try RunningAccord(["serve", "--port", "0"], in: work)
        defer { missing.kill() }
        #expect(missing.waitForExit(seconds: 30) == 3)
        #expect(!missing.stderr.contains("serving"))
    }

    @Test(arguments: [
        // Once it serves, and after the first build but before the server listens (the signal then waits).
        ("(Ctrl-C to stop)", "accord: serving site at http://127.0.0.1:"), ("accord: wrote", "accord: wrote 4 files"),
    ])
    func stopsOnSIGINT(after line: String, starting: String) throws {
        let work = try AccordProcess.temporaryFolder("serve-int")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(
            at: work.appending(path: "Content/partnerships"), withIntermediateDirectories: true)
        let server = try RunningAccord(["serve", "--port", "0", "--as-of", "2026-11-20", "--output", "site"], in: work)
        defer { server.kill() }
        let seen = server.waitForStderr(seconds: 60) { $0.contains(line) }
        #expect(seen?.hasPrefix(starting) == true, "\(server.stderr)")
        server.signal(SIGINT)
        // Generous: the suites run in parallel and load the machine; a lost signal still fails.
        #expect(server.waitForExit(seconds: 30) == 0, "\(server.stderr)")
        #expect(server.stderr.hasSuffix("accord: stopped\n"), "\(server.stderr)")
    }

    static func port(_ line: String) -> UInt16? {
        line.firstMatch(of: /127\.0\.0\.1:(\d+)\//).flatMap { UInt16($0.output.1) }
    }
}

/// The text of a server-sent event stream, read as it arrives.
final class EventStream {
    let connection: HTTPTestConnection
    private var received: [UInt8] = []

    init(connection: HTTPTestConnection) { self.connection = connection }

    /// Everything received so far once it contains `text` (or after 30 s).
    func read(until text: String) -> String {
        let already = received
        received += connection.receive(timeout: 30) { String(decoding: already + $0, as: UTF8.self).contains(text) }
        return String(decoding: received, as: UTF8.self)
    }
}

/// The `accord` binary running in the background, its stderr collected as it arrives.
final class RunningAccord: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var collected = Data()

    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = AccordProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.collected.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything printed to stderr so far.
    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: collected, as: UTF8.self)
    }

    /// The first stderr line matching, waiting at most `seconds`.
    func waitForStderr(seconds: Double, _ matches: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let line = stderr.split(separator: "\n").map(String.init).first(where: matches) { return line }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline && process.isRunning
        return stderr.split(separator: "\n").map(String.init).first(where: matches)
    }

    /// Sends a signal to the process.
    func signal(_ number: Int32) {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, number) }
    }

    /// The exit status, or nil when it still runs after `seconds`.
    func waitForExit(seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Ends the process if it still runs (SIGKILL), so no test leaves a server behind.
    func kill() {
        if process.isRunning {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            _ = waitForExit(seconds: 5)
        }
    }
}
