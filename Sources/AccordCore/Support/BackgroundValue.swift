import Dispatch
import Synchronization

/// A value computed on another thread from the moment it is created, and waited for when first read: work that
/// needs no input of the steps running meanwhile (reading the build cache while the content loads).
package final class BackgroundValue<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)
    private let work: @Sendable () -> Value

    /// Starts `work` at once on another thread.
    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        done.enter()
        DispatchQueue.global().async {
            let value = work()
            self.result.withLock { $0 = value }
            self.done.leave()
        }
    }

    /// The value, once `work` has finished.
    package var value: Value {
        done.wait()
        // The group is left only after the value is stored; computed here only if that ever failed to hold.
        return result.withLock { $0 } ?? work()
    }
}
