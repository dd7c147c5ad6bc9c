import AccordCore

/// Reads back what `CompactEncoder` wrote; any mismatch throws (the cache entry is then ignored).
package struct CompactDecoder {
    /// Decodes a value from the whole of `bytes`.
    package static func decode<T: Decodable>(_: T.Type, from bytes: [UInt8]) throws -> T {
        let source = CompactSource(bytes: bytes)
        let value = try T(from: CompactDecoding(source: source))
        guard source.offset == bytes.count else { throw CompactSource.Malformed() }
        return value
    }
}

/// The bytes being read and the read position, shared by every container of one decoding.
final class CompactSource {
    /// The bytes do not hold what the type expects.
    struct Malformed: Error {}

    let bytes: [UInt8]
    var offset = 0
    /// The strings read so far that a later one may refer to by number.
    var strings: [String] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    func signed() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    func string() throws -> String {
        let head = try unsigned()
        if head & 1 == 1 {
            let number = Int(head >> 1)
            guard number < strings.count else { throw Malformed() }
            return strings[number]
        }
        let count = Int(head >> 1)
        guard count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        let text = String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
        if count > CompactSink.internedLength { strings.append(text) }
        return text
    }

    func location() throws -> SourceLocation {
        let path = try string()
        let line = try signed()
        let column = try signed()
        return SourceLocation(
            path: path, line: line == Int64.min ? nil : Int(line), column: column == Int64.min ? nil : Int(column))
    }

    /// The string at the read position, left unread (a case name: short, never interned).
    func peekString() throws -> String {
        let start = offset
        let known = strings.count
        defer {
            offset = start
            strings.removeSubrange(known...)
        }
        return try string()
    }

    func count() throws -> Int {
        guard let count = LittleEndian.read(bytes, at: offset, width: 4) else { throw Malformed() }
        offset += 4
        return Int(count)
    }
}

/// Reads one primitive value; shared by every kind of container.
private protocol CompactReading {
    var source: CompactSource { get }
}

extension CompactReading {
    func take(_: Bool.Type) throws -> Bool {
        switch try source.byte() {
        case 0: false
        case 1: true
        default: throw CompactSource.Malformed()
        }
    }
    func take(_: String.Type) throws -> String { try source.string() }
    func take(_: Double.Type) throws -> Double { Double(bitPattern: try source.unsigned()) }
    func take(_: Float.Type) throws -> Float {
        guard let bits = UInt32(exactly: try source.unsigned()) else { throw CompactSource.Malformed() }
        return Float(bitPattern: bits)
    }
    func take<I: FixedWidthInteger & SignedInteger>(_: I.Type) throws -> I {
        guard let value = I(exactly: try source.signed()) else { throw CompactSource.Malformed() }
        return value
    }
    func take<I: FixedWidthInteger & UnsignedInteger>(_: I.Type) throws -> I {
        guard let value = I(exactly: try source.unsigned()) else { throw CompactSource.Malformed() }
        return value
    }
    func take<T: Decodable>(_: T.Type) throws -> T {
        if T.self == SourceLocation.self { return unsafeBitCast(try source.location(), to: T.self) }
        if T.self == Day.self { return unsafeBitCast(Day(ordinal: Int(try source.signed())), to: T.self) }
        return try T(from: CompactDecoding(source: source))
    }
    func present() throws -> Bool { try take(Bool.self) }
}

struct CompactDecoding: Decoder, CompactReading {
    let source: CompactSource
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedDecoding<Key>(source: source))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        CompactUnkeyedDecoding(source: source, count: try source.count())
    }

    func singleValueContainer() -> any SingleValueDecodingContainer { CompactSingleDecoding(source: source) }
}

struct CompactKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol, CompactReading {
    let source: CompactSource
    var codingPath: [any CodingKey] = []

    /// Only an enum asks for its keys: the one key is the case name written before the case's fields.
    var allKeys: [Key] {
        guard let name = try? source.peekString(), let key = Key(stringValue: name) else { return [] }
        return [key]
    }

