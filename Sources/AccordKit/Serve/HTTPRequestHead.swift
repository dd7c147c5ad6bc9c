/// The request line of an HTTP/1.x request: all a static file server needs of it.
public struct HTTPRequestHead: Sendable, Equatable {
    /// The method, such as `GET`.
    public var method: String
    /// The request target as sent, such as `/partnerships/acme/index.html?x=1`.
    public var target: String
    /// The protocol version, such as `HTTP/1.1`.
    public var version: String

    /// Parses the head of a request (the bytes before the blank line); nil when it is malformed.
    public init?(_ bytes: [UInt8]) {
        let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var line = bytes[bytes.startIndex..<end]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
        // Visible ASCII only: no spaces, control characters, CR or LF can reach a header we write.
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        let versionText = String(decoding: version, as: UTF8.self)
        guard versionText.hasPrefix("HTTP/1.") else { return nil }
        self.method = String(decoding: method, as: UTF8.self)
        self.target = String(decoding: target, as: UTF8.self)
        self.version = versionText
    }
}
