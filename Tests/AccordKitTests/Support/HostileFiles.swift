import Foundation
import Testing

@testable import AccordKit

/// Symbolic links, FIFOs and output inspection for the hostile tests of the file-access layer.
extension TempContent {
    /// Creates a symbolic link at `relative` below `Content/` (or at an absolute path) pointing to `target`.
    func link(_ relative: String, to target: String) throws {
        let path = relative.hasPrefix("/") ? relative : contentPath + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// Creates a FIFO at `relative` below `Content/` (or at an absolute path); returns its absolute path.
    @discardableResult
    func fifo(_ relative: String) throws -> String {
        let path = relative.hasPrefix("/") ? relative : contentPath + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    /// Every symbolic link, FIFO or other non-regular file below the output (never followed).
    func specialFilesInOutput(_ output: String = "Output") -> [String] {
        let root = path(output)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        for case let relative as String in enumerator {
            var info = stat()
            guard lstat(root + "/" + relative, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR { found.append(relative) }
        }
        return found.sorted()
    }

    /// The output files that hold the first bytes of `outside` (a file outside the content).
    func outputFiles(leaking outside: String, output: String = "Output") throws -> [String] {
        guard let handle = FileHandle(forReadingAtPath: outside) else { return [] }
        let head = try handle.read(upToCount: 24) ?? Data()
        try handle.close()
        guard !head.isEmpty else { return [] }
        return try snapshot(of: path(output)).filter { $0.value.range(of: head) != nil }.map(\.key).sorted()
    }
}

/// Runs `body` on its own thread and waits at most `seconds`; nil when it did not finish in time.
/// On a timeout each FIFO in `fifos` is opened for writing and closed, which releases a reader blocked
/// on it, so that a hanging build (the bug under test) ends and the test process can go on.
func withDeadline<T: Sendable>(
    _ seconds: Double, releasing fifos: [String] = [],
    _ body: @escaping @Sendable () -> T
) -> T? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.set(body())
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    if done.wait(timeout: .now() + seconds) == .success { return box.get() }
    for fifo in fifos {
        let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
        if descriptor >= 0 { close(descriptor) }
    }
    return nil
}

/// A value handed from one thread to another.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    func set(_ newValue: T) { lock.withLock { value = newValue } }
    func get() -> T? { lock.withLock { value } }
}

/// The diagnostics of `accord check` and `accord build` on the same options, for tests that compare them.
func checkAndBuild(_ options: BuildOptions) -> (check: Pipeline.Outcome, build: Pipeline.Outcome) {
    (Pipeline.run(options, mode: .check), Pipeline.run(options, mode: .build))
}