    func contains(_: Key) -> Bool { true }
    func decodeNil(forKey _: Key) throws -> Bool { !(try present()) }
    func decode(_ type: Bool.Type, forKey _: Key) throws -> Bool { try take(type) }
    func decode(_ type: String.Type, forKey _: Key) throws -> String { try take(type) }
    func decode(_ type: Double.Type, forKey _: Key) throws -> Double { try take(type) }
    func decode(_ type: Float.Type, forKey _: Key) throws -> Float { try take(type) }
    func decode(_ type: Int.Type, forKey _: Key) throws -> Int { try take(type) }
    func decode(_ type: Int8.Type, forKey _: Key) throws -> Int8 { try take(type) }
    func decode(_ type: Int16.Type, forKey _: Key) throws -> Int16 { try take(type) }
    func decode(_ type: Int32.Type, forKey _: Key) throws -> Int32 { try take(type) }
    func decode(_ type: Int64.Type, forKey _: Key) throws -> Int64 { try take(type) }
    func decode(_ type: UInt.Type, forKey _: Key) throws -> UInt { try take(type) }
    func decode(_ type: UInt8.Type, forKey _: Key) throws -> UInt8 { try take(type) }
    func decode(_ type: UInt16.Type, forKey _: Key) throws -> UInt16 { try take(type) }
    func decode(_ type: UInt32.Type, forKey _: Key) throws -> UInt32 { try take(type) }
    func decode(_ type: UInt64.Type, forKey _: Key) throws -> UInt64 { try take(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey _: Key) throws -> T { try take(type) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey _: Key) throws -> T? {
        try present() ? try take(type) : nil
    }
    func decodeIfPresent(_ type: Bool.Type, forKey _: Key) throws -> Bool? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: String.Type, forKey _: Key) throws -> String? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Double.Type, forKey _: Key) throws -> Double? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Float.Type, forKey _: Key) throws -> Float? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Int.Type, forKey _: Key) throws -> Int? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Int8.Type, forKey _: Key) throws -> Int8? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Int16.Type, forKey _: Key) throws -> Int16? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Int32.Type, forKey _: Key) throws -> Int32? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: Int64.Type, forKey _: Key) throws -> Int64? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: UInt.Type, forKey _: Key) throws -> UInt? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: UInt8.Type, forKey _: Key) throws -> UInt8? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: UInt16.Type, forKey _: Key) throws -> UInt16? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: UInt32.Type, forKey _: Key) throws -> UInt32? { try present() ? try take(type) : nil }
    func decodeIfPresent(_ type: UInt64.Type, forKey _: Key) throws -> UInt64? { try present() ? try take(type) : nil }

    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        guard try source.string() == key.stringValue else { throw CompactSource.Malformed() }
        return KeyedDecodingContainer(CompactKeyedDecoding<NestedKey>(source: source))
    }

    func nestedUnkeyedContainer(forKey _: Key) throws -> any UnkeyedDecodingContainer {
        CompactUnkeyedDecoding(source: source, count: try source.count())
    }

    func superDecoder() -> any Decoder { CompactDecoding(source: source) }
    func superDecoder(forKey _: Key) -> any Decoder { CompactDecoding(source: source) }
}

struct CompactUnkeyedDecoding: UnkeyedDecodingContainer, CompactReading {
    let source: CompactSource
    var count: Int?
    var codingPath: [any CodingKey] = []
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(source: CompactSource, count: Int) {
        self.source = source
        self.count = count
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw CompactSource.Malformed() }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        try next()
        if try !present() { return true }
        throw CompactSource.Malformed()  // optionals inside arrays are not used by the cached types
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try next()
        return try take(type)
    }
    mutating func decode(_ type: String.Type) throws -> String {
        try next()
        return try take(type)
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try next()
        return try take(type)
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try next()
        return try take(type)
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try take(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next()
        return KeyedDecodingContainer(CompactKeyedDecoding<NestedKey>(source: source))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return CompactUnkeyedDecoding(source: source, count: try source.count())
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return CompactDecoding(source: source)
    }
}

struct CompactSingleDecoding: SingleValueDecodingContainer, CompactReading {
    let source: CompactSource
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try take(type) }
    func decode(_ type: String.Type) throws -> String { try take(type) }
    func decode(_ type: Double.Type) throws -> Double { try take(type) }
    func decode(_ type: Float.Type) throws -> Float { try take(type) }
    func decode(_ type: Int.Type) throws -> Int { try take(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try take(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try take(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try take(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try take(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try take(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try take(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try take(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try take(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try take(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try take(type) }
}
