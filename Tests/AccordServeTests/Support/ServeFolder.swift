import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// A throw-away folder for the preview server's tests: files written one by one, removed when released.
final class ServeFolder {
    /// The folder (real path, no symbolic link in it).
    let root: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("accord-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath()
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// An absolute path below the folder.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes a text file (folders created as needed).
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try writeBytes(relative, Array(text.utf8))
    }

    /// Writes a file of bytes.
    @discardableResult
    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Makes `relative` a symbolic link to `destination`.
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// A small site in `site/` (a page, a folder with its index, a stylesheet, a text file) and a secret beside it.
    func writeSite() throws {
        try write(
            "site/index.html",
            "<!doctype html>\n<html><head><title>Home</title></head><body><p>home</p></body></html>\n")
        try write("site/partnerships/acme/index.html", "<!doctype html><html><body><p>acme</p></BODY></html>")
        try write("site/assets/style.css", "body { color: black; }\n")
        try write("site/metrics.json", "{}\n")
        try write("site/notes.txt", "plain text\n")
        try write("site/evil.example/x/index.html", "<p>a folder named like a host</p>")
        try write("site/.accord-output", "marker")
        try write("secret.txt", "secret")
    }

    /// A content folder with one partnership that builds (`Content/partnerships/acme-globex/charter.md`).
    func writeContent(title: String = "Acme × Globex") throws {
        try write("Content/partnerships/acme-globex/charter.md", Self.charter(title: title))
    }

    /// Build options for `Content/` into `Output/` at a fixed report date.
    func options() -> BuildOptions {
        var options = BuildOptions(today: Day(year: 2030, month: 1, day: 1) ?? Day(ordinal: 0))
        options.contentPath = path("Content")
        options.outputPath = path("Output")
        options.asOf = Day(year: 2026, month: 6, day: 1)
        return options
    }

    /// A charter with two parties and one goal that checks without a diagnostic.
    static func charter(title: String) -> String {
        TwoCommitPortfolio.charter(title: title, review: "2027-01-15")
    }
}

/// Polls a condition until it holds or `seconds` pass.
func eventually(seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}
