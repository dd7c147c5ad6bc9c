import AccordCore
import AccordInput
import AccordMetrics
import AccordSite
import Foundation

/// The content folder at a git revision, written into a temporary folder with `git archive` (the work tree and
/// the index are never touched). Errors say what to do; their exit status is 2 (no such revision) or 3.
public struct GitContentExport {
    /// A problem reading the repository, with the exit status it calls for.
    public struct Failure: Error, CustomStringConvertible {
        /// 2 for a revision that does not exist, 3 for anything else (no repository, shallow clone, git itself).
        public var exitCode: Int32
        /// The message, for `accord: error: …`.
        public var description: String
    }

    /// The content folder as given.
    public let contentPath: String
    /// The repository's top folder.
    public let topLevel: String
    /// The content folder's path inside the repository (`Content`; empty for the top folder).
    public let prefix: String

    /// Finds the repository holding the content folder.
    public init(contentPath: String) throws(Failure) {
        self.contentPath = contentPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(exitCode: 3, description: "content folder '\(contentPath)' does not exist or is not a folder")
        }
        let top = try Self.git(["rev-parse", "--show-toplevel"], in: contentPath)
        guard top.status == 0 else {
            throw Failure(
                exitCode: 3,
                description: "content folder '\(contentPath)' is not in a git repository; "
                    + "accord diff compares two commits of it")
        }
        topLevel = top.text
        var prefix = try Self.git(["rev-parse", "--show-prefix"], in: contentPath).text
        if prefix.hasSuffix("/") { prefix.removeLast() }
        self.prefix = prefix
    }

    /// The full commit id of a revision; exit 2 when it does not exist, 3 when a shallow clone lacks it.
    public func commit(_ revision: String) throws(Failure) -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains("\0") else {
            throw Failure(exitCode: 2, description: "'\(revision)' is not a revision")
        }
        let found = try Self.git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: topLevel)
        if found.status == 0 { return found.text }
        if try Self.git(["rev-parse", "--is-shallow-repository"], in: topLevel).text == "true" {
            throw Failure(
                exitCode: 3,
                description: "revision '\(revision)' is not in this shallow clone; fetch the "
                    + "history first: `git fetch --unshallow` (or `git fetch --deepen=N`), or check out with fetch-depth: 0"
            )
        }
        throw Failure(
            exitCode: 2, description: "revision '\(revision)' does not exist in the repository of '\(contentPath)'")
    }

    /// Writes the content folder at a commit into `folder` (created); returns false when the commit has no such
    /// folder (then `folder` is left empty: every partnership of the other side is new).
    @discardableResult
    public func export(_ commit: String, into folder: String) throws(Failure) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(exitCode: 3, description: "cannot create '\(folder)': \(error.localizedDescription)")
        }
        let tree = prefix.isEmpty ? commit : "\(commit):\(prefix)"
        guard try Self.git(["cat-file", "-e", tree], in: topLevel).status == 0 else { return false }
        let archive = folder + ".tar"
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let made = try Self.git(["archive", "--format=tar", "--output=\(archive)", tree], in: topLevel)
        guard made.status == 0 else {
            throw Failure(exitCode: 3, description: "git archive failed: \(Escape.line(made.error.trimmed))")
        }
        let untar = Process()
        untar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        untar.arguments = ["tar", "-x", "--no-same-owner", "--no-same-permissions", "-f", archive, "-C", folder]
        untar.standardOutput = FileHandle.nullDevice
        untar.standardError = FileHandle.nullDevice
        do {
            try untar.run()
        } catch {
            throw Failure(exitCode: 3, description: "cannot run tar: \(error.localizedDescription)")
        }
        untar.waitUntilExit()
        guard untar.terminationStatus == 0 else {
            throw Failure(
                exitCode: 3, description: "cannot unpack the content of \(commit.prefix(12)) into '\(folder)'")
        }
        return true
    }

    package static func git(_ arguments: [String], in folder: String) throws(Failure) -> GitCommand.Result {
        do {
            return try GitCommand.run(arguments, in: folder)
        } catch {
            throw Failure(exitCode: 3, description: error.description)
        }
    }
}
