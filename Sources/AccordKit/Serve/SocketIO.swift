#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX socket calls the preview server makes, with platform differences kept here.
enum SocketIO {
    /// `SOCK_STREAM` as `socket(2)` takes it.
    static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    /// Flags for `send(2)`: never raise SIGPIPE when the client went away.
    static var sendFlags: Int32 {
        #if canImport(Glibc)
        Int32(MSG_NOSIGNAL)
        #else
        0
        #endif
    }

    /// Sets an option whose value is an `Int32`.
    static func setOption(_ fd: Int32, _ name: Int32, _ value: Int32) {
        var value = value
        _ = setsockopt(fd, SOL_SOCKET, name, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Limits how long one `recv` and one `send` may block.
    static func setTimeouts(_ fd: Int32, receive: Double, send: Double) {
        for (name, seconds) in [(SO_RCVTIMEO, receive), (SO_SNDTIMEO, send)] {
            let whole = Int(seconds)
            var value = timeval(tv_sec: time_t(whole), tv_usec: suseconds_t((seconds - Double(whole)) * 1_000_000))
            _ = setsockopt(fd, SOL_SOCKET, name, &value, socklen_t(MemoryLayout<timeval>.size))
        }
        #if canImport(Darwin)
        setOption(fd, SO_NOSIGPIPE, 1)
        #endif
    }

    /// Sends every byte; false when the connection failed or timed out.
    static func sendAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let sent = send(fd, base + offset, bytes.count - offset, sendFlags)
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Sends every byte of an array.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { sendAll(fd, $0) }
    }

    /// Receives at most `count` bytes: nil on error or timeout, empty at the end of the stream.
    static func receive(_ fd: Int32, count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let got = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, count, 0) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            return Array(buffer[0..<got])
        }
    }

    /// The text of `errno`.
    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
