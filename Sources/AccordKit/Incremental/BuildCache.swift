import AccordCore
import AccordSite
import Foundation

/// The build cache beside the output folder (`.Output.accord-cache`): what the last build parsed, measured and
/// wrote, so that the next build parses, measures and renders only the partnerships whose files changed and
/// writes only the files whose bytes changed. It is an optimisation only: a cache that is missing, damaged,
/// from another binary or from other settings is ignored, and the build is a full one.
package struct BuildCache: Sendable {
    /// The first bytes of the file; a new format changes the number.
    static let magic = Array("accord build cache 7\n".utf8)

    /// What keys the whole cache.
    package struct Header: Sendable, Hashable {
        /// The binary, options and settings file parsing depends on.
        package var settings: ContentHash
        /// Everything else measuring and rendering depend on (theme, report date, options, page head).
        package var rendering: ContentHash
        /// Every generated file the build wrote, with its fingerprint and stamp.
        package var files: [CachedFile]
    }

    /// One generated file of the site.
    package struct CachedFile: Codable, Sendable, Hashable {
        /// Path relative to the output folder.
        package var path: String
        /// Its fingerprint and stamp.
        package var file: PreviousFile
    }

    /// What the cache remembers of one partnership folder.
    package struct Meta: Sendable, Equatable {
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
        /// The parsed partnership without its Markdown trees (`Partnership.bytes`), empty when its charter failed.
        package var model: BuildCachePart
        /// Its metrics (`PartnershipMetrics.bytes`), empty when it was not measured.
        package var metrics: BuildCachePart
    }

    /// The keys and the files.
    package var header: Header
    /// The entries by slug.
    package var entries: [String: Entry]
    /// The data file the stored entries' bytes are in (`BuildCacheData`).
    package var data: BuildCacheData?

    /// A cache of entries whose bytes are in memory or in `data`.
    package init(header: Header, entries: [String: Entry], data: BuildCacheData? = nil) {
        self.header = header
        self.entries = entries
        self.data = data
    }

    /// The data file beside the index at `path` (`.Output.accord-cachedata`).
    package static func dataPath(_ path: String) -> String { path + "data" }

    /// The bytes of the data file the entries take up.
    var liveBytes: Int { entries.values.reduce(0) { $0 + $1.model.count + $1.metrics.count } }

    /// The cache whose index is at `path`; nil when there is none, it cannot be read as one, or its data file is
    /// not the one it was written with (a build killed between the two renames leaves them apart).
    package static func read(_ path: String) -> BuildCache? {
        guard FileStamp.of(path) != nil, let contents = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](contents)
        guard bytes.starts(with: magic) else { return nil }
        var offset = magic.count
        func record() -> ArraySlice<UInt8>? {
            guard let number = LittleEndian.read(bytes, at: offset) else { return nil }
            offset += 8
            let length = Int(truncatingIfNeeded: number)
            guard length >= 0, length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return bytes[offset..<(offset + length)]
        }
        guard let first = record(), let header = Header(encoded: first),
            let identity = record(), let data = BuildCacheData.open(dataPath(path)),
            Array(identity) == data.identity
        else { return nil }
        var entries: [String: Entry] = [:]
        while offset < bytes.count {
            guard let meta = record(), let spans = record(), spans.count == 32,
                let decoded = try? Meta(bytes: Array(meta))
            else { return nil }
            let numbers = stride(from: spans.startIndex, to: spans.endIndex, by: 8).map { start in
                Int(truncatingIfNeeded: LittleEndian.read(spans, at: start) ?? 0)
            }
            for (at, count) in [(numbers[0], numbers[1]), (numbers[2], numbers[3])]
            where at < 0 || count < 0 || at > data.size - count {
                return nil
            }
            entries[decoded.slug] = Entry(
                meta: decoded, model: BuildCachePart(data, offset: numbers[0], count: numbers[1]),
                metrics: BuildCachePart(data, offset: numbers[2], count: numbers[3]))
        }
        return BuildCache(header: header, entries: entries, data: data)
    }

    /// True when the regular file at `path` begins with `magic` (only its first bytes are read).
    static func startsWith(_ magic: [UInt8], _ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: path)
        else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: magic.count)) ?? Data()
        return [UInt8](head) == magic
    }

    /// The first bytes of every version of the cache's two files: a cache another version of Accord wrote is
    /// replaced like one of this version (its number differs), never kept forever.
    static let family = Array("accord build cache ".utf8)

    /// True when nothing is at `path`, an empty file, or a file that begins as some version of a cache file does:
    /// what the cache may replace (anything else is not Accord's).
    private static func mayReplace(_ path: String) -> Bool {
        var info = stat()
        if lstat(path, &info) != 0 { return errno == ENOENT }
        return (info.st_mode & S_IFMT == S_IFREG && info.st_size == 0) || startsWith(family, path)
    }

    /// Writes the cache (`temporary` and `temporaryData` are fresh names beside it); returns the cache as written,
    /// its entries stored in its data file.
    @discardableResult
    package func write(_ path: String, temporary: String, temporaryData: String) throws -> BuildCache? {
        let entries = entries
        return try Self.write(
            path, temporary: temporary, temporaryData: temporaryData, header: header, slugs: entries.keys.sorted(),
            previous: self, keeping: true
        ) { entries[$0] }
    }

    /// Writes a cache whose entries are made as they are written, a few at a time on all cores (`entry` is asked
    /// for each of `slugs`, in order; nil leaves the slug out): a build never holds every entry at once. Bytes
    /// already in `previous`, the data file of the cache this one replaces, stay where they are and new ones are
    /// appended to it, unless more than half of it would be bytes no entry uses: then a new data file is written
    /// whole under `temporaryData` and renamed into place. The index is written to `temporary`, then renamed over
    /// `path`, so that it is always whole. Files at those paths that do not begin as a cache's are left alone
    /// (and the cache not written). With `keeping`, returns the cache as written (its entries stored).
    @discardableResult
    package static func write(
        _ path: String, temporary: String, temporaryData: String, header: Header, slugs: [String],
        previous: BuildCache? = nil, keeping: Bool = false, entry: @Sendable (String) -> Entry?
    ) throws -> BuildCache? {
        struct Failure: Error {}
        let dataPath = Self.dataPath(path)
        guard mayReplace(path), mayReplace(dataPath) else { return nil }
        // Appended to while at least half of it is bytes the previous index used (and it is still the file there).
        var appending = previous?.data.flatMap { data in
            data.isStill(at: dataPath) && data.size <= 2 * (previous?.liveBytes ?? 0) + (1 << 20) ? data : nil
        }
        let dataDescriptor: Int32
        if let data = appending {
            dataDescriptor = open(dataPath, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
            if dataDescriptor < 0 || !data.isStill(at: dataPath) { appending = nil }
        } else {
            dataDescriptor = -1
        }
        var info = stat()
        let end = appending != nil && fstat(dataDescriptor, &info) == 0 ? Int(info.st_size) : 0
        var data = CacheFileStream(descriptor: dataDescriptor, at: end)
        if appending == nil {
            if dataDescriptor >= 0 { close(dataDescriptor) }
            unlink(temporaryData)
            let fresh = open(temporaryData, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fresh >= 0 else { throw Failure() }
            data = CacheFileStream(descriptor: fresh)
        }
        let identity =
            appending?.identity ?? (0..<BuildCacheData.identityCount).map { _ in UInt8.random(in: 0...255) }
        if appending == nil { data.append(BuildCacheData.magic + identity) }
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        func abandon() {
            close(data.descriptor)
            if appending == nil { unlink(temporaryData) }
            if descriptor >= 0 {
                close(descriptor)
                unlink(temporary)
            }
        }
        guard descriptor >= 0 else {
            abandon()
            throw Failure()
        }
        var stream = CacheFileStream(descriptor: descriptor)
        stream.append(magic)
        var stored: [String: (meta: Meta, spans: [Int])] = [:]
        do {
            stream.append(length: header.encodedCount)
            header.forEachPiece { stream.append($0) }
            stream.append(record: identity)
            var start = 0
            while start < slugs.count {
                let chunk = Array(slugs[start..<min(start + 16, slugs.count)])
                start += chunk.count
                for case let entry? in chunk.parallelMap(entry) {
                    var spans: [Int] = []
                    for part in [entry.model, entry.metrics] {
                        if part.isStored(in: appending), case .stored(_, let offset, let count) = part.place {
                            spans += [offset, count]
                        } else {
                            guard let bytes = part.bytes else { throw Failure() }
                            spans += [data.position, bytes.count]
                            data.append(bytes)
                        }
                    }
                    stream.append(record: entry.meta.bytes)
                    stream.append(
                        record: spans.flatMap { LittleEndian.bytes(UInt64(bitPattern: Int64($0))) })
                    if keeping { stored[entry.meta.slug] = (entry.meta, spans) }
                }
            }
        } catch {
            abandon()
            throw error
        }
        let (flushed, dataFlushed) = (stream.flush(), data.flush())
        let closed = close(descriptor) == 0
        guard close(data.descriptor) == 0, closed, flushed, dataFlushed,
            appending != nil || rename(temporaryData, dataPath) == 0
        else {
            if appending == nil { unlink(temporaryData) }
            unlink(temporary)
            throw Failure()
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure()
        }
        guard keeping, let written = BuildCacheData.open(dataPath), written.identity == identity else { return nil }
        var entries: [String: Entry] = [:]
        for (slug, item) in stored {
            entries[slug] = Entry(
                meta: item.meta, model: BuildCachePart(written, offset: item.spans[0], count: item.spans[1]),
                metrics: BuildCachePart(written, offset: item.spans[2], count: item.spans[3]))
        }
        return BuildCache(header: header, entries: entries, data: written)
    }
}
