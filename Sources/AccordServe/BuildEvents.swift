import Foundation
import NIOConcurrencyHelpers

/// The state of the served site after each build, sent to the open pages as server-sent events.
public final class BuildEvents: Sendable {
    /// What a page needs to know of the last build.
    public struct State: Sendable, Equatable, Codable {
        /// The number of good builds so far: the version of the site being served.
        public var generation: Int
        /// Whether the last build succeeded (if not, the site of `generation` is still served).
        public var ok: Bool
        /// The diagnostics of a failed build as plain text, one per line; empty after a good build.
        public var diagnostics: String
    }

    private struct Storage {
        var state = State(generation: 1, ok: true, diagnostics: "")
        var subscribers: [Int: AsyncStream<State>.Continuation] = [:]
        var nextID = 0
        var closed = false
    }

    /// The most pages listening at once; a page beyond it gets 503 and its browser retries later.
    public let maximumSubscribers: Int
    private let storage = NIOLockedValueBox(Storage())

    /// Events starting at generation 1 (the first build, already done when the server starts).
    public init(maximumSubscribers: Int = 32) {
        self.maximumSubscribers = maximumSubscribers
    }

    /// The state after the last build.
    public var current: State { storage.withLockedValue { $0.state } }

    /// The number of pages listening now.
    public var subscriberCount: Int { storage.withLockedValue { $0.subscribers.count } }

    /// Records a good build: a new generation, which every open page reloads.
    public func publishGoodBuild() {
        update { $0 = State(generation: $0.generation + 1, ok: true, diagnostics: "") }
    }

    /// Records a failed build: the last good site stays, the pages show the diagnostics over it.
    public func publishFailedBuild(diagnostics: String) {
        update { $0 = State(generation: $0.generation, ok: false, diagnostics: diagnostics) }
    }

    private func update(_ change: (inout State) -> Void) {
        let (state, listeners) = storage.withLockedValue { storage in
            change(&storage.state)
            return (storage.state, Array(storage.subscribers.values))
        }
        for listener in listeners { listener.yield(state) }
    }

    /// A stream of states starting with the current one; nil when too many pages listen or the server stops.
    func subscribe() -> AsyncStream<State>? {
        let (stream, continuation) = AsyncStream<State>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id: Int? = storage.withLockedValue { storage in
            guard !storage.closed, storage.subscribers.count < maximumSubscribers else { return nil }
            storage.nextID += 1
            storage.subscribers[storage.nextID] = continuation
            continuation.yield(storage.state)
            return storage.nextID
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            self?.storage.withLockedValue { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every stream (the server is stopping) and refuses new ones.
    public func close() {
        let listeners = storage.withLockedValue { storage in
            storage.closed = true
            return Array(storage.subscribers.values)
        }
        for listener in listeners { listener.finish() }
    }

    /// One server-sent event of a state: `event: build` and the state as one line of JSON.
    static func message(_ state: State) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(state)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: build\ndata: \(json)\n\n"
    }
}
