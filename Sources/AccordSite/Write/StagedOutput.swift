import AccordCore
import AccordInput
import Foundation
import Synchronization

/// The temporary folder a build writes into (`.Output.accord-tmp-<pid>-<random>`, unique to the build), with
/// the lock of the output folder held until it is published or discarded. Files can be written from several threads.
public final class StagedOutput: Sendable {
    package let root: URL
    package let place: OutputPlace
    private let outputLock: OutputLock
    /// What the threads writing into the folder share: the files written (with their sizes), the paths claimed
    /// and the folders made.
    private struct Ledger {
        var sizes: [String: Int] = [:]
        var remembered: [String: PreviousFile] = [:]
        var linked = 0
        var folders = Set<String>()
        var reserved = Set<String>([OutputWriter.markerName, OutputWriter.markerName + ".new"])
    }
    private let ledger = Mutex(Ledger())

    /// The previous site, whose unchanged files are linked instead of written.
    package let previous: PreviousOutput?
    /// What the folder held when it was adopted (the site before the previous one); nil for a fresh folder.
    package let spare: SpareOutput?

    package init(
        root: URL, place: OutputPlace, lock: OutputLock, previous: PreviousOutput? = nil, spare: SpareOutput? = nil
    ) {
        self.root = root
        self.place = place
        self.outputLock = lock
        self.previous = previous
        self.spare = spare
        if let spare { ledger.withLock { $0.folders = spare.folders } }
    }

    /// True when the adopted folder's file at `path` is the previous site's file (the same inode), which is still
    /// as the previous build wrote it and (when given) has the fingerprint `hash`: it stays as it is.
    private func spareKeeps(_ path: String, hash: ContentHash?) -> Bool {
        guard let held = spare?.files[path], let previous, let file = previous.files[path],
            hash == nil || hash == file.hash, held.inode == file.stamp.inode, held.device == file.stamp.device
        else { return false }
        return previous.isUnchanged(path)
    }

    /// Makes room at `path` in an adopted folder: its old file is unlinked (never written into: it may be a file
    /// of the live site), its old folder of the same name removed with what Accord wrote in it.
    private func clearSpare(_ path: String) {
        guard let spare else { return }
        let target = root.path + "/" + path
        if spare.files[path] != nil { unlink(target) }  // should it fail, the new file's O_EXCL fails the build
        if spare.folders.contains(path) {
            for file in spare.files.keys where file.hasPrefix(path + "/") { unlink(root.path + "/" + file) }
            for folder in spare.folders.filter({ $0 == path || $0.hasPrefix(path + "/") }).sorted(by: >) {
                rmdir(root.path + "/" + folder)
            }
        }
    }

    /// What the build cache remembers of every generated file written so far (copied files are not remembered).
    public var remembered: [String: PreviousFile] { ledger.withLock { $0.remembered } }

    /// How many files were linked from the previous site instead of written.
    public var linkedCount: Int { ledger.withLock { $0.linked } }

    /// The manifest of what was written so far.
    package var manifest: OutputManifest {
        ledger.withLock { OutputManifest(files: $0.sizes) }
    }

    /// Writes files; two files with the same path, or a path leaving the folder, are a failure.
    public func write(_ files: [OutputFile]) throws {
        for file in files {
            guard file.hasSafePath else {
                throw OutputWriter.Failure(description: "refusing to write outside the output folder: \(file.path)")
            }
            let isNew = ledger.withLock { $0.reserved.insert(file.path).inserted }
            guard isNew else {
                throw OutputWriter.Failure(
                    description: "two files would be written to \(file.path); rename the static file or asset")
            }
            try createFolder(file.folder)
            let target = root.path + "/" + file.path
            let size: Int
            var memory: PreviousFile?
            var linked = false
            var hash: ContentHash?
            if case .text(let text) = file.content { hash = ContentHash(text) }
            // A copy and a text made as it is written are written again: their fingerprints are not known before.
            if file.content.isCopy || file.content.isPieces || !spareKeeps(file.path, hash: hash) {
                clearSpare(file.path)
            } else if let old = previous?.files[file.path] {
                // The adopted folder already holds this file of the previous site.
                ledger.withLock {
                    $0.sizes[file.path] = old.stamp.size
                    $0.remembered[file.path] = old
                    $0.linked += 1
                }
                continue
            }
            switch file.content {
            case .text(let text):
                let hash = hash ?? ContentHash(text)
                if let previous, previous.link(file.path, to: target, hash: hash) {
                    size = text.utf8.count
                    linked = true
                } else {
                    size = try Self.writeNew([text], to: target, display: file.path)
                }
                memory = FileStamp.of(target).map { PreviousFile(hash: hash, stamp: $0) }
            case .pieces(let pieces):
                // Written as each piece is made, and fingerprinted on the way for the next build's manifest.
                var stream = ContentHash.Stream()
                size = try Self.writeNew(pieces: pieces.count, to: target, display: file.path) { index in
                    let piece = pieces.piece(index)
                    stream.add(piece)
                    return piece
                }
                memory = FileStamp.of(target).map { PreviousFile(hash: stream.fingerprint, stamp: $0) }
            case .previous:
                guard let old = previous?.files[file.path], previous?.link(file.path, to: target, hash: nil) == true
                else {
                    throw OutputWriter.Failure(
                        description: "\(file.path) of the previous site changed during the build; build again")
                }
                size = old.stamp.size
                memory = FileStamp.of(target).map { PreviousFile(hash: old.hash, stamp: $0) }
                linked = true
            case .copy(let source):
                // Byte for byte through FileRoot's rules: a link on the way fails the copy, never followed.
                if case .failure(let problem) = NoFollowIO.copyRegularFile(from: source, to: target) {
                    throw OutputWriter.Failure(
                        description: "cannot copy \(source) to \(file.path): "
                            + problem.message(rootName: "content folder"))
                }
                var info = stat()
                guard lstat(target, &info) == 0 else {
                    throw OutputWriter.Failure(
                        description: "cannot copy \(source) to \(file.path): \(String(cString: strerror(errno)))")
                }
                size = Int(info.st_size)
            }
            ledger.withLock {
                $0.sizes[file.path] = size
                if let memory { $0.remembered[file.path] = memory }
                if linked { $0.linked += 1 }
            }
        }
    }

