import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder of the preview server, looked at afresh for every request: each rebuild swaps it.
public struct SiteRoot: Sendable {
    /// What a request path names in the folder right now.
    public enum Lookup: Sendable, Equatable {
        /// A regular file inside the folder (its real path).
        case file(String)
        /// A folder asked for without its trailing `/`: redirect to this path so relative links work.
        case redirect(String)
        /// Nothing to serve (missing, hidden, outside the folder, or not a regular file).
        case notFound
        /// The folder itself is missing right now (a rebuild may be swapping it in): ask again shortly.
        case unavailable
    }

    /// The absolute path of the folder.
    public let path: String

    /// A root folder; a relative path is taken from the current directory.
    public init(path: String) {
        self.path = SiteRoot.absolute(path)
    }

    /// Finds the file for a request path; never anything outside the folder, symbolic links included.
    public func lookup(_ request: RequestPath) -> Lookup {
        // Dot files (Accord's marker, editor leftovers) are not part of the site.
        guard !request.segments.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
        guard let root = Self.realPath(path), Self.kind(root) == .folder else { return .unavailable }
        let candidate = request.segments.isEmpty ? root : root + "/" + request.segments.joined(separator: "/")
        // The real path resolves every symbolic link: a target outside the root is refused, a loop fails.
        guard let real = Self.realPath(candidate), Self.isInside(real, root: root) else { return .notFound }
        switch Self.kind(real) {
        case .folder:
            guard request.namesFolder || request.segments.isEmpty else { return .redirect(request.folderLocation) }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, root: root),
                Self.kind(index) == .file
            else { return .notFound }
            return .file(index)
        case .file:
            return request.namesFolder ? .notFound : .file(real)
        case .other:
            return .notFound
        }
    }

    enum Kind { case file, folder, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let cwd = FileManager.default.currentDirectoryPath
        return (cwd.hasSuffix("/") ? cwd : cwd + "/") + path
    }
}
