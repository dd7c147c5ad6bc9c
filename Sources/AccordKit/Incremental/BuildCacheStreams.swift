/// Bytes written one after another to a file from an offset, through a 1 MB buffer: the build cache's data file
/// (raw parts) and its index (length-prefixed records).
struct CacheFileStream {
    let descriptor: Int32
    /// Where the next byte goes.
    private(set) var position: Int
    private var buffer: [UInt8] = []
    private var flushedTo: Int
    private var failed = false

    init(descriptor: Int32, at offset: Int = 0) {
        self.descriptor = descriptor
        position = offset
        flushedTo = offset
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends bytes as they are (written when the buffer holds 1 MB).
    mutating func append(_ bytes: [UInt8]) {
        position += bytes.count
        buffer += bytes
        if buffer.count >= 1 << 20 { _ = flush() }
    }

    /// One record: its length in 8 bytes (little-endian), then its bytes.
    mutating func append(record: [UInt8]) {
        append(length: record.count)
        append(record)
    }

    /// The length of a record whose bytes follow.
    mutating func append(length: Int) {
        append(LittleEndian.bytes(UInt64(bitPattern: Int64(length))))
    }

    /// Writes what is buffered; false when any write failed.
    mutating func flush() -> Bool {
        if !failed, !PositionalIO.write(descriptor, buffer, at: flushedTo) { failed = true }
        flushedTo += buffer.count
        buffer.removeAll(keepingCapacity: true)
        return !failed
    }
}
