import Foundation
import Testing

@testable import AccordServe

/// The pieces of `accord serve` on their own: request paths, redirects, the site root, media types,
/// hosts, validators and the live reload script.
@Suite struct ServePartsTests {
    @Test func requestPathsAreDecodedAndTraversalIsRejected() throws {
        let plain = try RequestPath(target: "/partnerships/acme%20globex/index.html?x=1#top")
        #expect(plain.segments == ["partnerships", "acme globex", "index.html"])
        #expect(!plain.namesFolder)
        #expect(try RequestPath(target: "/").segments == [])
        #expect(try RequestPath(target: "/a/./b//").segments == ["a", "b"])
        #expect(try RequestPath(target: "/a/").namesFolder)
        for target in ["/../etc/passwd", "/%2e%2e/etc/passwd", "/a/..", "/a/%2e%2e/%2e%2e/b", "/a/.%2E/b"] {
            #expect(throws: RequestPath.Problem.traversal, "\(target)") { try RequestPath(target: target) }
        }
        // Encoded separators and NUL are refused outright, whatever follows.
        for target in [
            "index.html", "http://example.com/", "/%zz", "/%2", "/a%00b", "/%ff%fe", "*", "/%2E%2E%2Fetc",
            "/assets/..%2f..%2fx", "/a%2Fb", "/a%5cb", "/%5C..%5Cetc",
        ] {
            #expect(throws: RequestPath.Problem.malformed, "\(target)") { try RequestPath(target: target) }
        }
    }

    @Test func redirectLocationsAreOneLocalPath() throws {
        func location(_ target: String) throws -> String { try RequestPath(target: target).folderLocation }
        #expect(try location("/partnerships/x") == "/partnerships/x/")
        #expect(try location("//evil.example/x") == "/evil.example/x/")
        #expect(try location("///evil.example") == "/evil.example/")
        #expect(try location("/./evil.example/./x?y=//z") == "/evil.example/x/")
        #expect(try location("/acme%20globex") == "/acme%20globex/")
        #expect(try location("/caf%C3%A9") == "/caf%C3%A9/")
        #expect(try location("/a%5Bb%5D") == "/a%5Bb%5D/")
    }

    @Test func mediaTypesFollowTheExtension() {
        #expect(MediaType.forPath("/x/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.forPath("assets/style.CSS") == "text/css; charset=utf-8")
        #expect(MediaType.forPath("metrics.json") == "application/json; charset=utf-8")
        #expect(MediaType.forPath("a.svg") == "image/svg+xml; charset=utf-8")
        #expect(MediaType.forPath("live.js") == "text/javascript; charset=utf-8")
        #expect(MediaType.forPath("notes.txt") == "text/plain; charset=utf-8")
        #expect(MediaType.forPath("p.png") == "image/png")
        #expect(MediaType.forPath("p.jpg") == "image/jpeg")
        #expect(MediaType.forPath("p.jpeg") == "image/jpeg")
        #expect(MediaType.forPath("p.gif") == "image/gif")
        #expect(MediaType.forPath("p.webp") == "image/webp")
        #expect(MediaType.forPath("favicon.ico") == "image/x-icon")
        #expect(MediaType.forPath("r.pdf") == "application/pdf")
        #expect(MediaType.forPath("CNAME") == "application/octet-stream")
        #expect(MediaType.forPath(".hidden") == "application/octet-stream")
    }

    @Test func onlyLoopbackHostsAreAccepted() {
        #expect(LoopbackHost.address("127.0.0.1") == "127.0.0.1")
        #expect(LoopbackHost.address("localhost") == "127.0.0.1")
        #expect(LoopbackHost.address("127.1.2.3") == "127.1.2.3")
        for host in [
            "0.0.0.0", "192.168.1.10", "10.0.0.1", "example.com", "::", "::1", "127.0.0", "127.0.0.256", "127.0.0.1 ",
            "",
        ] {
            #expect(LoopbackHost.address(host) == nil, "\(host)")
        }
    }

    @Test func onlyLoopbackNamesAreAcceptedInTheHostHeader() {
        for authority in [
            "127.0.0.1", "127.0.0.1:8000", "localhost", "LOCALHOST:1", "127.3.2.1:65535", "[::1]", "[::1]:8000",
        ] {
            #expect(LoopbackHost.isLoopbackAuthority(authority), "\(authority)")
        }
        for authority in [
            "evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example",
            "0.0.0.0:8000", "[::2]:8000", "[::1]x", "127.0.0.1:", "127.0.0.1:80a", "localhost:8000:1", "",
        ] {
            #expect(!LoopbackHost.isLoopbackAuthority(authority), "\(authority)")
        }
    }

