#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the content watcher as soon as the kernel reports a change in a watched folder (inotify on Linux), so
/// that an edit is seen at once rather than at the next poll. A reported change is rebuilt at once; the
/// watcher's snapshots keep the record of what was built and catch what a report missed. Made and used on
/// the watcher's thread only.
final class ChangeNotifier {
    private let descriptor: Int32

    /// A notifier, or nil where the kernel offers none (the watcher then polls).
    init?() {
        #if canImport(Glibc)
            descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
        #else
            return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Watches every folder; a folder already watched keeps its one watch. A folder that cannot be watched
    /// (the user's limit of watches reached) is still seen by the watcher's regular look.
    func watch(_ folders: [String]) {
        #if canImport(Glibc)
            let events: [Int32] = [
                Int32(IN_CREATE), Int32(IN_DELETE), Int32(IN_MODIFY), Int32(IN_MOVED_FROM), Int32(IN_MOVED_TO),
                Int32(IN_CLOSE_WRITE), Int32(IN_ATTRIB), Int32(IN_DELETE_SELF), Int32(IN_MOVE_SELF),
            ]
            let mask = UInt32(bitPattern: events.reduce(0, |))
            for folder in folders { _ = inotify_add_watch(descriptor, folder, mask) }
        #endif
    }

    /// Waits up to `seconds` for a change; true when one was reported (every pending report is read). A report
    /// only of names starting with `.` (an editor's swap file), which the content loader never reads, is none.
    func wait(_ seconds: Double) -> Bool {
        var item = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&item, 1, Int32(max(0, seconds) * 1000)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var reported = false
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            reported = reported || Self.namesAnything(buffer[..<count])
        }
        return reported
    }

    /// True when a batch of `inotify_event` records names a file that is not hidden, or names none (an event
    /// of the watched folder itself, or of the queue).
    static func namesAnything(_ events: ArraySlice<UInt8>) -> Bool {
        var offset = events.startIndex
        let header = 16  // wd, mask, cookie, len: four 32-bit fields
        while offset + header <= events.endIndex {
            let length = (0..<4).reduce(0) { $0 | Int(events[offset + 12 + $1]) << (8 * $1) }
            let name = offset + header
            if length == 0 || name >= events.endIndex || events[name] != UInt8(ascii: ".") { return true }
            offset = name + length
        }
        return false
    }
}
