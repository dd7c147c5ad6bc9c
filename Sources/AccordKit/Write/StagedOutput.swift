import Foundation

/// The temporary folder a build writes into; files can be written from several threads.
public final class StagedOutput: @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var written = Set<String>()
    private var folders = Set<String>()

    init(root: URL) {
        self.root = root
        written.insert(OutputWriter.markerName)
    }

    /// Writes files; two files with the same path, or a path leaving the folder, are a failure.
    public func write(_ files: [OutputFile]) throws {
        let manager = FileManager.default
        for file in files {
            guard file.hasSafePath else {
                throw OutputWriter.Failure(description: "refusing to write outside the output folder: \(file.path)")
            }
            let target = root.appending(path: file.path)
            let folder = target.deletingLastPathComponent().path
            lock.lock()
            let isNew = written.insert(file.path).inserted
            let needsFolder = folders.insert(folder).inserted
            lock.unlock()
            guard isNew else {
                throw OutputWriter.Failure(description: "two files would be written to \(file.path); rename the static file or asset")
            }
            if needsFolder { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            switch file.content {
            case .text(let text):
                try Self.writeNew(text, to: target.path, display: file.path)
            case .copy(let source):
                // Byte for byte through FileRoot's rules: a link on the way fails the copy, never followed.
                if case .failure(let problem) = NoFollowIO.copyRegularFile(from: source, to: target.path) {
                    throw OutputWriter.Failure(description: "cannot copy \(source) to \(file.path): "
                                               + problem.message(rootName: "content folder"))
                }
            }
        }
    }

    /// Writes text into a new file with plain POSIX calls: the staging folder is fresh, so there is no
    /// need for Foundation's atomic write (a temporary file and a rename per page).
    static func writeNew(_ text: String, to path: String, display: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputWriter.Failure(description: "cannot write \(display): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputWriter.Failure(description: "cannot write \(display): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Removes the temporary folder (after a failure).
    public func discard() {
        try? FileManager.default.removeItem(at: root)
    }
}
