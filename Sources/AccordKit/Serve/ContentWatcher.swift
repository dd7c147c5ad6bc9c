import Foundation
import Synchronization

/// Polls folders for changed files and calls back once a change has stayed unchanged for one interval.
public final class ContentWatcher: Sendable {
    /// Seconds between two looks at the folders.
    public let interval: Double
    private let excluding: [String]
    private let folders: @Sendable () -> [String]
    private let onChange: @Sendable () -> Void
    private let running = Mutex(false)
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    /// A watcher of the folders `folders()` returns (asked again after each change), skipping `excluding`.
    public init(
        interval: Double = 0.5, excluding: [String] = [], folders: @escaping @Sendable () -> [String],
        onChange: @escaping @Sendable () -> Void
    ) {
        self.interval = interval
        self.excluding = excluding
        self.folders = folders
        self.onChange = onChange
    }

    /// Takes the first snapshot now and starts polling on a background thread.
    public func start() {
        let started = running.withLock { running in
            defer { running = true }
            return !running
        }
        guard started else { return }
        let watched = folders()
        let first = FolderSnapshot(folders: watched, excluding: excluding)
        let thread = Thread { [self] in poll(from: first, watched: watched) }
        thread.name = "accord.serve.watch"
        thread.start()
    }

    /// Stops polling; waits (up to a minute) for a rebuild in progress to finish.
    public func stop() {
        let wasRunning = running.withLock { running in
            defer { running = false }
            return running
        }
        guard wasRunning else { return }
        wake.signal()
        _ = stopped.wait(timeout: .now() + 60)
    }

    private var isRunning: Bool {
        running.withLock { $0 }
    }

    private func poll(from first: FolderSnapshot, watched: [String]) {
        defer { stopped.signal() }
        var watched = watched
        var baseline = first
        var previous = first
        while isRunning {
            _ = wake.wait(timeout: .now() + interval)
            guard isRunning else { return }
            let current = FolderSnapshot(folders: watched, excluding: excluding)
            // Still changing: wait until it stays the same for one interval.
            guard current == previous else {
                previous = current
                continue
            }
            guard current != baseline else { continue }
            baseline = current
            onChange()
            let now = folders()
            if now != watched {
                watched = now
                baseline = FolderSnapshot(folders: watched, excluding: excluding)
                previous = baseline
            }
        }
    }
}
