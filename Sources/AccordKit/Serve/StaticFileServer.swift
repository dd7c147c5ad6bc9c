import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 server for the files of one folder (GET and HEAD), on a loopback IPv4 address.
public final class StaticFileServer: @unchecked Sendable {
    /// A failure to start listening.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The folder served, looked at afresh for every request.
    public let root: SiteRoot
    /// The dotted IPv4 address listened on.
    public let host: String
    /// How long a client may take to send its request, in seconds.
    public var requestTimeout: Double = 5
    /// The largest request head accepted, in bytes.
    public let maximumHeadSize = 16_384

    private let requestedPort: UInt16
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var boundPort: UInt16 = 0
    private var running = false
    private let stopped = DispatchSemaphore(value: 0)
    private var activeConnections = 0
    /// The most connections answered at once; more are closed at once.
    public let maximumConnections = 64

    /// A server for a folder on `host` (dotted IPv4) and `port` (0: any free port).
    public init(root: String, host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.root = SiteRoot(path: root)
        self.host = host
        self.requestedPort = port
    }

    /// The port listened on (known after `start()`).
    public var port: UInt16 {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// Binds, listens and accepts connections on a background thread; returns the port.
    @discardableResult
    public func start() throws -> UInt16 {
        let fd = socket(AF_INET, SocketIO.streamType, 0)
        guard fd >= 0 else { throw Failure(description: "cannot create a socket: \(SocketIO.lastError())") }
        SocketIO.setOption(fd, SO_REUSEADDR, 1)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requestedPort.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw Failure(description: "'\(host)' is not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = SocketIO.lastError()
            close(fd)
            throw Failure(description: "cannot listen on \(host):\(requestedPort): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        lock.lock()
        listener = fd
        boundPort = UInt16(bigEndian: actual.sin_port)
        running = true
        lock.unlock()
        let thread = Thread { [self] in acceptLoop(fd) }
        thread.name = "accord.serve.accept"
        thread.start()
        return port
    }

    /// Stops accepting connections and closes the socket; requests being answered finish on their own.
    public func stop() {
        lock.lock()
        let wasRunning = running
        running = false
        lock.unlock()
        guard wasRunning else { return }
        _ = stopped.wait(timeout: .now() + 5)
    }

    private func reserveConnection() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard activeConnections < maximumConnections else { return false }
        activeConnections += 1
        return true
    }

    private func releaseConnection() {
        lock.lock()
        activeConnections -= 1
        lock.unlock()
    }

    private var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    private func acceptLoop(_ fd: Int32) {
        defer {
            close(fd)
            stopped.signal()
        }
        while isRunning {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else {
                usleep(10_000)
                continue
            }
            // A thread per connection: a slow client blocks only its own thread, never the pool.
            guard reserveConnection() else {
                close(client)
                continue
            }
            let thread = Thread { [self] in
                handle(client)
                releaseConnection()
            }
            thread.name = "accord.serve.connection"
            thread.start()
        }
    }

    /// Answers one request on a connected socket, then closes it.
    func handle(_ client: Int32) {
        defer { close(client) }
        SocketIO.setTimeouts(client, receive: requestTimeout, send: 30)
        let response: HTTPResponse
        var file: (fd: Int32, size: Int)?
        var sendsBody = true
        switch readHead(client) {
        case .closed:
            return
        case .timedOut:
            response = .error(408)
        case .tooLarge:
            response = .error(431)
        case .head(let bytes):
            guard let head = HTTPRequestHead(bytes) else {
                response = .error(400)
                break
            }
            sendsBody = head.method != "HEAD"
            (response, file) = answer(head)
        }
        defer { if let file { close(file.fd) } }
        guard SocketIO.sendAll(client, response.head()) else { return }
        guard sendsBody else { return finish(client) }
        if let file {
            guard stream(file.fd, size: file.size, to: client) else { return }
        } else if !response.body.isEmpty {
            guard SocketIO.sendAll(client, response.body) else { return }
        }
        finish(client)
    }

    /// The response to a request, with the open file to send when it names one.
    func answer(_ head: HTTPRequestHead) -> (HTTPResponse, (fd: Int32, size: Int)?) {
        guard head.method == "GET" || head.method == "HEAD" else {
            return (.error(405, extraHeaders: [("Allow", "GET, HEAD")]), nil)
        }
        let path: RequestPath
        do {
            path = try RequestPath(target: head.target)
        } catch {
            return (.error(400), nil)
        }
        switch root.lookup(path) {
        case .notFound:
            return (.error(404), nil)
        case .redirect(let location):
            var response = HTTPResponse.error(301)
            response.headers.insert(("Location", location), at: 0)
            return (response, nil)
        case .file(let real):
            let fd = open(real, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return (.error(404), nil) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                return (.error(404), nil)
            }
            let size = Int(info.st_size)
            let response = HTTPResponse(status: 200, headers: [
                ("Content-Type", MediaType.forPath(real)),
                ("Content-Length", String(size)),
                ("Cache-Control", "no-cache"),
                ("X-Content-Type-Options", "nosniff"),
            ])
            return (response, (fd, size))
        }
    }

    enum HeadRead {
        case head([UInt8]), closed, timedOut, tooLarge
    }

    /// Reads until the blank line that ends the request head.
    func readHead(_ client: Int32) -> HeadRead {
        var buffer: [UInt8] = []
        let deadline = Date().addingTimeInterval(requestTimeout)
        while true {
            guard let chunk = SocketIO.receive(client, count: 4096) else { return buffer.isEmpty ? .closed : .timedOut }
            guard !chunk.isEmpty else { return .closed }
            let searchFrom = max(0, buffer.count - 3)
            buffer += chunk
            if let end = Self.headEnd(buffer, from: searchFrom) { return .head(Array(buffer[..<end])) }
            if buffer.count > maximumHeadSize { return .tooLarge }
            // A client trickling bytes must not hold the connection beyond the timeout.
            if Date() > deadline { return .timedOut }
        }
    }

    /// The index where the head ends (`\r\n\r\n` or `\n\n`), if it does.
    static func headEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var index = start
        while index < bytes.count {
            if bytes[index] == lf {
                if index + 1 < bytes.count, bytes[index + 1] == lf { return index }
                if index + 2 < bytes.count, bytes[index + 1] == cr, bytes[index + 2] == lf { return index }
            }
            index += 1
        }
        return nil
    }

    /// Sends a file's bytes in chunks; false when the client went away.
    func stream(_ fd: Int32, size: Int, to client: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var remaining = size
        while remaining > 0 {
            let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, remaining)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            guard buffer.withUnsafeBytes({ SocketIO.sendAll(client, UnsafeRawBufferPointer(rebasing: $0[0..<got])) }) else {
                return false
            }
            remaining -= got
        }
        return true
    }

    /// Ends the response and reads what the client still sends, briefly, so closing does not reset it.
    func finish(_ client: Int32) {
        _ = shutdown(client, Int32(SHUT_WR))
        SocketIO.setTimeouts(client, receive: 0.5, send: 0.5)
        var drained = 0
        while drained < 65_536, let chunk = SocketIO.receive(client, count: 4096), !chunk.isEmpty {
            drained += chunk.count
        }
    }
}
