#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads listed files of a root one after another, keeping open the last folder it walked into: the notes of
/// one folder cost one walk from the root (each folder opened without following a link) between them, rather
/// than one walk each. A folder swapped for a link after it was opened is still the folder that was walked,
/// below the root. For one thread; closes its folder when released.
package final class FolderReader {
    /// The root read from.
    private let root: FileRoot
    /// The folder open now: its real path relative to the root, and its descriptor.
    private var folder: (path: String, descriptor: Int32)?

    /// A reader of `root`'s files.
    package init(_ root: FileRoot) { self.root = root }

    deinit {
        if let folder { close(folder.descriptor) }
    }

    /// The bytes of a listed file, as `FileRoot.read` reads them.
    package func read(_ entry: FileRoot.Entry) -> Result<[UInt8], FileProblem> {
        let (path, name) = NoFollowIO.splitLast(entry.realPath)
        let descriptor: Int32
        if let folder, folder.path == path {
            descriptor = folder.descriptor
        } else {
            if let folder { close(folder.descriptor) }
            folder = nil
            switch NoFollowIO.openBelow(path, below: root.path, flags: NoFollowIO.walkFlags) {
            case .success(let value): descriptor = value
            case .failure(let problem): return .failure(problem)
            }
            folder = (path, descriptor)
        }
        switch NoFollowIO.openRegularFile(named: name, in: descriptor, expected: entry.identity) {
        case .success(let file): return NoFollowIO.readAll(file)
        case .failure(let problem): return .failure(problem)
        }
    }
}
