#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder Accord reads from — the content folder, a templates folder — and the only way to list
/// and read below it. Symbolic links are resolved once, when listed: a link whose target leaves the
/// root (or goes into a hidden `.name`) is refused; one that stays inside stands for its target,
/// whose bytes are read through a path with no link in it. Only regular files and folders are
/// ever opened, and each real folder (device and inode) is listed once per walk, so loops end.
package struct FileRoot: Sendable {
    /// The real path of the root (no symbolic link in it).
    package let path: String
    /// The root in diagnostics: `content folder`, `templates folder`.
    package let rootName: String

    /// What an entry is, once any link is resolved.
    package enum Kind: Sendable { case file, directory }

    /// One file or folder below the root.
    package struct Entry: Sendable {
        /// The last component of `relativePath`.
        package var name: String
        /// Path relative to the root as listed (through link names): what diagnostics and pages use.
        package var relativePath: String
        /// Path relative to the root of the real file, with no symbolic link: where the bytes are read.
        package var realPath: String
        /// File or folder.
        package var kind: Kind
        /// Device and inode, checked again when the file is opened.
        package var identity: FileIdentity
        /// Size and modification time.
        package var stamp: FileStamp
        /// True when the entry is a symbolic link (to `realPath`).
        package var isLink: Bool
    }

    /// Why a path is not read, with the path relative to the root.
    package struct Problem: Sendable, Equatable {
        /// The path as listed.
        package var path: String
        /// What is wrong.
        package var problem: FileProblem
    }

    /// The root; nil when `path` is not an existing folder.
    package init?(path: String, rootName: String) {
        guard case .success(let real) = NoFollowIO.realPath(path),
            let info = NoFollowIO.lstatInfo(real), FileType(info) == .directory
        else { return nil }
        self.path = real
        self.rootName = rootName
    }

    /// The absolute path of an entry's real file (no link in it), for copying.
    package func absolutePath(of entry: Entry) -> String {
        entry.realPath.isEmpty ? path : path + "/" + entry.realPath
    }

    /// The root itself as a folder entry.
    package func rootEntry() -> Entry? {
        guard let info = NoFollowIO.lstatInfo(path) else { return nil }
        return Entry(
            name: "", relativePath: "", realPath: "", kind: .directory, identity: FileIdentity(info),
            stamp: FileStamp(info), isLink: false)
    }

    /// The entries of a folder, sorted by name bytes, skipping names `skip` says; problems are
    /// returned, not thrown. A folder already in `visited` lists as empty.
    package func list(
        _ folder: Entry, visited: inout Set<FileIdentity>,
        skip: (String) -> Bool
    ) -> (entries: [Entry], problems: [Problem]) {
        let descriptor: Int32
        switch NoFollowIO.openBelow(folder.realPath, below: path, flags: NoFollowIO.listFlags) {
        case .success(let value): descriptor = value
        case .failure(let problem): return ([], [Problem(path: folder.relativePath, problem: problem)])
        }
        guard let info = NoFollowIO.fstatInfo(descriptor), FileIdentity(info) == folder.identity else {
            close(descriptor)
            return ([], [Problem(path: folder.relativePath, problem: .changed)])
        }
        guard visited.insert(folder.identity).inserted else {
            close(descriptor)
            return ([], [])
        }
        let listed = NoFollowIO.entries(ofFolder: descriptor)
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var entries: [Entry] = []
        var problems: [Problem] = []
        for (name, isUTF8, info) in listed {
            if skip(name) { continue }
            guard isUTF8 else {
                problems.append(Problem(path: join(folder.relativePath, name), problem: .nameNotUTF8))
                continue
            }
            let relative = join(folder.relativePath, name)
            switch entry(named: name, relative: relative, realFolder: folder.realPath, info: info) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): problems.append(Problem(path: relative, problem: problem))
            }
        }
        return (entries, problems)
    }

    /// One listed name as an entry, its link resolved and checked.
    package func entry(named name: String, relative: String, realFolder: String, info: stat?) -> Result<
        Entry, FileProblem
    > {
        guard let info else { return .failure(.changed) }
        let real = join(realFolder, name)
        switch FileType(info) {
        case .regular:
            return .success(
                Entry(
                    name: name, relativePath: relative, realPath: real, kind: .file,
                    identity: FileIdentity(info), stamp: FileStamp(info), isLink: false))
        case .directory:
            return .success(
                Entry(
                    name: name, relativePath: relative, realPath: real, kind: .directory,
                    identity: FileIdentity(info), stamp: FileStamp(info), isLink: false))
        case .symbolicLink:
            let target: String
            switch NoFollowIO.realPath(path + "/" + real) {
            case .success(let value): target = value
            case .failure(let problem): return .failure(problem)
            }
            guard let inside = relativeToRoot(target) else { return .failure(.linkLeavesRoot) }
            guard !inside.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
                return .failure(.linkLeavesRoot)
            }
            guard let resolved = NoFollowIO.lstatInfo(target) else { return .failure(.brokenLink) }
            let type = FileType(resolved)
            guard type == .regular || type == .directory else { return .failure(.special(type)) }
            return .success(
                Entry(
                    name: name, relativePath: relative, realPath: inside,
                    kind: type == .regular ? .file : .directory, identity: FileIdentity(resolved),
                    stamp: FileStamp(resolved), isLink: true))
        case let type:
            return .failure(.special(type))
        }
    }

    /// Every file below a folder, depth first, each folder's entries in name order, with the problems met on the way.
    package func allFiles(
        under folder: Entry, visited: inout Set<FileIdentity>,
        skip: (String) -> Bool
    ) -> (files: [Entry], problems: [Problem]) {
        var files: [Entry] = []
        var problems: [Problem] = []
        func walk(_ folder: Entry, visited: inout Set<FileIdentity>) {
            let (entries, found) = list(folder, visited: &visited, skip: skip)
            problems += found
            for entry in entries {
                if entry.kind == .file { files.append(entry) } else { walk(entry, visited: &visited) }
            }
        }
        walk(folder, visited: &visited)
        return (files, problems)
    }

    /// The bytes of a listed file, read through its real path with no link followed.
    package func read(_ entry: Entry) -> Result<[UInt8], FileProblem> {
        switch NoFollowIO.openRegularFile(entry.realPath, below: path, expected: entry.identity) {
        case .success(let descriptor): NoFollowIO.readAll(descriptor)
        case .failure(let problem): .failure(problem)
        }
    }

    /// An absolute real path relative to the root (`""` for the root); nil when it is outside.
    package func relativeToRoot(_ real: String) -> String? {
        if real == path { return "" }
        let prefix = path == "/" ? "/" : path + "/"
        return real.hasPrefix(prefix) ? String(real.dropFirst(prefix.count)) : nil
    }

    /// True when `other` (any path) is this root or a folder below it, once its links are resolved.
    package func contains(_ other: String) -> Bool {
        guard case .success(let real) = NoFollowIO.realPath(other) else { return false }
        return relativeToRoot(real) != nil
    }

    package func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}
