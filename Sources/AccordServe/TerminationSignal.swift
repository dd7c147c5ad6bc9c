import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Catches Ctrl-C (SIGINT) and SIGTERM from the moment it is made, so a long-running command can stop cleanly;
/// a second signal while stopping ends the process at once (exit status 130).
///
/// The two signals are blocked in the calling thread (and so in every thread it starts afterwards) and taken by
/// one thread with `sigwait`: a signal sent at any time after `init` stays pending until taken, never lost and
/// never handled by its default action. Make it first thing in a command, before other threads exist.
public final class TerminationSignal: Sendable {
    private let received = NIOLockedValueBox<Int32?>(nil)
    private let arrived = DispatchSemaphore(value: 0)

    /// Starts catching SIGINT and SIGTERM.
    public init() {
        var signals = Self.caught()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let received = self.received
        let arrived = self.arrived
        let taker = Thread {
            var waited = Self.caught()
            while true {
                var number: Int32 = 0
                guard sigwait(&waited, &number) == 0 else { continue }
                let first = received.withLockedValue { value -> Bool in
                    defer { if value == nil { value = number } }
                    return value == nil
                }
                guard first else { _exit(130) }
                arrived.signal()
            }
        }
        taker.name = "accord.signals"
        taker.start()
    }

    /// The set of the two signals caught.
    private static func caught() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        return signals
    }

    /// Blocks the calling thread until the first SIGINT or SIGTERM (possibly one caught earlier); returns its number.
    @discardableResult
    public func wait() -> Int32 {
        arrived.wait()
        return received.withLockedValue { $0 } ?? SIGINT
    }
}
