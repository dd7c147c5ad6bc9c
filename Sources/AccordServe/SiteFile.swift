import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file of the site read for a response: its bytes and when it was last modified.
struct SiteFile: Sendable {
    /// The whole content.
    var bytes: [UInt8]
    /// The modification time, whole seconds since 1970 (what `Last-Modified` can say).
    var modifiedSeconds: Int

    /// The largest file served; the site's files are pages, charts, styles and images.
    static let maximumSize = 256 << 20

    /// Reads a regular file by its real path; nil for anything else (a FIFO is never waited on).
    static func load(_ path: String) -> SiteFile? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= maximumSize else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0 + filled, buffer.count - filled) } ?? 0
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        // A file that shrank while read is sent as it was read.
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        #if canImport(Glibc)
            let seconds = Int(info.st_mtim.tv_sec)
        #else
            let seconds = Int(info.st_mtimespec.tv_sec)
        #endif
        return SiteFile(bytes: bytes, modifiedSeconds: seconds)
    }
}
