import AccordTestSupport
import Foundation

/// Runs the built `accord` executable, as a user would, and captures what it prints.
struct AccordProcess {
    /// What a run printed and returned.
    typealias Result = ChildProcess.Result

    /// The repository root (three levels above this file).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `accord` binary: `ACCORD_BINARY` when set, else the one beside the test bundle.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ACCORD_BINARY"] { return URL(fileURLWithPath: path) }
        let runner = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside a bundle folder (`…/debug/AccordPackageTests.xctest`).
        for _ in 0..<4 {
            let candidate = folder.appending(path: "accord")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repositoryRoot.appending(path: ".build/debug/accord")
    }

    /// Runs `accord` with arguments in a working directory and an environment (merged over the current one).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        return try ChildProcess.run(binary, arguments, in: directory, environment: env)
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "accord-e2e-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a folder of the repository into a destination.
    static func copy(_ relative: String, to destination: URL) throws {
        try FileManager.default.copyItem(at: repositoryRoot.appending(path: relative), to: destination)
    }
}
