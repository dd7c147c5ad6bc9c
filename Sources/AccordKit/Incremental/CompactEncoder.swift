import AccordCore

/// A compact, positional binary form of `Codable` values for the build cache: fields in declaration order with
/// no names, lengths before strings and arrays, a presence byte before optionals. Only the case name of an enum
/// with associated values is written (the decoder needs it to choose the case). It is read back only by the
/// same binary (the cache key holds the binary's identity), so it carries no schema.
package struct CompactEncoder {
    /// Encodes a value.
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = CompactSink()
        try value.encode(to: CompactEncoding(sink: sink))
        return sink.bytes
    }
}

/// The growing byte buffer every container of one encoding writes to.
final class CompactSink {
    var bytes: [UInt8] = []
    /// Strings longer than `CompactSink.internedLength` already written, by their number.
    var strings: [ExactText: Int] = [:]
    /// Longer strings are written once and then referred to by number (a note's path is in every location).
    static let internedLength = 15

    func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func write(_ value: Int64) { write(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    /// An even number is the length of the bytes that follow; an odd one the number of a string written before.
    func write(_ text: String) {
        var text = text
        let count = text.utf8.count
        if count > Self.internedLength {
            if let number = strings[ExactText(text)] { return write(UInt64(number) * 2 + 1) }
            strings[ExactText(text)] = strings.count
        }
        text.withUTF8 { buffer in
            write(UInt64(count) * 2)
            bytes.append(contentsOf: buffer)
        }
    }

    /// The model's most frequent leaf types, written without a container.
    func write(_ location: SourceLocation) {
        write(location.path)
        write(Int64(location.line ?? Int.min))
        write(Int64(location.column ?? Int.min))
    }

    /// Reserves room for an element count, patched as elements are added.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func bumpCount(at offset: Int) {
        let count = LittleEndian.read(bytes, at: offset, width: 4) ?? 0
        LittleEndian.store((count + 1) & 0xFFFF_FFFF, width: 4, at: offset, in: &bytes)
    }
}

/// A string hashed and compared by its UTF-8 bytes: a string is interned only as its exact self (canonical
/// equivalence, `String`'s own, would let one spelling stand for another and costs a normalisation check each).
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.utf8.count == right.text.utf8.count && left.text.utf8.elementsEqual(right.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Bool? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
            return true
        }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
    }
}

/// Writes one primitive value; shared by every kind of container.
private protocol CompactWriting {
    var sink: CompactSink { get }
}

extension CompactWriting {
    func put(_ value: Bool) { sink.bytes.append(value ? 1 : 0) }
    func put(_ value: String) { sink.write(value) }
    func put(_ value: Double) { sink.write(value.bitPattern) }
    func put(_ value: Float) { sink.write(UInt64(value.bitPattern)) }
    func put<I: FixedWidthInteger & SignedInteger>(_ value: I) { sink.write(Int64(value)) }
    func put<I: FixedWidthInteger & UnsignedInteger>(_ value: I) { sink.write(UInt64(value)) }
    func put<T: Encodable>(_ value: T) throws {
        if T.self == SourceLocation.self { return sink.write(unsafeBitCast(value, to: SourceLocation.self)) }
        if T.self == Day.self { return sink.write(Int64(unsafeBitCast(value, to: Day.self).ordinal)) }
        try value.encode(to: CompactEncoding(sink: sink))
    }
}

struct CompactEncoding: Encoder, CompactWriting {
    let sink: CompactSink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncoding<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoding(sink: sink, countOffset: sink.reserveCount())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { CompactSingleEncoding(sink: sink) }
}

struct CompactKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol, CompactWriting {
    let sink: CompactSink
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey _: Key) { sink.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey _: Key) { put(value) }
    mutating func encode(_ value: String, forKey _: Key) { put(value) }
    mutating func encode(_ value: Double, forKey _: Key) { put(value) }
    mutating func encode(_ value: Float, forKey _: Key) { put(value) }
    mutating func encode(_ value: Int, forKey _: Key) { put(value) }
    mutating func encode(_ value: Int8, forKey _: Key) { put(value) }
    mutating func encode(_ value: Int16, forKey _: Key) { put(value) }
    mutating func encode(_ value: Int32, forKey _: Key) { put(value) }
    mutating func encode(_ value: Int64, forKey _: Key) { put(value) }
    mutating func encode(_ value: UInt, forKey _: Key) { put(value) }
    mutating func encode(_ value: UInt8, forKey _: Key) { put(value) }
    mutating func encode(_ value: UInt16, forKey _: Key) { put(value) }
    mutating func encode(_ value: UInt32, forKey _: Key) { put(value) }
    mutating func encode(_ value: UInt64, forKey _: Key) { put(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey _: Key) throws { try put(value) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: String?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey _: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey _: Key) throws { try flagged(value) }

    /// A presence byte, then the value.
    private func flagged<T: Encodable>(_ value: T?) throws {
        guard let value else { return sink.bytes.append(0) }
        sink.bytes.append(1)
        try put(value)
    }

    /// Only an enum case with associated values asks for a nested keyed container: its name is written.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        sink.write(key.stringValue)
        return KeyedEncodingContainer(CompactKeyedEncoding<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey _: Key) -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoding(sink: sink, countOffset: sink.reserveCount())
    }

    mutating func superEncoder() -> any Encoder { CompactEncoding(sink: sink) }
    mutating func superEncoder(forKey _: Key) -> any Encoder { CompactEncoding(sink: sink) }
}

struct CompactUnkeyedEncoding: UnkeyedEncodingContainer, CompactWriting {
    let sink: CompactSink
    let countOffset: Int
    var codingPath: [any CodingKey] = []
    var count = 0

    private mutating func added() {
        count += 1
        sink.bumpCount(at: countOffset)
    }

    mutating func encodeNil() {
        added()
        sink.bytes.append(0)
    }
    mutating func encode(_ value: Bool) {
        added()
        put(value)
    }
    mutating func encode(_ value: String) {
        added()
        put(value)
    }
    mutating func encode(_ value: Double) {
        added()
        put(value)
    }
    mutating func encode(_ value: Int) {
        added()
        put(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        added()
        try put(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedEncodingContainer<NestedKey>
    {
        added()
        return KeyedEncodingContainer(CompactKeyedEncoding<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        added()
        return CompactUnkeyedEncoding(sink: sink, countOffset: sink.reserveCount())
    }

    mutating func superEncoder() -> any Encoder {
        added()
        return CompactEncoding(sink: sink)
    }
}

struct CompactSingleEncoding: SingleValueEncodingContainer, CompactWriting {
    let sink: CompactSink
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() { sink.bytes.append(0) }
    mutating func encode(_ value: Bool) { put(value) }
    mutating func encode(_ value: String) { put(value) }
    mutating func encode(_ value: Double) { put(value) }
    mutating func encode(_ value: Float) { put(value) }
    mutating func encode(_ value: Int) { put(value) }
    mutating func encode(_ value: Int8) { put(value) }
    mutating func encode(_ value: Int16) { put(value) }
    mutating func encode(_ value: Int32) { put(value) }
    mutating func encode(_ value: Int64) { put(value) }
    mutating func encode(_ value: UInt) { put(value) }
    mutating func encode(_ value: UInt8) { put(value) }
    mutating func encode(_ value: UInt16) { put(value) }
    mutating func encode(_ value: UInt32) { put(value) }
    mutating func encode(_ value: UInt64) { put(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try put(value) }
}
