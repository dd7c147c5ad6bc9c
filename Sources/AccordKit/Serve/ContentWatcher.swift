import Foundation
import Synchronization

/// Watches folders for changed files and calls back once a change has stayed unchanged: told by the kernel
/// (inotify) and then quiet for 50 ms, or, where there is no inotify, by polling every interval
/// and quiet for one interval.
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
        // Where the kernel reports changes, a change is looked at at once and counts as finished after a short
        // quiet time; the folders are still looked at every few seconds, in case a report was missed.
        let notifier = ChangeNotifier()
        notifier?.watch(first.folders)
        var watched = watched
        var baseline = first
        var previous = first
        var settling = false
        var quietLooks = 0
        while isRunning {
            // True when the kernel's reports have gone quiet: the folders are then looked at once, not twice.
            var settledByReports = false
            if let notifier {
                if settling {
                    _ = wake.wait(timeout: .now() + Self.quietTime)
                    _ = notifier.wait(0)
                } else if notifier.wait(interval) {
                    // A change was reported: wait until nothing more is reported for the quiet time.
                    while isRunning, notifier.wait(Self.quietTime) {}
                    settledByReports = true
                } else {
                    quietLooks += 1
                    guard quietLooks >= Self.looksWithoutReport else { continue }
                }
                quietLooks = 0
            } else {
                _ = wake.wait(timeout: .now() + interval)
            }
            guard isRunning else { return }
            if settledByReports {
                // Reported and settled: rebuilt at once, and looked at after, to know what was built (a change
                // made meanwhile is reported again). A change the look finds is caught by a look later.
                onChange()
                previous = FolderSnapshot(folders: watched, excluding: excluding)
                baseline = previous
                notifier?.watch(previous.folders)  // folders made by the change
                refresh(&watched, &baseline, &previous, notifier)
                continue
            }
            let current = FolderSnapshot(folders: watched, excluding: excluding)
            // Still changing: wait until it stays the same for the quiet time (one interval when polling).
            guard current == previous else {
                previous = current
                settling = true
                notifier?.watch(current.folders)
                continue
            }
            settling = false
            previous = current
            guard current != baseline else { continue }
            baseline = current
            onChange()
            refresh(&watched, &baseline, &previous, notifier)
        }
    }

    /// After a rebuild: when the watched folders changed (another templates folder), looks at the new ones.
    private func refresh(
        _ watched: inout [String], _ baseline: inout FolderSnapshot, _ previous: inout FolderSnapshot,
        _ notifier: ChangeNotifier?
    ) {
        let now = folders()
        guard now != watched else { return }
        watched = now
        baseline = FolderSnapshot(folders: watched, excluding: excluding)
        previous = baseline
        notifier?.watch(baseline.folders)
    }

    /// How long a reported change must stay unchanged before the rebuild, in seconds.
    static let quietTime = 0.05
    /// With reports, the folders are still looked at after this many intervals without one.
    static let looksWithoutReport = 8
}
