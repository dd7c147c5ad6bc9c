import Foundation
import Testing

@testable import AccordKit

/// Golden files under `Fixtures/`: compared byte for byte, rewritten in the source tree when the
/// environment has `ACCORD_UPDATE_GOLDENS=1` (the convention of `Charts/ChartGoldenTests.swift`).
enum Golden {
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["ACCORD_UPDATE_GOLDENS"] != nil }

    /// `Tests/AccordKitTests/` in the source tree.
    static var testsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fixture folder or file as copied into the test bundle (`Fixtures/…`).
    static func fixture(_ relative: String) throws -> URL {
        try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/\(relative)"))
    }

    /// Compares `actual` with the golden file `Fixtures/<relative>`, or rewrites it when updating.
    static func check(
        _ actual: String, against relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        if isUpdating {
            let url = testsFolder.appendingPathComponent("Fixtures/\(relative)")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try Data(contentsOf: fixture(relative))
        if Data(actual.utf8) != expected {
            let expectedText = String(decoding: expected, as: UTF8.self)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end of file>"
            let wanted = first < expectedLines.count ? String(expectedLines[first]) : "<end of file>"
            Issue.record(
                """
                \(relative) differs at line \(first + 1) (run with ACCORD_UPDATE_GOLDENS=1 to accept):
                  expected: \(wanted)
                  actual:   \(got)
                """, sourceLocation: sourceLocation)
        }
    }
}
