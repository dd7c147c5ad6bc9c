/// Fixed-width little-endian numbers: the one place they are written and read (the build cache's header, record
/// lengths and spans, a word or a double's bit pattern in `ByteWriter`).
package enum LittleEndian {
    /// Appends the low `width` bytes of `number`, least significant first.
    package static func append(_ number: UInt64, width: Int = 8, to bytes: inout [UInt8]) {
        for index in 0..<width { bytes.append(UInt8(truncatingIfNeeded: number >> (8 * UInt64(index)))) }
    }

    /// The `width` bytes of `number`, least significant first.
    package static func bytes(_ number: UInt64, width: Int = 8) -> [UInt8] {
        var bytes: [UInt8] = []
        append(number, width: width, to: &bytes)
        return bytes
    }

    /// Overwrites the `width` bytes at `offset` (which must be there) with those of `number`.
    package static func store(_ number: UInt64, width: Int = 8, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: number >> (8 * UInt64(index))) }
    }

    /// The number in the `width` bytes of `bytes` at `offset`; nil when they are not all there.
    package static func read<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: Int, width: Int = 8)
        -> UInt64? where Bytes.Index == Int
    {
        guard offset >= bytes.startIndex, width <= 8, bytes.endIndex - offset >= width else { return nil }
        var number: UInt64 = 0
        for index in 0..<width { number |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return number
    }
}
