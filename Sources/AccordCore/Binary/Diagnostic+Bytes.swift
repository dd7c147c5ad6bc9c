// Content hashes and diagnostics (what a build cache entry's metadata holds) as `ByteWriter` bytes and back.

extension ByteWriter {
    /// Appends a content hash.
    package mutating func hash(_ hash: ContentHash) {
        for word in [hash.high, hash.low, hash.count] { self.word(word) }
    }

    /// Appends a diagnostic.
    package mutating func diagnostic(_ diagnostic: Diagnostic) {
        raw(diagnostic.severity)
        location(diagnostic.location)
        string(diagnostic.message)
        optional(diagnostic.hint) { $0.string($1) }
        bool(diagnostic.isInContent)
        optional(diagnostic.title) { $0.string($1) }
    }
}

extension ByteReader {
    /// Reads a content hash.
    package mutating func hash() throws -> ContentHash {
        ContentHash(high: try word(), low: try word(), count: try word())
    }

    /// Reads a diagnostic.
    package mutating func diagnostic() throws -> Diagnostic {
        let (severity, location, message) = (try raw() as Diagnostic.Severity, try location(), try string())
        var diagnostic = Diagnostic(severity, location, message, hint: try optional { try $0.string() })
        diagnostic.isInContent = try bool()
        diagnostic.title = try optional { try $0.string() }
        return diagnostic
    }
}
