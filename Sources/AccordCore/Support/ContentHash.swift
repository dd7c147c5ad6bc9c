/// A 128-bit fingerprint of bytes, the same in every process (unlike `Hasher`): the build cache's key for
/// unchanged inputs and unchanged output files. Two FNV-style lanes over 8-byte words; not cryptographic — a cache
/// entry also has to match in size and place, and the cache lives beside the output of the user who wrote it.
public struct ContentHash: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first lane.
    public private(set) var high: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The second lane.
    public private(set) var low: UInt64 = 0x6c62_272e_07bb_0142
    /// Bytes fed so far.
    public private(set) var count: UInt64 = 0

    /// The fingerprint of nothing.
    public init() {}

    /// The fingerprint of a text's UTF-8 bytes.
    public init(_ text: String) { combine(text) }

    /// A fingerprint from its lanes and count, as `high`, `low` and `count` give them (read back from a file).
    public init(high: UInt64, low: UInt64, count: UInt64) {
        self.high = high
        self.low = low
        self.count = count
    }

    /// Feeds bytes.
    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let total = bytes.count
        while index + 8 <= total {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < total {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail ^ (UInt64(total & 7) << 56))
        count &+= UInt64(total)
    }

    /// Feeds a text's UTF-8 bytes, then its length (so that "ab"+"c" and "a"+"bc" differ).
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
        mix(UInt64(text.utf8.count))
    }

    /// The fingerprint of texts written one after another: the same as of their concatenation, never made.
    public init(concatenating parts: [String]) {
        var stream = Stream()
        for part in parts { stream.add(part) }
        self = stream.fingerprint
    }

    /// The fingerprint of a text fed in pieces, as they are made: the same as of the whole text.
    public struct Stream: Sendable {
        private var hash = ContentHash()
        /// The bytes of a word begun by one piece, for the next to complete.
        private var carry: UInt64 = 0
        private var carried = 0
        private var total = 0

        /// Nothing fed yet.
        public init() {}

        /// Feeds the next piece.
        public mutating func add(_ piece: String) {
            var piece = piece
            total += piece.utf8.count
            piece.withUTF8 { bytes in
                var index = 0
                // Complete the word the previous piece began, then whole words, then keep the rest for the next.
                while carried > 0, carried < 8, index < bytes.count {
                    carry |= UInt64(bytes[index]) << UInt64(8 * carried)
                    carried += 1
                    index += 1
                }
                if carried == 8 {
                    hash.mix(carry)
                    (carry, carried) = (0, 0)
                }
                let raw = UnsafeRawBufferPointer(bytes)
                while index + 8 <= bytes.count {
                    hash.mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    index += 8
                }
                while index < bytes.count {
                    carry |= UInt64(bytes[index]) << UInt64(8 * carried)
                    carried += 1
                    index += 1
                }
            }
        }

        /// The fingerprint of everything fed, as `ContentHash(text)` of the whole text gives it.
        public var fingerprint: ContentHash {
            var hash = hash
            hash.mix(carry ^ (UInt64(total & 7) << 56))
            hash.count &+= UInt64(total)
            hash.mix(UInt64(total))
            return hash
        }
    }

    /// Feeds a number.
    public mutating func combine(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

    /// Feeds another fingerprint.
    public mutating func combine(_ other: ContentHash) {
        mix(other.high)
        mix(other.low)
        mix(other.count)
    }

    private mutating func mix(_ word: UInt64) {
        high = (high ^ word) &* 0x0000_0100_0000_01b3
        high ^= high >> 29
        low = (low ^ (word &+ 0x9e37_79b9_7f4a_7c15)) &* 0xff51_afd7_ed55_8ccd
        low ^= low >> 31
    }

    /// 32 hexadecimal digits.
    public var description: String {
        let digits = [String(high, radix: 16), String(low, radix: 16)]
        return digits.map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }
}
