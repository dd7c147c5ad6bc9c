/// Appends values as compact bytes that `ByteReader` reads back in the same order: integers as zigzag LEB128,
/// doubles as their bit pattern, strings as a length and their UTF-8. Only for bytes the same binary reads back
/// (a spool; the build cache, whose key holds the binary's identity), never a format kept between versions.
package struct ByteWriter {
    /// What was written so far.
    package private(set) var bytes: [UInt8] = []
    /// The last source path written by `location`, which a location at the same path does not repeat.
    private var lastPath: String?

    /// An empty writer.
    package init() {}

    /// Appends an integer (zigzag LEB128: small numbers, negative or not, take one byte).
    package mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a Boolean.
    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends a double, exactly (its bit pattern).
    package mutating func double(_ value: Double) { word(value.bitPattern) }

    /// Appends a 64-bit word as eight bytes (a hash's half: zigzag would take ten).
    package mutating func word(_ value: UInt64) { LittleEndian.append(value, to: &bytes) }

    /// Appends a string.
    package mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends an optional: a marker, then the value when there is one.
    package mutating func optional<Value>(_ value: Value?, _ put: (inout ByteWriter, Value) -> Void) {
        bool(value != nil)
        if let value { put(&self, value) }
    }

    /// Appends an array: its count, then each element.
    package mutating func array<Element>(_ values: [Element], _ put: (inout ByteWriter, Element) -> Void) {
        int(values.count)
        for value in values { put(&self, value) }
    }

    /// Appends a day.
    package mutating func day(_ value: Day) { int(value.ordinal) }

    /// Appends a source location; its path only when it differs from the last location's.
    package mutating func location(_ value: SourceLocation) {
        if value.path == lastPath {
            bool(false)
        } else {
            bool(true)
            string(value.path)
            lastPath = value.path
        }
        optional(value.line) { $0.int($1) }
        optional(value.column) { $0.int($1) }
    }
}
