import Foundation
import Synchronization

/// One build at a time per output folder: an exclusive `flock` on a lock file beside the output
/// (`.Output.accord-lock`). The kernel releases it when the process dies, even by `kill -9`.
package final class OutputLock: Sendable {
    private let path: String
    /// The open lock file, -1 once released.
    private let descriptor: Mutex<Int32>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    /// Takes the lock, waiting up to `timeout` seconds for another build; `onWait` is told once when it has to wait.
    package static func acquire(_ place: OutputPlace, timeout: Double, onWait: (@Sendable (String) -> Void)?) throws
        -> OutputLock
    {
        let path = place.lockPath
        let deadline = Date().addingTimeInterval(timeout)
        var announced = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                throw OutputWriter.Failure(
                    description: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The holder before us may have removed the file after we opened it: the lock is only good
                // on the file that is still at the path.
                if isStillAt(path, descriptor) {
                    let pid = "\(getpid())\n"
                    _ = ftruncate(descriptor, 0)
                    _ = pid.withCString { write(descriptor, $0, strlen($0)) }
                    return OutputLock(path: path, descriptor: descriptor)
                }
                close(descriptor)
                continue
            }
            let failure = errno
            close(descriptor)
            guard failure == EWOULDBLOCK || failure == EINTR else {
                throw OutputWriter.Failure(description: "cannot lock \(path): \(String(cString: strerror(failure)))")
            }
            if !announced {
                announced = true
                onWait?("waiting for another build of \(place.display) to finish…")
            }
            guard Date() < deadline else {
                throw OutputWriter.Failure(
                    description: "another build of \(place.display) still holds \(path) after "
                        + "\(String(format: "%g", timeout)) seconds; nothing was written: try again when it has finished"
                )
            }
            usleep(20_000)
        }
    }

    /// True when the open file is the one at the path (same device and inode).
    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Removes the lock file and releases the lock (once; later calls do nothing).
    package func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            unlink(path)  // while still holding it: a waiter that opened the old file sees it is gone and retries
            close(descriptor)
            descriptor = -1
        }
    }
}
