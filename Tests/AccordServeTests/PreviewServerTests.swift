import AccordTestSupport
import Foundation
import Testing

@testable import AccordServe

/// The preview server in-process on 127.0.0.1 (any free port), over a small site: types, HEAD,
/// validators, redirects, the script added to pages, and what it refuses.
@Suite struct PreviewServerTests {
    /// A started server for `site/` of a fresh folder with `ServeFolder.writeSite()`.
    static func serving(limits: PreviewServer.Limits = .init(), events: BuildEvents = BuildEvents()) throws
        -> (ServeFolder, PreviewServer, UInt16)
    {
        let temp = try ServeFolder()
        try temp.writeSite()
        let server = PreviewServer(root: temp.path("site"), host: "127.0.0.1", port: 0, events: events, limits: limits)
        let port = try server.start()
        return (temp, server, port)
    }

    @Test func servesFilesWithTheirTypesAndAddsTheScriptToPagesOnly() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        #expect(port != 0)

        let home = try HTTPTestClient.request("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["content-length"] == String(home.body.count))
        #expect(home.headers["cache-control"] == "no-cache")
        #expect(home.headers["x-content-type-options"] == "nosniff")
        let tag = LiveReload.tag(generation: 1)
        #expect(
            home.text
                == "<!doctype html>\n<html><head><title>Home</title></head><body><p>home</p>\(tag)</body></html>\n")
        // The file on disk stays as built: the script exists only in what `serve` sends.
        let onDisk = try String(contentsOfFile: temp.path("site/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("<script") && !onDisk.contains("__accord"))

        let folder = try HTTPTestClient.request("/partnerships/acme/", port: port)
        #expect(folder.status == 200)
        #expect(folder.text == "<!doctype html><html><body><p>acme</p>\(tag)</BODY></html>")

        let css = try HTTPTestClient.request("/assets/style.css", port: port)
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.text == "body { color: black; }\n")
        #expect(
            try HTTPTestClient.request("/notes.txt", port: port).headers["content-type"] == "text/plain; charset=utf-8")
        let json = try HTTPTestClient.request("/metrics.json", port: port)
        #expect(json.headers["content-type"] == "application/json; charset=utf-8")
        #expect(json.text == "{}\n")

