#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The identity of a file on disk, its device and inode numbers: two paths name the same file
/// (through a link) exactly when their identities are equal.
package struct FileIdentity: Hashable, Sendable {
    /// The device number.
    package var device: UInt64
    /// The inode number.
    package var inode: UInt64

    /// The identity recorded in a `stat` result.
    package init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// What `lstat` says a directory entry is.
package enum FileType: Sendable, Equatable {
    case regular, directory, symbolicLink, fifo, socket, device, other

    /// The type recorded in a `stat` result.
    package init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }

    /// The type in words, for diagnostics (`a FIFO`).
    package var phrase: String {
        switch self {
        case .regular: "a file"
        case .directory: "a folder"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        case .device: "a device"
        case .other: "a special file"
        }
    }
}

/// The size and modification time of a file, what the `serve` watcher compares.
package struct FileStamp: Hashable, Sendable {
    /// Size in bytes (0 for a folder).
    package var size: Int64
    /// Modification time, seconds.
    package var seconds: Int
    /// Modification time, nanoseconds.
    package var nanoseconds: Int
    /// Status change time (any write, rename or change of mode), in nanoseconds.
    package var changed: Int

    /// The stamp of a `stat` result.
    package init(_ info: stat) {
        #if canImport(Glibc)
            let (time, change) = (info.st_mtim, info.st_ctim)
        #else
            let (time, change) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        size = Int64(info.st_size)
        seconds = Int(time.tv_sec)
        nanoseconds = Int(time.tv_nsec)
        changed = Int(change.tv_sec) * 1_000_000_000 + Int(change.tv_nsec)
    }
}
