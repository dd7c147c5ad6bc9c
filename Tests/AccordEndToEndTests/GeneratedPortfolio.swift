import Foundation

/// Portfolios generated for the output-safety tests: the demo content with every partnership copied
/// several times, each copy with images beside its charter, in its meetings and in a folder of its own.
enum GeneratedPortfolio {
    /// Writes `Content/` into `work`: the demo plus `copies` copies of each partnership, with images.
    static func make(in work: URL, copies: Int, imageBytes: Int = 12_000) throws {
        let content = work.appending(path: "Content")
        try AccordProcess.copy("Content", to: content)
        let partnerships = content.appending(path: "partnerships")
        let manager = FileManager.default
        let originals = try manager.contentsOfDirectory(atPath: partnerships.path).sorted()
        var seed: UInt64 = 0x5eed
        for original in originals {
            for copy in 0...copies {
                let folder = partnerships.appending(path: copy == 0 ? original : "\(original)-copy\(copy)")
                if copy > 0 { try manager.copyItem(at: partnerships.appending(path: original), to: folder) }
                for (index, place) in ["", "meetings/", "images/", "images/more/"].enumerated() {
                    let file = folder.appending(path: "\(place)figure-\(index).png")
                    try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(bytes(imageBytes, seed: &seed)).write(to: file)
                }
            }
        }
    }

    /// Deterministic bytes (the same portfolio every time, so reference builds compare byte for byte).
    static func bytes(_ count: Int, seed: inout UInt64) -> [UInt8] {
        (0..<count).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
    }

    /// Every file below a folder (relative path → bytes), hidden files included; nil entries never occur.
    static func snapshot(_ folder: URL) -> [String: Data] {
        SiteInspector(root: folder).contents()
    }

    /// The names in a folder, sorted (to see leftovers beside an output folder).
    static func names(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// True when running as root (needed to mount a tmpfs).
    static var isRoot: Bool { getuid() == 0 }

    /// Runs a command and returns its exit status (for `mount` and `umount`).
    @discardableResult
    static func shell(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
