import AccordCore

extension BuildCache.Meta {
    /// The bytes of this entry's metadata, which `init(bytes:)` reads back.
    var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.string(slug)
        writer.hash(input)
        writer.array(diagnostics) { $0.diagnostic($1) }
        writer.array(pages) { $0.string($1) }
        writer.hash(links)
        return writer.bytes
    }

    /// The metadata `bytes` were made of; throws `ByteReader.Malformed` on bytes no writer made.
    init(bytes: [UInt8]) throws {
        var reader = ByteReader(bytes)
        self.init(
            slug: try reader.string(), input: try reader.hash(), diagnostics: try reader.array { try $0.diagnostic() },
            pages: try reader.array { try $0.string() }, links: try reader.hash())
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
    }
}