        let script = try HTTPTestClient.request(LiveReload.scriptPath, port: port)
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text == LiveReload.script)
        #expect(try HTTPTestClient.request("/__accord/other", port: port).status == 404)

        let missing = try HTTPTestClient.request("/no-such-page.html", port: port)
        #expect(missing.status == 404)
        #expect(missing.text.contains("404 Not Found"))
        #expect(try HTTPTestClient.request("/.accord-output", port: port).status == 404)

        let post = try HTTPTestClient.exchange(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc", port: port)
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
    }

    @Test func headSendsTheHeadersOfGetWithoutABody() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        for target in ["/", "/assets/style.css", "/no-such-page.html"] {
            let get = try HTTPTestClient.request(target, port: port)
            let head = try HTTPTestClient.request(target, method: "HEAD", port: port)
            #expect(head.status == get.status, "\(target)")
            #expect(head.body.isEmpty, "\(target)")
            #expect(head.headers["content-length"] == String(get.body.count), "\(target)")
            #expect(head.headers["content-type"] == get.headers["content-type"], "\(target)")
            #expect(head.headers["etag"] == get.headers["etag"], "\(target)")
        }
        // Two requests on one kept-alive connection: the HEAD answer carries no stray body bytes.
        let connection = try HTTPTestConnection(port: port)
        try connection.send(
            "HEAD /notes.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /notes.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let both = connection.receive(timeout: 5) { String(decoding: $0, as: UTF8.self).hasSuffix("plain text\n") }
        let text = String(decoding: both, as: UTF8.self)
        #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(text.components(separatedBy: "plain text").count == 2)
    }

    @Test func validatorsAnswer304UntilTheFileChanges() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        let first = try HTTPTestClient.request("/assets/style.css", port: port)
        let tag = try #require(first.headers["etag"])
        let modified = try #require(first.headers["last-modified"])
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
        #expect(Validators.seconds(httpDate: modified) != nil)

        let same = try HTTPTestClient.request(
            "/assets/style.css", extraHeaders: "If-None-Match: \(tag)\r\n", port: port)
        #expect(same.status == 304)
        #expect(same.body.isEmpty)
        #expect(same.headers["etag"] == tag)
        #expect(
            try HTTPTestClient.request(
                "/assets/style.css", extraHeaders: "If-None-Match: \"other\", W/\(tag)\r\n",
                port: port
            ).status == 304)
        #expect(
            try HTTPTestClient.request(
                "/assets/style.css", extraHeaders: "If-None-Match: \"other\"\r\n",
                port: port
            ).status == 200)
        #expect(
            try HTTPTestClient.request(
                "/assets/style.css", extraHeaders: "If-Modified-Since: \(modified)\r\n",
                port: port
            ).status == 304)
        #expect(
            try HTTPTestClient.request(
                "/assets/style.css",
                extraHeaders: "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT\r\n",
                port: port
            ).status == 200)
        // If-None-Match wins over If-Modified-Since (RFC 9110).
        #expect(
            try HTTPTestClient.request(
                "/assets/style.css",
                extraHeaders: "If-None-Match: \"other\"\r\nIf-Modified-Since: \(modified)\r\n",
                port: port
            ).status == 200)

        try temp.write("site/assets/style.css", "body { color: navy; }\n")
        let changed = try HTTPTestClient.request(
            "/assets/style.css", extraHeaders: "If-None-Match: \(tag)\r\n", port: port)
        #expect(changed.status == 200)
        #expect(changed.text == "body { color: navy; }\n")
        #expect(changed.headers["etag"] != tag)

        // A page's tag covers the script added to it: a new build generation is a new tag.
        let page = try #require(try HTTPTestClient.request("/", port: port).headers["etag"])
        server.events.publishGoodBuild()
        let next = try HTTPTestClient.request("/", extraHeaders: "If-None-Match: \(page)\r\n", port: port)
        #expect(next.status == 200)
        #expect(next.text.contains("data-accord-build=\"2\""))
    }

    @Test func foldersRedirectToTheirSlashOnThisSiteOnly() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        let cases = [
            "/partnerships/acme": "/partnerships/acme/", "/partnerships/acme?x=1": "/partnerships/acme/",
            "//evil.example/x": "/evil.example/x/", "///evil.example/x": "/evil.example/x/",
            "/./evil.example/x": "/evil.example/x/", "/partnerships": "/partnerships/",
        ]
        for (target, location) in cases {
            let reply = try HTTPTestClient.request(target, port: port)
            #expect(reply.status == 301, "\(target)")
            #expect(reply.headers["location"] == location, "\(target)")
        }
        // A folder with its slash is served, however many slashes lead.
        #expect(try HTTPTestClient.request("//evil.example/x/", port: port).status == 200)
        #expect(try HTTPTestClient.request("/%2Fevil.example/x", port: port).status == 400)
        #expect(try HTTPTestClient.request("/%5Cevil.example/x", port: port).status == 400)
    }

    @Test func neverServesAPathOutOfTheFolder() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        try temp.link("site/out.txt", to: temp.path("secret.txt"))
        try temp.link("site/up", to: temp.root.path)
        try temp.link("site/loop", to: "loop")
        try temp.link("site/etc", to: "/etc")
        #expect(mkfifo(temp.path("site/fifo.txt"), 0o600) == 0)
        try temp.write("site/.hidden/page.html", "hidden")
        let refused = [
            "/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt",
            "/../../../../../etc/passwd", "/out.txt", "/up/secret.txt", "/up/", "/etc/passwd", "/loop",
            "/fifo.txt", "/.hidden/page.html", "/.accord-output", "/index.html%00.txt", "/%2e%2e%5csecret.txt",
        ]
        for target in refused {
            let reply = try HTTPTestClient.request(target, port: port)
            #expect([400, 404].contains(reply.status), "\(target): \(reply.status)")
            #expect(
                !reply.text.contains("secret") && !reply.text.contains("root:") && !reply.text.contains("hidden"),
                "\(target)")
        }
        #expect(try HTTPTestClient.request("/", port: port).status == 200, "still serving")
    }

    @Test func aForeignHostNameIsRefused() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        // What a page of another site sees after a DNS rebinding attack points its name at 127.0.0.1.
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)"] {
            let reply = try HTTPTestClient.exchange("GET /notes.txt HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port)
            #expect(reply.status == 403, "\(host)")
            #expect(!reply.text.contains("plain text"), "\(host)")
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
            let reply = try HTTPTestClient.exchange("GET /notes.txt HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port)
            #expect(reply.text == "plain text\n", "\(host)")
        }
    }

    @Test func malformedRequestsGet400AndTheServerKeepsServing() throws {
        let (temp, server, port) = try Self.serving()
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        let malformed: [(String, [UInt8])] = [
            ("garbage request line", Array("nonsense\r\n\r\n".utf8)),
            ("no version", Array("GET /\r\n\r\n".utf8)),
            ("HTTP/9.9", Array("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("invalid method", Array("FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("lower-case method", Array("get / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            (
                "huge header",
                Array(
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(String(repeating: "a", count: 20_000))\r\n\r\n".utf8)
            ),
            (
                "too many headers",
                Array(
                    ("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + (0..<200).map { "X-\($0): y\r\n" }.joined() + "\r\n").utf8)
            ),
            ("bad percent-encoding", Array("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("truncated percent-encoding", Array("GET /index.html%2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("encoded NUL", Array("GET /index%00.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("not UTF-8", Array("GET /%ff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("raw byte 0xFF", Array("GET /".utf8) + [0xFF] + Array(" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("raw NUL", Array("GET /a".utf8) + [0] + Array("b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            ("space in header name", Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: y\r\n\r\n".utf8)),
            ("bad Content-Length", Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n".utf8)),
            ("asterisk target", Array("GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)),
            (
                "TLS hello",
                [0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03] + Array(repeating: 0, count: 40)
            ),
        ]
        for (name, bytes) in malformed {
            let reply = try HTTPTestClient.exchange(bytes: bytes, port: port)
            #expect(reply.status == 400, "\(name): \(reply.status)")
            #expect(try HTTPTestClient.request("/notes.txt", port: port).text == "plain text\n", "after \(name)")
        }
    }

    @Test func theEventStreamSendsEachBuild() throws {
        let events = BuildEvents(maximumSubscribers: 2)
        let (temp, server, port) = try Self.serving(events: events)
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        let page = try HTTPTestConnection(port: port)
        try page.send("GET /__accord/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        func read(until text: String) -> String {
            String(
                decoding: page.receive(timeout: 10) { String(decoding: $0, as: UTF8.self).contains(text) },
                as: UTF8.self)
        }
        let opening = read(until: "\"generation\":1")
        #expect(opening.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(opening.contains("Content-Type: text/event-stream; charset=utf-8"))
        #expect(opening.contains("retry: 1000\n\n"))
        #expect(opening.contains("event: build\ndata: {\"diagnostics\":\"\",\"generation\":1,\"ok\":true}\n\n"))

        events.publishFailedBuild(diagnostics: "Content/x.md:2:7: error: bad <img src=x onerror=alert(1)>\n")
        let failed = read(until: "\"ok\":false")
        #expect(
            failed.contains(
                #"data: {"diagnostics":"Content\/x.md:2:7: error: bad <img src=x onerror=alert(1)>\n","generation":1,"ok":false}"#
            ))
        events.publishGoodBuild()
        #expect(read(until: "\"generation\":2").contains(#"data: {"diagnostics":"","generation":2,"ok":true}"#))

        // Bounded: a second page is fine, a third is told to come back later.
        let second = try HTTPTestConnection(port: port)
        try second.send("GET /__accord/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = second.receive(timeout: 5) { String(decoding: $0, as: UTF8.self).contains("generation") }
        #expect(eventually(seconds: 5) { events.subscriberCount == 2 })
        let third = try HTTPTestClient.request(LiveReload.eventsPath, port: port)
        #expect(third.status == 503)
        #expect(third.headers["retry-after"] == "5")
        // A page that goes away frees its place.
        second.close()
        #expect(eventually(seconds: 5) { events.subscriberCount == 1 })
    }
}
