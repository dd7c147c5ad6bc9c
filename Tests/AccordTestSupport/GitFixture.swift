import Foundation

/// A throw-away git repository for tests: every commit has a fixed author, committer and date, and git reads
/// no configuration of the machine or the user (HOME is a temporary folder), so commit ids are exact.
public final class GitFixture {
    /// The repository's work tree.
    public let root: URL
    /// The temporary HOME git runs with.
    let home: URL

    /// A new repository on branch `main`.
    public init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-git-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
        root = base.appendingPathComponent("repo", isDirectory: true)
        home = base.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    /// An absolute path inside the work tree.
    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes a text file (folders created as needed).
    public func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Removes a file or folder.
    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    /// Stages everything and commits it as `author` at `date` (ISO 8601, e.g. `2026-05-16T10:00:00Z`).
    public func commit(
        _ message: String, date: String, author: String = "Ann Author",
        email: String = "ann@example.com"
    ) throws {
        try git("add", "-A")
        try git(
            "-c", "commit.gpgsign=false", "commit", "-q", "-m", message,
            environment: [
                "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
                "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date,
            ])
    }

    /// Runs git in the work tree (or `folder`) and returns its standard output; throws when it fails.
    @discardableResult
    public func git(_ arguments: String..., in folder: URL? = nil, environment: [String: String] = [:]) throws -> String
    {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["LC_ALL"] = "C"
        for (key, value) in environment { env[key] = value }
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: folder ?? root, environment: env)
        guard result.status == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")): " + result.stderr)
        }
        return result.stdout
    }

    /// A git command that failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The command and what git printed.
        public var description: String
    }
}
