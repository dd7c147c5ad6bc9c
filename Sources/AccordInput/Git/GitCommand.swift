import AccordCore
import Foundation
import Synchronization

/// Runs the `git` command line (found on PATH) and captures what it prints. The only place Accord starts git.
/// Commands are read-only: git never writes the work tree or the index for Accord (`GIT_OPTIONAL_LOCKS=0`).
public enum GitCommand {
    /// What one git command printed and returned.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output, as bytes.
        public var output: Data
        /// Standard error, as text.
        public var error: String
        /// Standard output as text, without a final newline.
        public var text: String {
            var text = String(decoding: output, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    /// A failure to start git at all (not installed, not on PATH).
    public struct Unavailable: Error, CustomStringConvertible {
        /// Why git could not be started.
        public var description: String
    }

    /// Runs `git ARGUMENTS` in a folder, with messages in English and no pager, prompt or optional lock.
    public static func run(_ arguments: [String], in folder: String) throws(Unavailable) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Unavailable(description: "cannot run git: \(error.localizedDescription)")
        }
        // Standard error is read on another thread so that neither pipe can fill up and block git.
        let errorData = ErrorBuffer()
        let reader = Thread { errorData.data = error.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isRead { usleep(1000) }
        let errorText = String(decoding: errorData.data ?? Data(), as: UTF8.self)
        if process.terminationStatus == 127, errorText.contains("git") {
            throw Unavailable(description: "git is not installed or not on PATH")
        }
        return Result(status: process.terminationStatus, output: outputData, error: errorText)
    }
}

/// Standard error of a git run, filled by a reader thread.
private final class ErrorBuffer: Sendable {
    private let stored = Mutex<Data?>(nil)
    var data: Data? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
    var isRead: Bool { data != nil }
}
