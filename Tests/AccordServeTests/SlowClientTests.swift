import AccordTestSupport
import Foundation
import Testing

@testable import AccordServe

/// Clients that are slow or stuck on purpose: half-open requests (a slowloris), more connections than
/// allowed, a client that stops reading. None may keep the server from answering others.
@Suite struct SlowClientTests {
    @Test func halfOpenConnectionsDoNotStopANormalRequestAndAreClosed() throws {
        var limits = PreviewServer.Limits()
        limits.idleTimeout = .seconds(2)
        let (temp, server, port) = try PreviewServerTests.serving(limits: limits)
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        // A slowloris: 100 connections that start a request head and never finish it.
        var stuck: [HTTPTestConnection] = []
        for index in 0..<100 {
            let connection = try HTTPTestConnection(port: port)
            try connection.send("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-\(index): ")
            stuck.append(connection)
        }
        let normal = try HTTPTestClient.request("/notes.txt", port: port, timeout: 5)
        #expect(normal.status == 200)
        #expect(normal.text == "plain text\n")
        // Each half-open connection is closed by the idle timeout, with no page sent.
        for connection in stuck {
            let received = connection.receive(timeout: 10)
            #expect(connection.isClosed)
            #expect(!String(decoding: received, as: UTF8.self).contains("home"))
        }
    }

    @Test func connectionsAreBoundedAndFreedByTheIdleTimeout() throws {
        var limits = PreviewServer.Limits()
        limits.maximumConnections = 4
        limits.idleTimeout = .seconds(1)
        let (temp, server, port) = try PreviewServerTests.serving(limits: limits)
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        var held: [HTTPTestConnection] = []
        for _ in 0..<4 {
            let connection = try HTTPTestConnection(port: port)
            try connection.send("GET / HTTP/1.1\r\n")
            held.append(connection)
        }
        Thread.sleep(forTimeInterval: 0.2)
        // The fifth waits in the listen queue while four are open, then is served once they time out.
        let fifth = try HTTPTestConnection(port: port)
        try fifth.send("GET /notes.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let reply = fifth.receive(timeout: 10) { HTTPTestClient.responseLength($0) != nil }
        #expect(String(decoding: reply, as: UTF8.self).hasSuffix("\r\n\r\nplain text\n"))
        #expect(held.allSatisfy { $0.receive(timeout: 5).isEmpty && $0.isClosed })
    }

    @Test func aClientThatStopsReadingIsDisconnected() throws {
        var limits = PreviewServer.Limits()
        limits.slowReaderTimeout = .seconds(1)
        let (temp, server, port) = try PreviewServerTests.serving(limits: limits)
        defer {
            server.stop()
            withExtendedLifetime(temp) {}
        }
        let size = 12 << 20
        try temp.writeBytes("site/big.bin", [UInt8](repeating: 0x61, count: size))
        let reader = try HTTPTestConnection(port: port, receiveBuffer: 4096)
        try reader.send("GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        // Read nothing until the server has given up on this client (however loaded the machine is).
        #expect(
            eventually(seconds: 120) { server.slowReadersDisconnected == 1 }, "the stuck reader was not disconnected")
        // Now read what is left: the connection ends long before the whole file arrived.
        let received = reader.receive(timeout: 20)
        #expect(reader.isClosed)
        #expect(received.count < size)
        #expect(try HTTPTestClient.request("/notes.txt", port: port).status == 200)
    }
}