    @Test func siteRootNeverLeavesItsFolder() throws {
        let temp = try ServeFolder()
        try temp.writeSite()
        try temp.link("site/out.txt", to: temp.path("secret.txt"))
        try temp.link("site/up", to: temp.root.path)
        try temp.link("site/in.html", to: "index.html")
        try temp.link("site/loop", to: "loop")
        #expect(mkfifo(temp.path("site/fifo.html"), 0o600) == 0)
        let root = SiteRoot(path: temp.path("site"))
        let real = temp.path("site")
        func lookup(_ target: String) throws -> SiteRoot.Lookup { root.lookup(try RequestPath(target: target)) }

        #expect(try lookup("/") == .file(real + "/index.html"))
        #expect(try lookup("/partnerships/acme/") == .file(real + "/partnerships/acme/index.html"))
        #expect(try lookup("/partnerships/acme?q") == .redirect("/partnerships/acme/"))
        #expect(try lookup("//evil.example/x") == .redirect("/evil.example/x/"))
        #expect(try lookup("/in.html") == .file(real + "/index.html"))
        #expect(try lookup("/index.html/") == .notFound)
        #expect(try lookup("/out.txt") == .notFound)
        #expect(try lookup("/up/secret.txt") == .notFound)
        #expect(try lookup("/up/") == .notFound)
        #expect(try lookup("/up") == .notFound)
        #expect(try lookup("/loop") == .notFound)
        #expect(try lookup("/fifo.html") == .notFound)
        #expect(try lookup("/.accord-output") == .notFound)
        #expect(try lookup("/missing.html") == .notFound)
        #expect(SiteRoot(path: temp.path("nowhere")).lookup(try RequestPath(target: "/")) == .unavailable)
    }

    @Test func filesAreReadOnlyWhenRegular() throws {
        let temp = try ServeFolder()
        try temp.write("a.txt", "abc")
        #expect(SiteFile.load(temp.path("a.txt"))?.bytes == Array("abc".utf8))
        #expect(mkfifo(temp.path("fifo"), 0o600) == 0)
        #expect(SiteFile.load(temp.path("fifo")) == nil)  // returns at once: never waits for a writer
        #expect(SiteFile.load(temp.root.path) == nil)
        try temp.link("link.txt", to: temp.path("a.txt"))
        #expect(SiteFile.load(temp.path("link.txt")) == nil)  // only real paths are opened
    }

    @Test func validatorsNameTheBytesAndTheTime() {
        let tag = Validators.entityTag(of: Array("hello".utf8))
        #expect(tag == "\"a430d84680aabd0b-5\"")
        #expect(Validators.entityTag(of: Array("hellp".utf8)) != tag)
        #expect(Validators.noneMatchHolds(tag, tag: tag))
        #expect(Validators.noneMatchHolds("\"x\", W/\(tag)", tag: tag))
        #expect(Validators.noneMatchHolds("*", tag: tag))
        #expect(!Validators.noneMatchHolds("\"a430d84680aabd0b-6\"", tag: tag))
        #expect(Validators.httpDate(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(Validators.seconds(httpDate: "Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(Validators.seconds(httpDate: "yesterday") == nil)
    }

    @Test func theScriptGoesBeforeTheLastBodyEndTag() {
        let tag = LiveReload.tag(generation: 7)
        #expect(tag == "<script src=\"/__accord/live.js\" data-accord-build=\"7\" defer></script>")
        func inject(_ page: String) -> String {
            String(decoding: LiveReload.inject(into: Array(page.utf8), generation: 7), as: UTF8.self)
        }
        #expect(inject("<p>x</p></body></html>") == "<p>x</p>\(tag)</body></html>")
        #expect(inject("<p>&lt;/body&gt;</p></BODY>") == "<p>&lt;/body&gt;</p>\(tag)</BODY>")
        #expect(inject("<!-- </body> --><p></p></body>\n") == "<!-- </body> --><p></p>\(tag)</body>\n")
        #expect(inject("<p>no end tag</p>") == "<p>no end tag</p>\(tag)")
        #expect(inject("") == tag)
    }

    @Test func theScriptWritesDiagnosticsAsTextOnly() {
        let script = LiveReload.script
        #expect(script.contains("list.textContent = text"))
        #expect(script.contains("new EventSource(\"/__accord/events\")"))
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("] {
            #expect(!script.contains(sink), "\(sink)")
        }
    }

    @Test func buildEventsCountGoodBuildsAndKeepTheGenerationOnAFailure() async throws {
        let events = BuildEvents(maximumSubscribers: 2)
        #expect(events.current == .init(generation: 1, ok: true, diagnostics: ""))
        let first = try #require(events.subscribe())
        let second = events.subscribe()
        #expect(second != nil)
        #expect(events.subscribe() == nil, "a third page is refused")
        events.publishFailedBuild(diagnostics: "Content/a.md:1:1: error: <b>x</b>\n")
        var iterator = first.makeAsyncIterator()
        // The newest state only: a page that was busy sees the failure, not the stale start.
        #expect(
            await iterator.next() == .init(generation: 1, ok: false, diagnostics: "Content/a.md:1:1: error: <b>x</b>\n")
        )
        events.publishGoodBuild()
        #expect(await iterator.next() == .init(generation: 2, ok: true, diagnostics: ""))
        #expect(
            BuildEvents.message(.init(generation: 2, ok: false, diagnostics: "a\nb \"c\""))
                == "event: build\ndata: {\"diagnostics\":\"a\\nb \\\"c\\\"\",\"generation\":2,\"ok\":false}\n\n")
        events.close()
        #expect(await iterator.next() == nil)
        withExtendedLifetime(second) {}
        #expect(events.subscribe() == nil)
    }
}
