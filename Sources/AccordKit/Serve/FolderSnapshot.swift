import AccordInput
import Foundation

/// The path, size and modification time of every file below some folders: two differ when a file changed.
public struct FolderSnapshot: Equatable, Sendable {
    /// What is recorded of one file or folder.
    struct Entry: Equatable, Sendable {
        var isFolder: Bool
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    /// The most entries one snapshot records: a bound on the memory of the watcher, whatever is below.
    static let maxEntries = 1_000_000

    /// Entries by absolute path.
    var entries: [String: Entry] = [:]

    /// The number of files and folders recorded.
    public var count: Int { entries.count }

    /// The absolute paths of the folders recorded.
    var folders: [String] { entries.filter(\.value.isFolder).map(\.key) }

    /// Walks the folders through the file-access layer, as the build reads them: a link that leaves
    /// its folder is not followed, each real folder is listed once (a link loop ends), and no FIFO is
    /// opened. Names starting with `.` are skipped, as the content loader skips them, and so is every
    /// path in `excluding` (the output).
    public init(folders: [String], excluding: [String] = []) {
        let excluded = Set(excluding.map(Self.trimmed))
        let excludedReal = Set(
            excluded.compactMap { path -> String? in
                guard case .success(let real) = NoFollowIO.realPath(path) else { return nil }
                return real
            })
        for folder in Set(folders.map(Self.trimmed)).sorted() {
            guard !excluded.contains(folder), let root = FileRoot(path: folder, rootName: "watched folder"),
                let top = root.rootEntry()
            else { continue }
            var visited = Set<FileIdentity>()
            record(top, at: folder)
            var pending = [top]
            while let next = pending.popLast(), entries.count < Self.maxEntries {
                for entry in root.list(next, visited: &visited, skip: { $0.hasPrefix(".") }).entries {
                    let logical = folder + "/" + entry.relativePath
                    if excluded.contains(logical) || excludedReal.contains(root.absolutePath(of: entry)) { continue }
                    record(entry, at: logical)
                    if entry.kind == .directory { pending.append(entry) }
                }
            }
        }
    }

    private mutating func record(_ entry: FileRoot.Entry, at path: String) {
        let isFolder = entry.kind == .directory
        entries[path] = Entry(
            isFolder: isFolder, size: isFolder ? 0 : entry.stamp.size, seconds: entry.stamp.seconds,
            nanoseconds: isFolder ? 0 : entry.stamp.nanoseconds)
    }

    static func trimmed(_ path: String) -> String {
        var path = URL(fileURLWithPath: path).standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
