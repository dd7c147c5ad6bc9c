import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so a long-running command can stop cleanly.
public enum TerminationSignal {
    /// Blocks the calling thread until SIGINT or SIGTERM arrives; returns the signal number.
    @discardableResult
    public static func wait() -> Int32 {
        let received = NIOLockedValueBox<Int32>(0)
        let semaphore = DispatchSemaphore(value: 0)
        let queue = DispatchQueue(label: "accord.signals")
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                received.withLockedValue { $0 = number }
                semaphore.signal()
            }
            source.resume()
            return source
        }
        semaphore.wait()
        for source in sources { source.cancel() }
        return received.withLockedValue { $0 }
    }
}
