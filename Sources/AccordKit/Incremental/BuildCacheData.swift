import Foundation

/// The build cache's data file beside the output folder (`.Output.accord-cachedata`): every partnership's parse
/// and metrics, one after another. A build appends what it made and leaves what it reused where it is, so that a
/// one-note rebuild writes a few kilobytes instead of the whole cache; the index (`BuildCache`) says where each
/// entry's bytes are and which data file they are in (its identity, the random bytes after its magic).
package final class BuildCacheData: Sendable {
    /// The first bytes of the file; a new format changes the number.
    static let magic = Array("accord build cache data 1\n".utf8)
    /// The length of the identity that follows the magic.
    static let identityCount = 16

    /// The open file, read with `pread` (never written through this descriptor).
    private let descriptor: Int32
    /// The random bytes that name this file.
    package let identity: [UInt8]
    /// The device and inode of the file, to tell whether the name still leads to it.
    private let device: UInt64
    private let inode: UInt64
    /// Its size when opened.
    package let size: Int

    private init(descriptor: Int32, identity: [UInt8], info: stat) {
        self.descriptor = descriptor
        self.identity = identity
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// The data file at `path` when it is a regular file that begins as one does; nil otherwise.
    package static func open(_ path: String) -> BuildCacheData? {
        let descriptor = Foundation.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        let headCount = magic.count + identityCount
        var head = [UInt8](repeating: 0, count: headCount)
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            pread(descriptor, &head, headCount, 0) == headCount, head.starts(with: magic)
        else {
            close(descriptor)
            return nil
        }
        return BuildCacheData(descriptor: descriptor, identity: Array(head[magic.count...]), info: info)
    }

    /// `count` bytes at `offset`; nil when they are not all there.
    package func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= size - count else { return nil }
        return PositionalIO.read(descriptor, count: count, at: offset)
    }

    /// True when `path` still names this file.
    func isStill(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}

/// Where one part of a cache entry (a parse or metrics, encoded) is: bytes made by this build, or a span of a data
/// file.
package struct BuildCachePart: Sendable {
    /// The place of the bytes.
    package enum Place: Sendable {
        /// In memory.
        case bytes([UInt8])
        /// In a data file.
        case stored(BuildCacheData, offset: Int, count: Int)
    }
    /// The place of the bytes.
    package var place: Place

    /// Bytes in memory.
    package init(_ bytes: [UInt8]) { place = .bytes(bytes) }

    /// A span of a data file.
    package init(_ data: BuildCacheData, offset: Int, count: Int) {
        place = .stored(data, offset: offset, count: count)
    }

    /// True when there are no bytes (a partnership whose charter failed has no parse; one not measured, no metrics).
    package var isEmpty: Bool {
        switch place {
        case .bytes(let bytes): bytes.isEmpty
        case .stored(_, _, let count): count == 0
        }
    }

    /// The number of bytes.
    var count: Int {
        switch place {
        case .bytes(let bytes): bytes.count
        case .stored(_, _, let count): count
        }
    }

    /// The bytes; nil when the data file no longer has them.
    package var bytes: [UInt8]? {
        switch place {
        case .bytes(let bytes): bytes
        case .stored(let data, let offset, let count): data.bytes(at: offset, count: count)
        }
    }

    /// True when the bytes are in `data`.
    func isStored(in data: BuildCacheData?) -> Bool {
        guard case .stored(let file, _, _) = place, let data else { return false }
        return file === data
    }
}
