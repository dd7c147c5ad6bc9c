import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores; the result keeps the order of the input.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { buffer in
            let input = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(input.value[index]), at: index)
            }
        }
        return results.values()
    }
}

/// A wrapper that lets a value cross into concurrent closures that only read it.
package struct UnsafeSendable<Value>: @unchecked Sendable {
    package let value: Value
    package init(_ value: Value) { self.value = value }
}

/// Write-once slots filled from concurrent iterations, each index written by exactly one iteration.
package final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    package init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<T?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    package func store(_ value: T, at index: Int) {
        storage[index] = value
    }

    package func values() -> [T] {
        (0..<count).compactMap { storage[$0] }
    }
}
