import Dispatch
import Synchronization

/// A value computed on another thread from the moment it is created, and waited for when first read: work that
/// needs no input of the steps running meanwhile (reading the build cache while the content loads).
package final class BackgroundValue<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)

    /// Starts `work` at once on another thread.
    package init(_ work: @escaping @Sendable () -> Value) {
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
        guard let value = result.withLock({ $0 }) else {
            preconditionFailure("the group is left only once the value is stored")
        }
        return value
    }
}
