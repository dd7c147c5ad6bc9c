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
        struct Failure: Error {}
        if FileManager.default.fileExists(atPath: path), !Self.startsWithMagic(path) {
            var info = stat()
            if lstat(path, &info) != 0 || info.st_size > 0 { return }
        }
        var bytes = Self.magic
        func append(_ record: [UInt8]) {
            for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: record.count >> (8 * index))) }
            bytes += record
        }
        append(try CompactEncoder.encode(header))
        for slug in entries.keys.sorted() {
            guard let entry = entries[slug] else { continue }
            append(try CompactEncoder.encode(entry.meta))
            append(entry.model)
            append(entry.metrics)
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Failure()
        }
    }
}
