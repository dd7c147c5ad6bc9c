/// Reads back, in order, the values a `ByteWriter` wrote; every read checks its bounds and throws `Malformed`
/// rather than trap on bytes that end early or hold what no writer wrote.
package struct ByteReader {
    /// Bytes that are not what a `ByteWriter` wrote.
    package struct Malformed: Error {
        /// The error, for a reader of some type's bytes outside this module.
        package init() {}
    }

    private let bytes: [UInt8]
    private var position = 0
    /// The last source path read by `location` (shared by the locations that do not repeat it).
    private var lastPath: String?

    /// A reader at the start of `bytes`.
    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// True when every byte was read.
    package var isAtEnd: Bool { position == bytes.count }

    /// Reads an integer.
    package mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// Reads a count (an integer that may not be negative or exceed the bytes left).
    package mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }

    /// Reads a Boolean.
    package mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// Reads a double.
    package mutating func double() throws -> Double { Double(bitPattern: try word()) }

    /// Reads a 64-bit word.
    package mutating func word() throws -> UInt64 {
        guard let word = LittleEndian.read(bytes, at: position) else { throw Malformed() }
        position += 8
        return word
    }

    /// Reads a string.
    package mutating func string() throws -> String {
        let count = try count()
        defer { position += count }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<position + count]), as: UTF8.self)
        }
    }

    /// Reads an optional.
    package mutating func optional<Value>(_ get: (inout ByteReader) throws -> Value) throws
        -> Value?
    {
        try bool() ? try get(&self) : nil
    }

    /// Reads an array.
    package mutating func array<Element>(_ get: (inout ByteReader) throws -> Element) throws
        -> [Element]
    {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try get(&self)) }
        return values
    }

    /// Reads a day.
    package mutating func day() throws -> Day { Day(ordinal: try int()) }

    /// Reads a source location.
    package mutating func location() throws -> SourceLocation {
        if try bool() { lastPath = try string() }
        guard let path = lastPath else { throw Malformed() }
        return SourceLocation(path: path, line: try optional { try $0.int() }, column: try optional { try $0.int() })
    }
}
