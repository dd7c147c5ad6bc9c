import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// A throw-away folder holding a `Content/` tree written file by file, removed when released.
/// Tests build each case from a few small files and run the pipeline or a decoder on them.
final class TempContent {
    /// The temporary folder (holds `Content/` and any output folders).
    let root: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // Resolve /tmp symlinks so paths compare the same way the loader sees them.
        root = base.resolvingSymlinksInPath()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// `root/Content`.
    var contentPath: String { root.appendingPathComponent("Content").path }

    /// An absolute path below `root`.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes a text file below `Content/` (folders created as needed).
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try writeBytes(relative, Array(text.utf8))
    }

    /// Writes raw bytes below `Content/`.
    @discardableResult
    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: contentPath).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Creates an (empty) folder below `Content/`.
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: contentPath).appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    /// Options for this content folder at a fixed report date.
    func options(asOf: String = "2026-06-01", output: String = "Output") -> BuildOptions {
        var options = BuildOptions(today: Day(iso: "2030-01-01")!)
        options.contentPath = contentPath
        options.outputPath = path(output)
        options.asOf = Day(iso: asOf)
        return options
    }

    /// Runs `accord check` on the folder.
    func check(drafts: Bool = false) -> Pipeline.Outcome {
        var options = options()
        options.includeDrafts = drafts
        return Pipeline.run(options, mode: .check)
    }

    /// Loads the folder only.
    func load(drafts: Bool = false) throws -> (ContentInventory, [Diagnostic]) {
        var bag = DiagnosticBag()
        let inventory = try ContentLoader(root: contentPath, includeDrafts: drafts).load(into: &bag)
        return (inventory, bag.all)
    }

    /// A charter with two parties (`acme`, `globex`), one goal `G1` and every default required section,
    /// so a check of it alone reports nothing. `front` is inserted before the closing fence.
    static func charter(front: String = "", body: String = "") -> String {
        """
        ---
        title: Acme × Globex
        status: active
        parties:
          - id: acme
            name: Acme Corp
            lead: Jane Smith
            people: [Jane Smith, Tom Lee, Sean O'Brien]
          - id: globex
            name: Globex Services
            lead: Raj Patel
            people: [Raj Patel, Mia Chen]
        signed: {acme: 2026-01-10, globex: 2026-01-12}
        review: 2027-01-15
        cadence: monthly
        goals:
          - id: G1
            title: Cut resolution time
            owner: globex
            priority: {acme: 5, globex: 4}
            kpi: {name: Resolution time, unit: h, baseline: 30, target: 12}
            due: 2026-12-31
        \(front)---

        # Acme × Globex

        \(FixtureText.charterSections)
        \(body)
        """
    }

    /// Writes the standard charter to `partnerships/SLUG/charter.md`.
    func writeCharter(slug: String = "acme-globex", front: String = "", body: String = "") throws {
        try write("partnerships/\(slug)/charter.md", Self.charter(front: front, body: body))
    }

    /// Writes a note under `partnerships/SLUG/meetings/NAME`.
    func writeNote(_ name: String, slug: String = "acme-globex", _ text: String) throws {
        try write("partnerships/\(slug)/meetings/\(name)", text)
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics as the CLI prints them with `--diagnostics text` and content folder `Content/`.
    var printed: [String] {
        let printer = DiagnosticPrinter(format: .text, pathPrefix: "Content/")
        return map { printer.format($0) }
    }
}

/// Reads every file below a folder: relative path → bytes.
func snapshot(of folder: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else {
        return result
    }
    for case let url as URL in enumerator {
        let values = try url.resourceValues(forKeys: [.isRegularFileKey])
        guard values.isRegularFile == true else { continue }
        let relative = String(url.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
        result[relative] = try Data(contentsOf: url)
    }
    return result
}

/// The `id="…"` values that occur more than once in an HTML page.
func duplicateIDs(in html: String) -> [String] {
    var seen = Set<String>()
    var duplicates: [String] = []
    for match in html.matches(of: /\sid="([^"]*)"/) {
        let id = String(match.output.1)
        if !seen.insert(id).inserted { duplicates.append(id) }
    }
    return duplicates
}
