import Foundation

/// Bytes written one after another to a file at an offset, through a 1 MB buffer.
struct CacheDataStream {
    let descriptor: Int32
    /// Where the next byte goes.
    private(set) var position: Int
    private var buffer: [UInt8] = []
    private var flushedTo: Int
    private var failed = false

    init(descriptor: Int32, at offset: Int) {
        self.descriptor = descriptor
        position = offset
        flushedTo = offset
    }

    /// Appends bytes (written when the buffer holds 1 MB).
    mutating func append(_ bytes: [UInt8]) {
        position += bytes.count
        buffer += bytes
        if buffer.count >= 1 << 20 { _ = flush() }
    }

    /// Writes what is buffered; false when any write failed.
    mutating func flush() -> Bool {
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count, !failed {
                let wrote = pwrite(
                    descriptor, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(flushedTo + done))
                if wrote < 0, errno == EINTR { continue }
                if wrote <= 0 { failed = true } else { done += wrote }
            }
        }
        flushedTo += buffer.count
        buffer.removeAll(keepingCapacity: true)
        return !failed
    }
}

/// Length-prefixed records written to a file through a 1 MB buffer.
struct CacheRecordStream {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 20)
    }

    /// One record: its length in 8 bytes (little-endian), then its bytes.
    mutating func append(_ record: [UInt8]) {
        append(length: record.count)
        append(raw: record)
    }

    /// The length of a record whose bytes follow.
    mutating func append(length: Int) {
        append(raw: (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) })
    }

    /// Bytes as they are.
    mutating func append(raw bytes: [UInt8]) {
        if buffer.count + bytes.count > (1 << 20) { _ = flush() }
        if bytes.count > (1 << 20) { write(bytes) } else { buffer += bytes }
    }

    /// Writes what is buffered; false when any write failed.
    mutating func flush() -> Bool {
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
        return !failed
    }

    private mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count, !failed {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                } else {
                    offset += written
                }
            }
        }
    }
}
