import AccordCore
import Foundation
import Synchronization

/// Who a file on disk is: the same inode, size and modification time as when a build wrote it means nobody
/// has written it since (a build links such a file into the next site instead of writing it again).
public struct FileStamp: Sendable, Hashable, Codable {
    /// Device and inode.
    public var device: UInt64
    /// The inode number.
    public var inode: UInt64
    /// Size in bytes.
    public var size: Int
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64

    /// A stamp from its parts.
    public init(device: UInt64, inode: UInt64, size: Int, modified: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at a path (not followed through a link); nil when it is not a regular file.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// A file of the previous build, as the build cache remembers it.
public struct PreviousFile: Sendable, Hashable, Codable {
    /// The fingerprint of its bytes.
    public var hash: ContentHash
    /// Its stamp right after it was written.
    public var stamp: FileStamp

    /// A remembered file.
    public init(hash: ContentHash, stamp: FileStamp) {
        self.hash = hash
        self.stamp = stamp
    }
}

/// The files of the site at the output path that a build may link into its new site instead of writing them:
/// each one only while its stamp is what the previous build recorded.
public struct PreviousOutput: Sendable {
    /// The folder of the current site (the output path; a link layout is followed by the kernel).
    public var folder: String
    /// What the previous build wrote, by path.
    public var files: [String: PreviousFile]
    /// Hard-link unchanged files (tests turn it off to take the copying path of file systems without links).
    package var linksFiles = true
    /// The paths this build already found unchanged: a page looked at when its partnership was reused is not
    /// looked at again, a moment later, when it is staged.
    private let seenUnchanged = SeenPaths()

    /// The previous site.
    public init(folder: String, files: [String: PreviousFile]) {
        self.folder = folder
        self.files = files
    }

    /// True when the file at `path` is still the one the previous build wrote.
    public func isUnchanged(_ path: String) -> Bool {
        guard let file = files[path] else { return false }
        if seenUnchanged.paths.withLock({ $0.contains(path) }) { return true }
        guard FileStamp.of(folder + "/" + path) == file.stamp else { return false }
        seenUnchanged.paths.withLock { _ = $0.insert(path) }
        return true
    }

    /// Links the previous file at `path` to `target` when it is still the one the previous build wrote and
    /// (when given) has the fingerprint `hash`; false when it must be written. On a file system without hard
    /// links the same bytes are copied.
    func link(_ path: String, to target: String, hash: ContentHash?) -> Bool {
        guard let file = files[path], hash == nil || hash == file.hash else { return false }
        let source = folder + "/" + path
        guard FileStamp.of(source) == file.stamp else { return false }
        if linksFiles, Foundation.link(source, target) == 0 { return true }
        return (try? FileManager.default.copyItem(atPath: source, toPath: target)) != nil
    }
}

/// Paths shared between the copies of one `PreviousOutput`.
private final class SeenPaths: Sendable {
    let paths = Mutex<Set<String>>([])
}
