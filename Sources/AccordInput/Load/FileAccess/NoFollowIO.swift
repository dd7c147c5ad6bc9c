#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls below `FileRoot`: paths are opened one component at a time from an open folder
/// with `O_NOFOLLOW`, so no symbolic link is ever followed while reading, and a file is opened only
/// after `lstat` said it is regular (`O_NONBLOCK` too, so a FIFO swapped in at the last moment never
/// blocks) and read only after `fstat` said the same of the open file.
package enum NoFollowIO {
    #if os(Linux)
        /// `O_PATH` (Glibc's module does not export it): opens a folder only to walk through it.
        package static let pathOnly: Int32 = 0o10000000
        /// Opens a folder only to walk through it (no read permission needed).
        package static let walkFlags: Int32 = pathOnly | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    #else
        package static let walkFlags: Int32 = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    #endif
    /// Opens a folder to list it.
    package static let listFlags: Int32 = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    /// Opens a file to read it.
    package static let readFlags: Int32 = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC

    /// The text of the current `errno`.
    package static var reason: String { String(cString: strerror(errno)) }

    /// Opens `relative` (components separated by `/`, none of them a link, `.` or `..`) below the
    /// folder `base`; the last component with `flags`. The problem says why not.
    package static func openBelow(_ relative: String, below base: String, flags: Int32) -> Result<Int32, FileProblem> {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else { return .failure(.changed) }
        var current = systemOpen(base, parts.isEmpty ? flags : walkFlags)
        guard current >= 0 else { return .failure(.system(reason)) }
        for (index, part) in parts.enumerated() {
            let next = openat(current, String(part), index == parts.count - 1 ? flags : walkFlags)
            let failure = errno
            close(current)
            guard next >= 0 else {
                // A link (ELOOP, ENOTDIR) or a missing entry where the listing saw a file: it was swapped.
                return .failure(
                    [ELOOP, ENOTDIR, ENOENT, EMLINK].contains(failure)
                        ? .changed
                        : .system(String(cString: strerror(failure))))
            }
            current = next
        }
        return .success(current)
    }

    /// `open(2)`.
    package static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags)
        #else
            Darwin.open(path, flags)
        #endif
    }

    /// The `lstat` of a path (which may be a link).
    package static func lstatInfo(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    /// The `fstat` of an open file.
    package static func fstatInfo(_ descriptor: Int32) -> stat? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? info : nil
    }

    /// Opens a regular file for reading: the folders on its way walked without following a link, then the file
    /// itself by `openRegularFile(named:in:expected:)`.
    package static func openRegularFile(
        _ relative: String, below base: String,
        expected: FileIdentity?
    ) -> Result<Int32, FileProblem> {
        let (folder, name) = splitLast(relative)
        let descriptor: Int32
        switch openBelow(folder, below: base, flags: walkFlags) {
        case .success(let value): descriptor = value
        case .failure(let problem): return .failure(problem)
        }
        defer { close(descriptor) }
        return openRegularFile(named: name, in: descriptor, expected: expected)
    }

    /// Opens the regular file `name` of the open folder `folder` for reading: `fstatat` first (never open a FIFO
    /// or a device, never a link), `fstat` after, and both must be the regular file `expected` (when given).
    package static func openRegularFile(named name: String, in folder: Int32, expected: FileIdentity?) -> Result<
        Int32, FileProblem
    > {
        guard !name.isEmpty, name != ".", name != ".." else { return .failure(.changed) }
        var before = stat()
        guard fstatat(folder, name, &before, AT_SYMLINK_NOFOLLOW) == 0 else { return .failure(.changed) }
        let type = FileType(before)
        guard type == .regular else { return .failure(type == .symbolicLink ? .changed : .special(type)) }
        if let expected, FileIdentity(before) != expected { return .failure(.changed) }
        let descriptor = openat(folder, name, readFlags)
        guard descriptor >= 0 else {
            let failure = errno
            return .failure(
                [ELOOP, ENOTDIR, ENOENT, EMLINK].contains(failure)
                    ? .changed : .system(String(cString: strerror(failure))))
        }
        guard let after = fstatInfo(descriptor), FileType(after) == .regular,
            FileIdentity(after) == FileIdentity(before)
        else {
            close(descriptor)
            return .failure(.changed)
        }
        return .success(descriptor)
    }

    /// `a/b/c` as `a/b` and `c`; a name with no folder as `""` and the name.
    package static func splitLast(_ relative: String) -> (folder: String, name: String) {
        guard let slash = relative.lastIndex(of: "/") else { return ("", relative) }
        return (String(relative[..<slash]), String(relative[relative.index(after: slash)...]))
    }

    /// Every byte of an open file, then closes it. The bytes are read straight into the array, sized by `fstat`
    /// and grown if the file grows while it is read.
    package static func readAll(_ descriptor: Int32) -> Result<[UInt8], FileProblem> {
        defer { close(descriptor) }
        var capacity = (fstatInfo(descriptor).map { Int($0.st_size) } ?? 0) + 1
        var bytes: [UInt8] = []
        while true {
            var failed = false
            var ended = false
            let start = bytes.count
            bytes = [UInt8](unsafeUninitializedCapacity: max(capacity, start + 1)) { buffer, initialized in
                bytes.withUnsafeBufferPointer { old in
                    if let base = old.baseAddress, start > 0 {
                        buffer.baseAddress?.initialize(from: base, count: start)
                    }
                }
                initialized = start
                while initialized < buffer.count {
                    let count = read(
                        descriptor, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if count == 0 {
                        ended = true
                        return
                    }
                    initialized += count
                }
            }
            if failed { return .failure(.system(reason)) }
            if ended { return .success(bytes) }
            capacity = bytes.count * 2
        }
    }

    /// Copies the regular file at an absolute path that holds no symbolic link (as `FileRoot` gives it)
    /// into a new file at `target`, byte for byte: a link on the way makes it fail instead of being followed.
    package static func copyRegularFile(from source: String, to target: String) -> Result<Void, FileProblem> {
        let descriptor: Int32
        switch openRegularFile(String(source.drop(while: { $0 == "/" })), below: "/", expected: nil) {
        case .success(let value): descriptor = value
        case .failure(let problem): return .failure(problem)
        }
        defer { close(descriptor) }
        let output = systemOpen(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { return .failure(.system(reason)) }
        defer { close(output) }
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(reason))
            }
            if count == 0 { return .success(()) }
            var offset = 0
            while offset < count {
                let written = chunk.withUnsafeBytes { write(output, $0.baseAddress! + offset, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    return .failure(.system(reason))
                }
                offset += written
            }
        }
    }

    /// `open(2)` with a creation mode.
    package static func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags, mode)
        #else
            Darwin.open(path, flags, mode)
        #endif
    }

    /// The names in an open folder with their `lstat`, then closes it. A name that is not valid UTF-8 is
    /// given with replacement characters (to show in a diagnostic) and `isUTF8` false.
    package static func entries(ofFolder descriptor: Int32) -> [(name: String, isUTF8: Bool, info: stat?)] {
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return []
        }
        defer { closedir(folder) }
        let folderDescriptor = dirfd(folder)
        var result: [(name: String, isUTF8: Bool, info: stat?)] = []
        while let entry = readdir(folder) {
            let item: (name: String, isUTF8: Bool, info: stat?)? = withUnsafePointer(to: &entry.pointee.d_name) {
                tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { raw in
                    if raw[0] == 0x2E, raw[1] == 0 || (raw[1] == 0x2E && raw[2] == 0) { return nil }  // . and ..
                    var info = stat()
                    let found = fstatat(folderDescriptor, raw, &info, AT_SYMLINK_NOFOLLOW) == 0
                    let valid = String(validatingCString: raw)
                    return (valid ?? String(cString: raw), valid != nil, found ? info : nil)
                }
            }
            if let item { result.append(item) }
        }
        return result
    }

    /// The real path of `path` (every link resolved), or the problem with its links.
    package static func realPath(_ path: String) -> Result<String, FileProblem> {
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.brokenLink)
            case ELOOP: return .failure(.linkLoop)
            default: return .failure(.system(reason))
            }
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }
}
