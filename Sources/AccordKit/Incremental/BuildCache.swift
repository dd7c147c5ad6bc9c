import AccordCore
import AccordSite
import Foundation

/// The build cache beside the output folder (`.Output.accord-cache`): what the last build parsed, measured and
/// wrote, so that the next build parses, measures and renders only the partnerships whose files changed and
/// writes only the files whose bytes changed. It is an optimisation only: a cache that is missing, damaged,
/// from another binary or from other settings is ignored, and the build is a full one.
package struct BuildCache: Sendable {
    /// The first bytes of the file; a new format changes the number.
    static let magic = Array("accord build cache 2\n".utf8)

    /// What keys the whole cache.
    package struct Header: Codable, Sendable {
        /// The binary, options and settings file parsing depends on.
        package var settings: ContentHash
        /// Everything else measuring and rendering depend on (theme, report date, options, page head).
        package var rendering: ContentHash
        /// Every generated file the build wrote, with its fingerprint and stamp.
        package var files: [CachedFile]
    }

    /// One generated file of the site.
    package struct CachedFile: Codable, Sendable {
        /// Path relative to the output folder.
        package var path: String
        /// Its fingerprint and stamp.
        package var file: PreviousFile
    }

    /// What the cache remembers of one partnership folder.
    package struct Meta: Codable, Sendable {
        /// The folder name.
        package var slug: String
        /// The fingerprint of its Markdown files.
        package var input: ContentHash
        /// The diagnostics parsing its files reported.
        package var diagnostics: [Diagnostic]
        /// The pages the build wrote for it.
        package var pages: [String]
        /// Where its links led (`IncrementalBuild.linkKey`).
        package var links: ContentHash
    }

    /// One partnership's entry: what is read at once, and the parts decoded only when reused.
    package struct Entry: Sendable {
        /// Slug, fingerprint, diagnostics and pages.
        package var meta: Meta
        /// The parsed partnership without its Markdown trees (`CompactEncoder`), empty when its charter failed.
        package var model: [UInt8]
        /// Its metrics (`CompactEncoder`), empty when it was not measured.
        package var metrics: [UInt8]
    }

    /// The keys and the files.
    package var header: Header
    /// The entries by slug.
    package var entries: [String: Entry]

    /// The cache at a path; nil when there is none or it cannot be read as one.
    package static func read(_ path: String) -> BuildCache? {
        guard FileStamp.of(path) != nil, let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.starts(with: magic) else { return nil }
        var offset = magic.count
        func record() -> [UInt8]? {
            guard offset + 8 <= bytes.count else { return nil }
            var length = 0
            for index in 0..<8 { length |= Int(bytes[offset + index]) << (8 * index) }
            offset += 8
            guard length >= 0, length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return Array(bytes[offset..<(offset + length)])
        }
        guard let first = record(), let header = try? CompactDecoder.decode(Header.self, from: first) else {
            return nil
        }
        var entries: [String: Entry] = [:]
        while offset < bytes.count {
            guard let meta = record(), let model = record(), let metrics = record(),
                let decoded = try? CompactDecoder.decode(Meta.self, from: meta)
            else { return nil }
            entries[decoded.slug] = Entry(meta: decoded, model: model, metrics: metrics)
        }
        return BuildCache(header: header, entries: entries)
    }

    /// True when the regular file at `path` begins as a cache does (only its first bytes are read).
    static func startsWithMagic(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: path)
        else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: magic.count)) ?? Data()
        return [UInt8](head) == magic
    }

    /// Writes the cache to `temporary`, then renames it over `path`, so that the cache is always whole. A file at
    /// `path` that does not begin as a cache does is left alone (and the cache not written).
    package func write(_ path: String, temporary: String) throws {
        let entries = entries
        try Self.write(path, temporary: temporary, header: header, slugs: entries.keys.sorted()) { entries[$0] }
    }

    /// Writes a cache whose entries are made as they are written, a few at a time on all cores (`entry` is asked
    /// for each of `slugs`, in order; nil leaves the slug out): a build never holds every entry at once.
    package static func write(
        _ path: String, temporary: String, header: Header, slugs: [String], entry: @Sendable (String) -> Entry?
    ) throws {
        struct Failure: Error {}
        if FileManager.default.fileExists(atPath: path), !Self.startsWithMagic(path) {
            var info = stat()
            if lstat(path, &info) != 0 || info.st_size > 0 { return }
        }
        // Streamed to the file through a small buffer: the cache (25 MB at 10,500 notes) is never in memory twice.
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure() }
        var stream = RecordStream(descriptor: descriptor)
        stream.append(raw: magic)
        do {
            stream.append(try CompactEncoder.encode(header))
            var start = 0
            while start < slugs.count {
                let chunk = Array(slugs[start..<min(start + 16, slugs.count)])
                start += chunk.count
                for case let entry? in chunk.parallelMap(entry) {
                    stream.append(try CompactEncoder.encode(entry.meta))
                    stream.append(entry.model)
                    stream.append(entry.metrics)
                }
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        let flushed = stream.flush()
        guard close(descriptor) == 0, flushed else {
            unlink(temporary)
            throw Failure()
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure()
        }
    }
}

/// Length-prefixed records written to a file through a 1 MB buffer.
private struct RecordStream {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 20)
    }

    /// One record: its length in 8 bytes (little-endian), then its bytes.
    mutating func append(_ record: [UInt8]) {
        for index in 0..<8 { buffer.append(UInt8(truncatingIfNeeded: record.count >> (8 * index))) }
        append(raw: record)
    }

    /// Bytes as they are.
    mutating func append(raw bytes: [UInt8]) {
        if buffer.count + bytes.count > (1 << 20) { _ = flush() }
        if bytes.count > (1 << 20) { write(bytes) } else { buffer += bytes }
    }

    /// Writes what is buffered; false when any write failed.
    mutating func flush() -> Bool {
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
        return !failed
    }

    private mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count, !failed {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                } else {
                    offset += written
                }
            }
        }
    }
}
