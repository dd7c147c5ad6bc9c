import AccordCore
import Foundation
import Synchronization

/// The text files the last load read, each with the identity and stamp (size, modification and change times) its
/// folder listing gave: `accord serve` keeps it between rebuilds, so that a file listed with the same identity and
/// stamp is taken from memory instead of being read and decoded again. The watcher tells changes by the same
/// stamps. A file modified less than two seconds before it was read is read again next time, since a second
/// write within the clock's tick could leave its stamp as it was.
public final class LoadMemory: Sendable {
    struct Known: Sendable {
        var identity: FileIdentity
        var stamp: FileStamp
        var file: SourceFile
    }

    /// The files of the last load, and those the load under way has read so far (with the time it began).
    private struct Generations {
        var known: [String: Known] = [:]
        var next: [String: Known] = [:]
        var readAt: Double = 0
    }

    private let generations = Mutex(Generations())

    /// An empty memory: the first load reads every file.
    public init() {}

    /// The remembered file for an entry whose identity and stamp are unchanged.
    func file(for entry: Walker.Entry) -> SourceFile? {
        generations.withLock { memory in
            memory.known[entry.relativePath].flatMap {
                $0.identity == entry.identity && $0.stamp == entry.stamp ? $0.file : nil
            }
        }
    }

    /// Starts a load that began reading at `readAt` (seconds since 1970).
    func begin(readAt: Double) {
        generations.withLock { memory in
            memory.next = [:]
            memory.readAt = readAt
        }
    }

    /// Tells the memory a file the load under way has (kept only when its stamp is older than two seconds).
    func keep(_ file: SourceFile, for entry: Walker.Entry) {
        generations.withLock { memory in
            guard Double(entry.stamp.seconds) < memory.readAt - 2 else { return }
            memory.next[entry.relativePath] = Known(identity: entry.identity, stamp: entry.stamp, file: file)
        }
    }

    /// Replaces the memory with the files of the load under way, once every file is read.
    func commit() {
        generations.withLock { memory in
            memory.known = memory.next
            memory.next = [:]
        }
    }

    /// How many files are remembered.
    public var count: Int { generations.withLock { $0.known.count } }
}
