import Glibc
import Synchronization

/// Bytes a run keeps on disk rather than in memory until it reads them back: a file created beside the output
/// folder and removed from the folder as soon as it is opened (so nothing is left behind, even by a run that is
/// killed); what is appended stays where it is until the file is closed.
package final class SpoolFile: Sendable {
    /// Where an appended run of bytes is in the file.
    package struct Span: Sendable, Hashable {
        /// The offset of its first byte.
        package var offset: Int
        /// Its length.
        package var count: Int

        /// The span of `count` bytes at `offset`.
        package init(offset: Int, count: Int) {
            self.offset = offset
            self.count = count
        }
    }

    private struct State {
        /// The open, already removed, file; -1 when there is none.
        var descriptor: Int32
        /// The end of what was written.
        var end = 0
        /// True once bytes written could not be read back.
        var lost = false
    }
    private let state: Mutex<State>

    /// A spool whose file is `path` (a fresh name, created with `O_EXCL`), or none when `path` is nil or the file
    /// cannot be made.
    package init(path: String?) {
        state = Mutex(State(descriptor: path.map(Self.openRemoved) ?? -1))
    }

    deinit {
        state.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
    }

    /// Creates `path`, removes its name and returns the open file; -1 on failure.
    private static func openRemoved(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return -1 }
        guard unlink(path) == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// True when there is a file to append to.
    package var isOpen: Bool { state.withLock { $0.descriptor >= 0 } }

    /// Appends `bytes` and tells where they are; nil when there is no file or they cannot be written (the caller
    /// keeps them in memory).
    package func append(_ bytes: [UInt8]) -> Span? {
        state.withLock { state in
            guard state.descriptor >= 0, PositionalIO.write(state.descriptor, bytes, at: state.end) else { return nil }
            defer { state.end += bytes.count }
            return Span(offset: state.end, count: bytes.count)
        }
    }

    /// The bytes at `span`; nil, and the spool marked as having lost some, when they cannot be read back.
    package func read(_ span: Span) -> [UInt8]? {
        let descriptor = state.withLock { $0.descriptor }
        let bytes = descriptor >= 0 ? PositionalIO.read(descriptor, count: span.count, at: span.offset) : nil
        if bytes == nil { state.withLock { $0.lost = true } }
        return bytes
    }

    /// True when some bytes could not be read back.
    package var lostSome: Bool { state.withLock { $0.lost } }
}
