import AccordKit
import AccordServe
import ArgumentParser

/// `accord serve`: builds, serves the output folder on localhost and rebuilds when a file changes.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on localhost and rebuild when a file changes.",
        discussion: """
            Watches the content folder and the template overrides and rebuilds on a change; open pages reload \
            by themselves. A failed rebuild keeps the previous site and shows its diagnostics over the page. \
            Ctrl-C stops; a second Ctrl-C while stopping ends at once.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("The port (0: any free port).", valueName: "n"))
    var port = 8000

    @Option(name: .long, help: ArgumentHelp("A loopback address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        guard LoopbackHost.address(host) != nil else {
            throw ValidationError(
                "--host must be a loopback address (127.0.0.1 or localhost), not '\(host)': the preview is not for the network"
            )
        }
    }

    func run() throws {
        // Caught from the start: a Ctrl-C during the first build or just after the "serving" line is never lost.
        let termination = TerminationSignal()
        let options = common.buildOptions(output: output)
        let memory = BuildMemory()
        let first = Pipeline.run(options, mode: .build, memory: memory)
        let code = common.report(first)
        if code != 0 { throw ExitCode(code) }
        if !common.quiet, let date = first.reportDate {
            Console.error(
                "accord: \(first.writtenSummary(output)) (report date \(date), from \(first.reportDateSource?.rawValue ?? "?"))\n"
            )
        }
        let common = self.common
        let address = LoopbackHost.address(host) ?? "127.0.0.1"
        let prefix = common.content.hasSuffix("/") ? common.content : common.content + "/"
        let session = ServeSession(
            options: options, templatesFolder: first.templatesFolder, host: address,
            port: UInt16(port), pathPrefix: prefix, memory: memory
        ) { outcome in
            if common.report(outcome) == 0, !common.quiet, let date = outcome.reportDate {
                Console.error("accord: rebuilt \(outcome.filesWritten) files (report date \(date))\n")
            }
        }
        let listening: UInt16
        do {
            listening = try session.start()
        } catch {
            Console.error("accord: error: \(error)\n")
            throw ExitCode(3)
        }
        Console.error("accord: serving \(output) at http://\(address):\(listening)/ (Ctrl-C to stop)\n")
        termination.wait()
        session.stop()
        if !common.quiet { Console.error("accord: stopped\n") }
    }
}
