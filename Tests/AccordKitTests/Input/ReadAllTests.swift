import Foundation
import Testing

@testable import AccordInput

/// `NoFollowIO.readAll` reads a file's bytes exactly, whatever its size, straight into one array.
@Suite struct ReadAllTests {
    static func bytes(of size: Int) throws -> [UInt8] {
        let path = NSTemporaryDirectory() + "accord-readall-\(UUID().uuidString)"
        let written = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
        try Data(written).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let descriptor = open(path, O_RDONLY)
        #expect(descriptor >= 0)
        guard case .success(let read) = NoFollowIO.readAll(descriptor) else {
            Issue.record("the file could not be read")
            return []
        }
        #expect(read == written)
        return read
    }

    @Test func readsEveryByteOfFilesOfAnySize() throws {
        for size in [0, 1, 4095, 65_536, 65_537, 1_000_003] {
            #expect(try Self.bytes(of: size).count == size)
        }
    }

    @Test func readsAFileThatIsLongerThanItsStatSays() throws {
        // /proc files report size 0 and hold more: the array grows until the end of the file.
        let descriptor = open("/proc/self/status", O_RDONLY)
        guard case .success(let read) = NoFollowIO.readAll(descriptor) else {
            Issue.record("the file could not be read")
            return
        }
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("Name:"))
        #expect(read.count > 200)
    }
}