    /// Creates a folder and its parents below the root. Several threads may create the same folder at once:
    /// each one calls `mkdir` and takes EEXIST as success; a folder is marked done only once it exists.
    package func createFolder(_ relative: String) throws {
        guard !relative.isEmpty else { return }
        let done = ledger.withLock { $0.folders.contains(relative) }
        if done { return }
        var path = root.path
        var prefix = ""
        for part in relative.split(separator: "/") {
            path += "/" + part
            prefix += prefix.isEmpty ? String(part) : "/" + part
            if spare?.files[prefix] != nil { clearSpare(prefix) }  // an old file where a folder goes now
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw OutputWriter.Failure(
                    description: "cannot create the folder \(relative): \(String(cString: strerror(errno)))")
            }
        }
        ledger.withLock { _ = $0.folders.insert(relative) }
    }

    /// Writes text into a new file with plain POSIX calls and returns its size; a file already at the path is an
    /// error, never opened. The staging folder is not published until the swap, so there is no need for
    /// Foundation's atomic write (a temporary file and a rename per page).
    @discardableResult
    package static func writeNew(_ parts: [String], to path: String, display: String) throws -> Int {
        try writeNew(pieces: parts.count, to: path, display: display) { parts[$0] }
    }

    /// Writes the pieces `piece(0)`, `piece(1)`… one after another into a new file at `path`; the bytes written.
    package static func writeNew(
        pieces count: Int, to path: String, display: String, piece: (Int) -> String
    ) throws -> Int {
        // Never into an existing file: in an adopted spare it could be a file of the live site.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputWriter.Failure(description: "cannot write \(display): \(String(cString: strerror(errno)))")
        }
        var size = 0
        var result: Int32 = 0
        for index in 0..<count where result == 0 {
            var part = piece(index)
            size += part.utf8.count
            result = part.withUTF8 { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return 0
            }
        }
        // close(2) can report a late ENOSPC (delayed allocation, network file systems).
        let closed = close(descriptor) == 0 ? 0 : errno
        if let code = [result, closed].first(where: { $0 != 0 }) {
            throw OutputWriter.Failure(description: "cannot write \(display): \(String(cString: strerror(code)))")
        }
        return size
    }

    /// Writes the marker with the manifest of every file (to a temporary name renamed over the first marker,
    /// so the marker is always whole).
    package func seal() throws {
        if let spare {
            // What the adopted folder held and this build did not write goes, then the folders left empty.
            let written = ledger.withLock { $0.sizes }
            for path in spare.files.keys where written[path] == nil {
                // A file left over would be published: a removal that fails stops the build.
                guard unlink(root.path + "/" + path) == 0 || errno == ENOENT else {
                    throw OutputWriter.Failure(
                        description: "cannot remove \(path) from the spare site: \(String(cString: strerror(errno)))")
                }
            }
            let needed = OutputManifest(files: written).folders
            for folder in spare.folders.subtracting(needed).sorted(by: >) { rmdir(root.path + "/" + folder) }
        }
        let temporary = root.path + "/" + OutputWriter.markerName + ".new"
        _ = try Self.writeNew([manifest.text], to: temporary, display: OutputWriter.markerName)
        guard rename(temporary, root.path + "/" + OutputWriter.markerName) == 0 else {
            throw OutputWriter.Failure(
                description: "cannot write \(OutputWriter.markerName): \(String(cString: strerror(errno)))")
        }
    }

    /// Releases the output folder's lock (after publishing).
    package func release() {
        outputLock.release()
    }

    /// Removes the temporary folder (after a failure) and releases the lock.
    public func discard() {
        try? FileManager.default.removeItem(at: root)
        outputLock.release()
    }
}
