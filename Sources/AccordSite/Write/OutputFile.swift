/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds.
    public enum Content: Sendable, Hashable {
        /// Generated text, written as UTF-8.
        case text(String)
        /// Generated text in pieces, written one after another as one file (a large export is never one string).
        case parts([String])
        /// A regular file copied byte for byte from an absolute path with no symbolic link in it (`FileRoot`).
        case copy(from: String)
        /// The same file of the previous build, unchanged since it was written: linked, not written again.
        case previous

        /// The generated text's pieces (one for `.text`); nil for a copied or previous file.
        package var textParts: [String]? {
            switch self {
            case .text(let text): [text]
            case .parts(let parts): parts
            case .copy, .previous: nil
            }
        }

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
        // Read as bytes, a part at a time: `/` is never inside a UTF-8 sequence.
        var partLength = 0
        var dots = 0
        // A part must not be empty, `.` or `..` (`...` is a plain name).
        func partIsSafe() -> Bool { partLength > 0 && !(dots == partLength && dots <= 2) }
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard partIsSafe() else { return false }
                partLength = 0
                dots = 0
            } else {
                partLength += 1
                if byte == UInt8(ascii: "."), dots == partLength - 1 { dots += 1 }
            }
        }
        return partIsSafe()
    }

    /// The folder of the path (`""` for a file at the top).
    package var folder: String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
