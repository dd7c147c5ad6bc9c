import Dispatch
import Hummingbird
import HummingbirdCore
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// The HTTP/1.1 preview server of one output folder, on Hummingbird, on a loopback address.
public final class PreviewServer: Sendable {
    /// How long and how many: the bounds that keep slow or stuck clients from holding the server.
    public struct Limits: Sendable {
        /// A connection that sends nothing complete (a request head, a body part) for this long is closed:
        /// a half-open or trickled request, or an idle keep-alive connection.
        public var idleTimeout: TimeAmount = .seconds(10)
        /// A connection whose client reads none of its response for this long is closed.
        public var slowReaderTimeout: TimeAmount = .seconds(30)
        /// The most connections at once; a further client waits in the listen queue until one closes.
        public var maximumConnections = 256
        /// The largest request head (request line and header fields) in bytes; a larger one gets 400.
        public var maximumHeadBytes = 16_384

        /// The defaults of `accord serve`.
        public init() {}
    }

    /// A failure to start listening.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    private struct Running {
        var port: UInt16 = 0
        var task: Task<Void, Never>?
        var failure: String?
    }

    /// The folder served, looked at afresh for every request.
    public let root: SiteRoot
    /// The builds announced to open pages.
    public let events: BuildEvents
    /// The dotted IPv4 address listened on.
    public let host: String
    /// The bounds in force.
    public let limits: Limits
    private let requestedPort: UInt16
    private let running = NIOLockedValueBox(Running())
    private let slowReadersClosed = NIOLockedValueBox(0)

    /// A server for a folder on `host` (dotted IPv4) and `port` (0: any free port).
    public init(
        root: String, host: String = "127.0.0.1", port: UInt16 = 8000, events: BuildEvents = BuildEvents(),
        limits: Limits = Limits()
    ) {
        self.root = SiteRoot(path: root)
        self.host = host
        self.requestedPort = port
        self.events = events
        self.limits = limits
    }

    /// The number of connections closed so far because their client stopped reading.
    public var slowReadersDisconnected: Int { slowReadersClosed.withLockedValue { $0 } }

    /// The port listened on (known after `start()`).
    public var port: UInt16 { running.withLockedValue { $0.port } }

    /// Binds, listens and serves in the background; returns the port once the server accepts connections.
    @discardableResult
    public func start() throws -> UInt16 {
        let ready = DispatchSemaphore(value: 0)
        let application = makeApplication { [running] port in
            running.withLockedValue { $0.port = port }
            ready.signal()
        }
        let task = Task(executorPreference: ServerExecutor.shared) { [running] in
            do {
                try await application.run()
            } catch {
                running.withLockedValue { if $0.port == 0 { $0.failure = "\(error)" } }
            }
            ready.signal()
        }
        running.withLockedValue { $0.task = task }
        _ = ready.wait(timeout: .now() + 30)
        let state = running.withLockedValue { $0 }
        guard state.port != 0 else {
            task.cancel()
            throw Failure(
                description: "cannot listen on \(host):\(requestedPort): \(state.failure ?? "no answer in 30 s")")
        }
        return state.port
    }

    /// Ends the event streams, closes the connections and stops listening; waits (up to 10 s) until done.
    public func stop() {
        events.close()
        guard
            let task = running.withLockedValue({ state -> Task<Void, Never>? in
                defer { state.task = nil }
                return state.task
            })
        else { return }
        let done = DispatchSemaphore(value: 0)
        Task {
            task.cancel()
            await task.value
            done.signal()
        }
        _ = done.wait(timeout: .now() + 10)
    }

    private func makeApplication(onRunning: @escaping @Sendable (UInt16) -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "accord.serve")
        logger.logLevel = .critical
        let limits = self.limits
        let closed = slowReadersClosed
        var http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [SlowReaderTimeout(timeout: limits.slowReaderTimeout, closed: closed)],
            idleTimeout: limits.idleTimeout)
        http.httpDecoder = .init(
            maxHeaderFieldSize: limits.maximumHeadBytes, maxHeaderListSize: limits.maximumHeadBytes,
            maxHeaderFieldCount: 100)
        let configuration = ApplicationConfiguration(
            address: .hostname(host, port: Int(requestedPort)), serverName: nil, backlog: 256,
            availableConnectionsDelegate: MaximumAvailableConnections(limits.maximumConnections))
        return Application(
            responder: PreviewResponder(root: root, events: events), server: .http1(configuration: http),
            configuration: configuration,
            onServerRunning: { channel in onRunning(UInt16(clamping: channel.localAddress?.port ?? 0)) },
            logger: logger)
    }
}
