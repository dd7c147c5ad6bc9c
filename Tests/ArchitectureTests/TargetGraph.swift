import Foundation

/// The package's target graph as `swift package dump-package` prints it: target name → the names of
/// the targets and products it depends on.
struct TargetGraph: Equatable {
    /// Dependencies by target name.
    var dependencies: [String: [String]]

    /// A graph read from `dump-package` JSON.
    init(dumpPackageJSON data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let targets = root["targets"] as? [[String: Any]]
        else {
            throw Failure(description: "dump-package output has no `targets` array")
        }
        var dependencies: [String: [String]] = [:]
        for target in targets {
            guard let name = target["name"] as? String else { continue }
            let entries = target["dependencies"] as? [[String: Any]] ?? []
            // Each entry is `{"byName": [name, condition]}`, `{"target": [...]}` or `{"product": [name, package, ...]}`.
            dependencies[name] = entries.compactMap { entry in
                for key in ["byName", "target", "product"] {
                    if let values = entry[key] as? [Any], let first = values.first as? String { return first }
                }
                return nil
            }
        }
        self.dependencies = dependencies
    }

    /// A graph from a literal map (for the checker's own tests).
    init(_ dependencies: [String: [String]]) {
        self.dependencies = dependencies
    }

    /// The graph of the package at `root`, from `swift package dump-package` (with a scratch path of its
    /// own, so that it does not wait for the lock of the `swift test` that runs it).
    static func load(packageRoot root: URL) throws -> TargetGraph {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-architecture-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "package", "--package-path", root.path, "--scratch-path", scratch.path,
            "dump-package",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "swift package dump-package exited with \(process.terminationStatus)")
        }
        return try TargetGraph(dumpPackageJSON: data)
    }

    /// Edges that break the layering: a target of `layers` that depends on a target of its own or a later
    /// layer (`from -> to`), plus targets of `layers` missing from the graph.
    func violations(layers: [String]) -> [String] {
        var found: [String] = []
        for (rank, name) in layers.enumerated() {
            guard let edges = dependencies[name] else {
                found.append("\(name) is not a target")
                continue
            }
            for edge in edges {
                if let other = layers.firstIndex(of: edge), other >= rank { found.append("\(name) -> \(edge)") }
            }
        }
        return found.sorted()
    }

    /// Targets that depend on any of `names` (targets or products), other than `allowed`.
    func dependents(of names: Set<String>, except allowed: Set<String>) -> [String] {
        dependencies.filter { !allowed.contains($0.key) && !names.isDisjoint(with: $0.value) }.keys.sorted()
    }

    /// A problem reading the graph.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }
}
