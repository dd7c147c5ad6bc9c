import Synchronization

/// Counts written files from several threads.
final class FileCounter: Sendable {
    private let total = Mutex(0)

    func add(_ n: Int) { total.withLock { $0 += n } }

    var count: Int { total.withLock { $0 } }
}
