import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps every element on all cores; the result keeps the order of the input. Each iteration writes its own
    /// slot under a lock held only for the store, so no unchecked `Sendable` is needed.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = Mutex<[T?]>([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            slots.withLock { $0[index] = value }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// `parallelMap` when `onAllCores`, else a plain `map` (the inner levels of a walk that already runs on all
    /// cores).
    package func map<T: Sendable>(onAllCores: Bool, _ transform: @Sendable (Element) -> T) -> [T] {
        onAllCores ? parallelMap(transform) : map(transform)
    }
}
