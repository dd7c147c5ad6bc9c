import AccordCore
import Synchronization

/// Collects rendered files from several threads.
package final class FileCollector: Sendable {
    private let collected = Mutex<[OutputFile]>([])

    /// An empty collector.
    package init() {}

    /// Adds rendered files.
    package func add(_ files: [OutputFile]) { collected.withLock { $0 += files } }

    /// The files sorted by path.
    package var files: [OutputFile] { collected.withLock { $0.sorted { $0.path < $1.path } } }
}
