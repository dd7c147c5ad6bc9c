import Foundation
import Synchronization

/// The one way the tests run a program: its status and both output streams, read at the same time so
/// that a program writing a lot to one stream never blocks on a full pipe while the other is read.
public enum ChildProcess {
    /// What a finished program left.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output, as UTF-8.
        public var stdout: String
        /// Standard error, as UTF-8.
        public var stderr: String
    }

    /// Runs `executable` with `arguments` in `directory`, with `environment` as its whole environment.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Thread.detachedRead(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}

extension Thread {
    /// Reads a handle to its end on a thread of its own; `wait()` gives the bytes.
    fileprivate static func detachedRead(_ handle: FileHandle) -> PendingRead {
        let pending = PendingRead()
        Thread.detachNewThread { pending.finish(handle.readDataToEndOfFile()) }
        return pending
    }
}

/// Bytes that another thread is still reading.
private final class PendingRead: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let data = Mutex<Data>(Data())

    func finish(_ bytes: Data) {
        data.withLock { $0 = bytes }
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data.withLock { $0 }
    }
}
