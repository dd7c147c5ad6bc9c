/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds.
    public enum Content: Sendable, Hashable {
        /// Generated text, written as UTF-8.
        case text(String)
        /// A regular file copied byte for byte from an absolute path with no symbolic link in it (`FileRoot`).
        case copy(from: String)
        /// The same file of the previous build, unchanged since it was written: linked, not written again.
        case previous

        /// True for a copied file.
        package var isCopy: Bool {
            if case .copy = self { return true }
            return false
        }
    }

    /// Path relative to the output folder, with `/` separators.
    public var path: String
    /// The content.
    public var content: Content

    /// A file of the site.
    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// True when the path stays inside the output folder (no `..`, no absolute path, no empty part).
    public var hasSafePath: Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
        }
    }
}
