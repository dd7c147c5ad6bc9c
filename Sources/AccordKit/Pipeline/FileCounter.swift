import AccordCore
import AccordInput
import AccordMetrics
import AccordSite
import Foundation

/// Counts written files from several threads.
final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    func add(_ n: Int) {
        lock.lock()
        total += n
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
