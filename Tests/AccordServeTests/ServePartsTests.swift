import Foundation
import Testing
@testable import AccordKit

/// The pieces of `accord serve` on their own: request parsing, path safety, media types, hosts, snapshots.
@Suite struct ServePartsTests {
    @Test func requestPathsAreDecodedAndTraversalIsRejected() throws {
        let plain = try RequestPath(target: "/partnerships/acme%20globex/index.html?x=1#top")
        #expect(plain.segments == ["partnerships", "acme globex", "index.html"])
        #expect(!plain.namesFolder)
        #expect(plain.rawPath == "/partnerships/acme%20globex/index.html")
        #expect(try RequestPath(target: "/").segments == [])
        #expect(try RequestPath(target: "/a/./b//").segments == ["a", "b"])
        #expect(try RequestPath(target: "/a/").namesFolder)
        for target in ["/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc", "/a/..", "/assets/..%2f..%2fx", "/a/%2e%2e/%2e%2e/b"] {
            #expect(throws: RequestPath.Problem.traversal, "\(target)") { try RequestPath(target: target) }
        }
        for target in ["index.html", "http://example.com/", "/%zz", "/%2", "/a%00b", "/%ff%fe", "*"] {
            #expect(throws: RequestPath.Problem.malformed, "\(target)") { try RequestPath(target: target) }
        }
    }

    @Test func requestHeadsNeedAMethodATargetAndHTTP1() {
        let head = HTTPRequestHead(Array("GET /a.css HTTP/1.1\r\nHost: x".utf8))
        #expect(head?.method == "GET")
        #expect(head?.target == "/a.css")
        #expect(head?.version == "HTTP/1.1")
        #expect(HTTPRequestHead(Array("HEAD / HTTP/1.0".utf8))?.method == "HEAD")
        for bad in ["", "GET /", "GET / HTTP/2", "get / HTTP/1.1", "GET /a b HTTP/1.1", "GET /a\u{7}b HTTP/1.1"] {
            #expect(HTTPRequestHead(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test func mediaTypesFollowTheExtension() {
        #expect(MediaType.forPath("/x/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.forPath("assets/style.CSS") == "text/css; charset=utf-8")
        #expect(MediaType.forPath("metrics.json") == "application/json; charset=utf-8")
        #expect(MediaType.forPath("a.svg") == "image/svg+xml; charset=utf-8")
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
        for host in ["0.0.0.0", "192.168.1.10", "10.0.0.1", "example.com", "::", "::1", "127.0.0", "127.0.0.256", "127.0.0.1 ", ""] {
            #expect(LoopbackHost.address(host) == nil, "\(host)")
        }
    }

    @Test func snapshotsNoticeEditsNewFilesAndRemovalsButNotDotFilesOrTheOutput() throws {
        let temp = try TempContent()
        try temp.write("partnerships/a/charter.md", "one")
        try temp.write("Output/index.html", "site")
        let folders = [temp.contentPath], excluded = [temp.path("Content/Output")]
        let first = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(first == FolderSnapshot(folders: folders, excluding: excluded))
        #expect(first.count == 4) // Content, partnerships, a, charter.md

        try temp.write("Output/index.html", "site, rebuilt")
        try temp.write(".swap", "editor")
        #expect(FolderSnapshot(folders: folders, excluding: excluded) == first)

        try temp.write("partnerships/a/charter.md", "two!")
        let edited = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(edited != first)
        try temp.write("partnerships/a/meetings/n.md", "note")
        let added = FolderSnapshot(folders: folders, excluding: excluded)
        #expect(added != edited)
        try FileManager.default.removeItem(atPath: temp.path("Content/partnerships/a/meetings/n.md"))
        #expect(FolderSnapshot(folders: folders, excluding: excluded) != added)
    }

    @Test func siteRootNeverLeavesItsFolder() throws {
        let temp = try TempContent()
        try temp.write("site/index.html", "home")
        try temp.write("site/a/index.html", "a")
        try temp.write("site/.accord-output", "marker")
        try temp.write("secret.txt", "secret")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: temp.path("Content/site/out.txt"), withDestinationPath: temp.path("Content/secret.txt"))
        try manager.createSymbolicLink(atPath: temp.path("Content/site/up"), withDestinationPath: temp.path("Content"))
        try manager.createSymbolicLink(atPath: temp.path("Content/site/in.html"), withDestinationPath: "index.html")
        let root = SiteRoot(path: temp.path("Content/site"))
        let real = URL(fileURLWithPath: temp.path("Content/site")).resolvingSymlinksInPath().path
        func lookup(_ target: String) throws -> SiteRoot.Lookup { root.lookup(try RequestPath(target: target)) }

        #expect(try lookup("/") == .file(real + "/index.html"))
        #expect(try lookup("/a/") == .file(real + "/a/index.html"))
        #expect(try lookup("/a?q") == .redirect("/a/"))
        #expect(try lookup("/in.html") == .file(real + "/index.html"))
        #expect(try lookup("/index.html/") == .notFound)
        #expect(try lookup("/out.txt") == .notFound)
        #expect(try lookup("/up/secret.txt") == .notFound)
        #expect(try lookup("/up/") == .notFound)
        #expect(try lookup("/.accord-output") == .notFound)
        #expect(try lookup("/missing.html") == .notFound)
        #expect(SiteRoot(path: temp.path("nowhere")).lookup(try RequestPath(target: "/")) == .notFound)
    }
}
