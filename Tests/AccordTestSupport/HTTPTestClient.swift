import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP client over a raw socket to 127.0.0.1, so tests can send targets a real client
/// would normalise (`/../`) and bytes no client would send. Every call has a deadline.
public enum HTTPTestClient {
    /// A parsed response.
    public struct Reply {
        /// The status code.
        public var status: Int
        /// Header fields by lower-cased name.
        public var headers: [String: String]
        /// The body bytes.
        public var body: [UInt8]
        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// A connection or protocol failure.
    public struct Failure: Error, CustomStringConvertible {
        /// What failed.
        public var description: String
    }

    /// Sends `METHOD target` (plus `extraHeaders`, each ending in CRLF) and reads the whole response.
    public static func request(
        _ target: String, method: String = "GET", extraHeaders: String = "", port: UInt16,
        timeout: Double = 5
    ) throws -> Reply {
        try exchange(
            "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: accord-tests\r\n\(extraHeaders)\r\n",
            port: port, timeout: timeout)
    }

    /// Sends raw bytes and reads one response: until it is complete (by its `Content-Length`), the server
    /// closes the connection, or the deadline passes.
    public static func exchange(_ raw: String, port: UInt16, timeout: Double = 5) throws -> Reply {
        try exchange(bytes: Array(raw.utf8), port: port, timeout: timeout)
    }

    /// Sends raw bytes (any, not only UTF-8) and reads one response.
    public static func exchange(bytes: [UInt8], port: UInt16, timeout: Double = 5) throws -> Reply {
        let connection = try HTTPTestConnection(port: port, timeout: timeout)
        defer { connection.close() }
        try connection.send(bytes)
        let isHead = bytes.starts(with: Array("HEAD ".utf8))
        let received = connection.receive(timeout: timeout) { responseLength($0, isHead: isHead) != nil }
        return try parse(received)
    }

    /// The length of the first complete response in `bytes`, or nil while it is incomplete.
    public static func responseLength(_ bytes: [UInt8], isHead: Bool = false) -> Int? {
        guard let end = headEnd(bytes), let reply = try? parse(Array(bytes[..<(end + 4)])) else { return nil }
        if isHead || reply.status == 304 || reply.status == 204 || reply.status < 200 { return end + 4 }
        guard let length = reply.headers["content-length"].flatMap(Int.init) else { return nil }
        return bytes.count >= end + 4 + length ? end + 4 + length : nil
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        let separator = Array("\r\n\r\n".utf8)
        return (0..<max(0, bytes.count - 3)).first { Array(bytes[$0..<$0 + 4]) == separator }
    }

    /// Parses a response: head and everything after it as the body.
    public static func parse(_ bytes: [UInt8]) throws -> Reply {
        guard let end = headEnd(bytes) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
    }
}

/// One TCP connection to 127.0.0.1 that a test drives byte by byte (slow clients, event streams).
public final class HTTPTestConnection {
    private var fd: Int32

    /// Connects; `receiveBuffer` shrinks the socket's receive buffer (a client that reads slowly).
    public init(port: UInt16, timeout: Double = 5, receiveBuffer: Int32? = nil) throws {
        #if canImport(Glibc)
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw HTTPTestClient.Failure(description: "socket failed") }
        var limit = timeval(tv_sec: time_t(Int(timeout)), tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        if var size = receiveBuffer {
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        _ = inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Self.closeSocket(fd)
            fd = -1
            throw HTTPTestClient.Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close() }

    /// Sends text.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Sends bytes.
    public func send(_ bytes: [UInt8]) throws {
        #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, flags) }
            guard sent > 0 else { throw HTTPTestClient.Failure(description: "send failed") }
            offset += sent
        }
    }

    /// Whether the server closed the connection: reads until end of stream, or false at the deadline.
    public private(set) var isClosed = false

    /// Reads until `done` holds for everything read so far, the server closes, or `timeout` seconds pass.
    public func receive(timeout: Double, until done: ([UInt8]) -> Bool = { _ in false }) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        while !done(received) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { break }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Int32(min(left, 1) * 1000) + 1) > 0 else { continue }
            let got = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if got <= 0 {
                isClosed = true
                break
            }
            received += buffer[0..<got]
        }
        return received
    }

    private static func closeSocket(_ fd: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(fd)
        #else
            _ = Darwin.close(fd)
        #endif
    }

    /// Closes the connection.
    public func close() {
        if fd >= 0 { Self.closeSocket(fd) }
        fd = -1
    }
}
