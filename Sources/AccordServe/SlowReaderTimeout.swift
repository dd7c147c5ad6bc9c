import NIOConcurrencyHelpers
import NIOCore

/// Closes a connection whose client has stopped reading its response for `timeout`, so a client that
/// never reads cannot hold a connection (and its response) forever. The idle timeout covers the other
/// direction: a client that sends its request too slowly.
final class SlowReaderTimeout: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Any

    private let timeout: TimeAmount
    private let closed: NIOLockedValueBox<Int>
    private var pending: Scheduled<Void>?

    /// A handler for one connection; `closed` counts the connections it closed, for the server.
    init(timeout: TimeAmount, closed: NIOLockedValueBox<Int>) {
        self.timeout = timeout
        self.closed = closed
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            pending?.cancel()
            pending = nil
        } else if pending == nil {
            // The socket's send buffer is full: the client reads nothing. Give it `timeout` to resume.
            pending = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [context, closed] in
                closed.withLockedValue { $0 += 1 }
                context.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        pending?.cancel()
        pending = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        pending?.cancel()
        pending = nil
    }
}
