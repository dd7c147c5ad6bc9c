import Foundation
import NIOConcurrencyHelpers

/// Threads of the preview server's own that run its tasks, so work blocking the shared pool of Swift
/// concurrency elsewhere in the process (a build, a caller waiting on a socket) never delays an answer.
final class ServerExecutor: TaskExecutor, Sendable {
    /// The executor every preview server of the process shares (two threads, alive with the process).
    static let shared = ServerExecutor(threads: 2)

    private let jobs = NIOLockedValueBox<[UnownedJob]>([])
    private let available = DispatchSemaphore(value: 0)

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "accord.serve.\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLockedValue { $0.append(job) }
        available.signal()
    }

    private func work() -> Never {
        while true {
            available.wait()
            guard let job = jobs.withLockedValue({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
