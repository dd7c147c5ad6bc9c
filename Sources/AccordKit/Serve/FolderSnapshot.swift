import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The path, size and modification time of every file below some folders: two differ when a file changed.
public struct FolderSnapshot: Equatable, Sendable {
    /// What is recorded of one file or folder.
    struct Entry: Equatable, Sendable {
        var isFolder: Bool
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Entries by absolute path.
    var entries: [String: Entry] = [:]

    /// The number of files and folders recorded.
    public var count: Int { entries.count }

    /// Walks the folders (symbolic links followed, at most 64 levels deep). Names starting with `.`
    /// are skipped, as the content loader skips them, and so is every path in `excluding` (the output).
    public init(folders: [String], excluding: [String] = []) {
        let excluded = Set(excluding.map(Self.trimmed))
        for folder in Set(folders.map(Self.trimmed)) {
            walk(folder, depth: 0, excluded: excluded)
        }
    }

    private mutating func walk(_ path: String, depth: Int, excluded: Set<String>) {
        guard !excluded.contains(path) else { return }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        #if canImport(Glibc)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        entries[path] = Entry(isFolder: isFolder, size: isFolder ? 0 : Int64(info.st_size),
                              seconds: Int(time.tv_sec), nanoseconds: isFolder ? 0 : Int(time.tv_nsec))
        guard isFolder, depth < 64, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") {
            walk(path + "/" + name, depth: depth + 1, excluded: excluded)
        }
    }

    static func trimmed(_ path: String) -> String {
        var path = URL(fileURLWithPath: path).standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
