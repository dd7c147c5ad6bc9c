/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds.
    public enum Content: Sendable, Hashable {
        /// Generated text, written as UTF-8.
        case text(String)
        /// Generated text made piece by piece as it is written (a large export is never in memory whole).
        case pieces(TextPieces)
        /// A regular file copied byte for byte from an absolute path with no symbolic link in it (`FileRoot`).
        case copy(from: String)
        /// The same file of the previous build, unchanged since it was written: linked, not written again.
        case previous

        /// True for a copied file.
        package var isCopy: Bool {
            if case .copy = self { return true }
            return false
        }

        /// True for text made as it is written.
        package var isPieces: Bool {
            if case .pieces = self { return true }
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

/// A text of `count` pieces, the i-th made by `piece(i)` only when it is written or read. Two values are equal
/// when they are the same value (the pieces are not compared).
public struct TextPieces: Sendable, Hashable {
    /// The number of pieces.
    public let count: Int
    /// Makes a piece.
    public let piece: @Sendable (Int) -> String
    /// What tells two values apart.
    private let identity = Identity()

    private final class Identity: Sendable {}

    /// A text of `count` pieces.
    public init(count: Int, piece: @escaping @Sendable (Int) -> String) {
        self.count = count
        self.piece = piece
    }

    /// The whole text (for the leak check and tests: made at once).
    public var joined: String { (0..<count).map(piece).joined() }

    /// The same value.
    public static func == (left: TextPieces, right: TextPieces) -> Bool { left.identity === right.identity }

    /// Hashes the value's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(identity)) }
}
