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

    private let known = Mutex<[String: Known]>([:])

    /// An empty memory: the first load reads every file.
    public init() {}

    /// The remembered file for an entry whose identity and stamp are unchanged.
    func file(for entry: Walker.Entry) -> SourceFile? {
        known.withLock { known in
            known[entry.relativePath].flatMap {
                $0.identity == entry.identity && $0.stamp == entry.stamp ? $0.file : nil
            }
        }
    }

    /// Replaces the memory with the files of one load (read at `readAt`, seconds since 1970).
    func replace(with files: [(Walker.Entry, SourceFile)], readAt: Double) {
        var next: [String: Known] = [:]
        for (entry, file) in files where Double(entry.stamp.seconds) < readAt - 2 {
            next[entry.relativePath] = Known(identity: entry.identity, stamp: entry.stamp, file: file)
        }
        known.withLock { $0 = next }
    }

    /// How many files are remembered.
    public var count: Int { known.withLock { $0.count } }
}
