import AccordCore
import AccordInput
import Foundation
import Synchronization

/// The marker file `.accord-output`: a line saying the folder is Accord's, then the manifest of every file
/// the build wrote (size in bytes and path). A build compares the output folder with it before replacing it.
package struct OutputManifest: Sendable, Equatable {
    /// The line that explains the manifest to a reader of the marker.
    package static let explanation =
        "Accord wrote exactly the files below (size in bytes, tab, path); a build stops, "
        + "and deletes nothing, when this folder holds any other file.\n"

    /// Size of every file written, by path relative to the folder (the marker itself excluded).
    package var files: [String: Int]

    /// What a folder's marker says.
    package enum Reading: Equatable {
        /// No marker file.
        case none
        /// The marker of Accord before the manifest (its first line only): the folder is Accord's, contents unknown.
        case legacy
        /// A complete manifest.
        case manifest(OutputManifest)
        /// A marker that is neither: edited or damaged.
        case unreadable
    }

    /// The text of the marker.
    package var text: String {
        var bytes = Array((OutputWriter.markerText + Self.explanation).utf8)
        bytes.reserveCapacity(bytes.count + files.count * 64)
        for (path, size) in files.sorted(by: { $0.key < $1.key }) {
            bytes += String(size).utf8
            bytes.append(UInt8(ascii: "\t"))
            if path.utf8.contains(where: Self.needsEscape) {
                bytes += Self.escape(path).utf8
            } else {
                bytes += path.utf8
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        bytes += "end of manifest: \(files.count) files\n".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True for a byte `escape` writes as `%XX`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "%")
    }

    /// What identifies one version of a marker file: device, inode, size, modification and change times.
    private struct Version: Hashable {
        var device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64
    }

    /// The markers read lately, by version: a build reads the same marker before it writes, before it swaps and
    /// when it removes the old site, and parses it once.
    private static let lately = Mutex<[Version: Reading]>([:])

    /// Reads the marker of a folder.
    package static func read(folder: String) -> Reading {
        let path = folder + "/" + OutputWriter.markerName
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable }
        let version = Version(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
        if let known = lately.withLock({ $0[version] }) { return known }
        let reading = parse(path)
        lately.withLock { lately in
            if lately.count >= 4 { lately = [:] }
            lately[version] = reading
        }
        return reading
    }

    /// Reads and parses a marker file.
    private static func parse(_ path: String) -> Reading {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else { return .unreadable }
        if text == OutputWriter.markerText { return .legacy }
        guard text.hasPrefix(OutputWriter.markerText + explanation), text.hasSuffix("\n") else { return .unreadable }
        // Read as bytes, a line at a time: size, tab, path (percent-escaped), then the closing line.
        let bytes = [UInt8](data)
        var files: [String: Int] = [:]
        var start = (OutputWriter.markerText + explanation).utf8.count
        var closing: String?
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            defer { start = end + 1 }
            if end + 1 == bytes.count {
                closing = String(decoding: bytes[start..<end], as: UTF8.self)
                break
            }
            guard let entry = entry(bytes[start..<end]) else { return .unreadable }
            files[entry.path] = entry.size
        }
        guard closing == "end of manifest: \(files.count) files" else { return .unreadable }
        return .manifest(OutputManifest(files: files))
    }

    /// One line of the manifest: the size in decimal digits, a tab, the escaped path; nil when malformed.
    private static func entry(_ line: ArraySlice<UInt8>) -> (size: Int, path: String)? {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")), tab > line.startIndex, tab - line.startIndex <= 18
        else { return nil }
        var size = 0
        for digit in line[..<tab] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            size = size * 10 + Int(digit - UInt8(ascii: "0"))
        }
        let path = line[(tab + 1)...]
        if !path.contains(UInt8(ascii: "%")) { return (size, String(decoding: path, as: UTF8.self)) }
        return unescape(Substring(String(decoding: path, as: UTF8.self))).map { (size, $0) }
    }

    /// Every folder that holds a file of the manifest.
    package var folders: Set<String> {
        var folders = Set<String>()
        for path in files.keys {
            // From the deepest folder up; once a folder is known, so are the ones above it. Read as bytes: `/` is
            // never inside a UTF-8 sequence.
            let bytes = path.utf8
            var end = bytes.endIndex
            while let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        return folders
    }

    /// Entries of a folder Accord did not write: files not in the manifest or of another size (`(changed)`),
    /// folders that hold none of its files (`name/`). Sorted; nothing is followed through a link.
    package func foreignEntries(in folder: String) -> [String] {
        let expectedFolders = folders
        // The folders of the first two levels look into their subfolders on all cores (the partnerships').
        @Sendable func visit(_ relative: String, depth: Int) -> [String] {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            let descriptor = open(absolute, NoFollowIO.listFlags)
            guard descriptor >= 0 else { return [] }
            // Listed with each entry's `lstat` (relative to the open folder), sorted by name.
            let entries = NoFollowIO.entries(ofFolder: descriptor).sorted { $0.name < $1.name }
            var found: [[String]] = []
            var subfolders: [String] = []
            for (name, _, info) in entries {
                let path = relative.isEmpty ? name : relative + "/" + name
                if path == OutputWriter.markerName { continue }
                guard let info else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    if expectedFolders.contains(path) {
                        // Looked into below; its place in the order is kept by an empty slot.
                        subfolders.append(path)
                        found.append([])
                    } else {
                        found.append([path + "/"])
                    }
                } else if let size = files[path] {
                    if size != Int(info.st_size) { found.append([path + " (changed since Accord wrote it)"]) }
                } else {
                    found.append([path])
                }
            }
            let inside = subfolders.map(onAllCores: depth < 2) { visit($0, depth: depth + 1) }
            var next = inside.makeIterator()
            return found.flatMap { $0.isEmpty ? next.next() ?? [] : $0 }
        }
        return visit("", depth: 0)
    }

    /// Removes what a manifest lists (files of the listed size only), then the folders left empty, then the
    /// marker and the folder when nothing else is left. Anything else stays where it is.
    package func remove(from folder: String) {
        for (path, size) in files {
            var info = stat()
            let absolute = folder + "/" + path
            if lstat(absolute, &info) == 0, info.st_mode & S_IFMT != S_IFDIR, Int(info.st_size) == size {
                unlink(absolute)
            }
        }
        for path in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder + "/" + path) }
        if (try? FileManager.default.contentsOfDirectory(atPath: folder)) == [OutputWriter.markerName] {
            unlink(folder + "/" + OutputWriter.markerName)
            rmdir(folder)
        }
    }

    /// Percent-escapes `%`, tab and control characters so that each path stays on its line.
    package static func escape(_ path: String) -> String {
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if needsEscape(byte) {
                bytes += Array(String(format: "%%%02X", byte).utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Undoes `escape`; nil for a malformed escape.
    package static func unescape(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var source = Array(text.utf8)[...]
        while let byte = source.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard source.count >= 2, let value = UInt8(String(decoding: source.prefix(2), as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
            source = source.dropFirst(2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
