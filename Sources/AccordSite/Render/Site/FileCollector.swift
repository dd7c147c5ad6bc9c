import Foundation

/// Collects rendered files from several threads.
package final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    package func add(_ files: [OutputFile]) {
        lock.lock()
        collected += files
        lock.unlock()
    }

    /// The files sorted by path.
    package var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected.sorted { $0.path < $1.path }
    }
}
