import Glibc

/// Whole reads and writes at an offset of an open file (`pread`/`pwrite` until done), for the build cache's data
/// file and the spools (`SpoolFile`).
package enum PositionalIO {
    /// `count` bytes at `offset`; nil when they are not all there.
    package static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
        guard count >= 0, offset >= 0 else { return nil }
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialised in
            var done = 0
            while done < count {
                let read = pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { break }
                done += read
            }
            complete = done == count
            initialised = done
        }
        return complete ? bytes : nil
    }

    /// Writes all of `bytes` at `offset`; false on failure.
    package static func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = pwrite(
                    descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
                if wrote < 0, errno == EINTR { continue }
                guard wrote > 0 else { return false }
                done += wrote
            }
            return true
        }
    }
}
