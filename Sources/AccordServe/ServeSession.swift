import AccordKit
import Foundation
import NIOConcurrencyHelpers

/// `accord serve` after its first build: serves the output folder and rebuilds it when the content or
/// the template overrides change. A failed rebuild leaves the previous site in place and served, and the
/// open pages show its diagnostics; a good one makes them reload.
public final class ServeSession: Sendable {
    /// The build options of every rebuild (the same as the first build's).
    public let options: BuildOptions
    /// The server; its port is known after `start`.
    public let server: PreviewServer
    private let onRebuild: @Sendable (Pipeline.Outcome) -> Void
    private let printer: DiagnosticPrinter
    private let state: NIOLockedValueBox<(templatesFolder: String?, watcher: ContentWatcher?)>
    /// The build cache as the last build left it, decoded (shared with the first build).
    private let memory: BuildMemory

    /// A session for already built output; `templatesFolder` is the first build's `Outcome.templatesFolder`.
    /// `pathPrefix` is put before paths in the diagnostics shown in the browser (as on the terminal).
    /// `memory` is the one the first build ran with. `onRebuild` is called on the watcher's thread with the
    /// outcome of each rebuild.
    public init(
        options: BuildOptions, templatesFolder: String?, host: String = "127.0.0.1", port: UInt16 = 8000,
        pathPrefix: String? = nil, limits: PreviewServer.Limits = PreviewServer.Limits(),
        memory: BuildMemory = BuildMemory(), onRebuild: @escaping @Sendable (Pipeline.Outcome) -> Void
    ) {
        self.options = options
        self.memory = memory
        self.state = NIOLockedValueBox((templatesFolder ?? options.templatesPath, nil))
        self.server = PreviewServer(root: options.outputPath, host: host, port: port, limits: limits)
        self.printer = DiagnosticPrinter(format: .text, pathPrefix: pathPrefix ?? Self.withSlash(options.contentPath))
        self.onRebuild = onRebuild
    }

    /// The folders watched: the content folder and the template overrides, if any.
    public var watchedFolders: [String] {
        [options.contentPath] + (state.withLockedValue { $0.templatesFolder }.map { [$0] } ?? [])
    }

    /// Starts the server and the watcher; returns the port listened on.
    @discardableResult
    public func start(pollInterval: Double = 0.5) throws -> UInt16 {
        let port = try server.start()
        let output = options.outputPath
        let watcher = ContentWatcher(
            interval: pollInterval,
            excluding: [
                output, Self.sibling(output, ".accord-tmp"), Self.sibling(output, ".accord-old"),
                Self.sibling(output, ".accord-spare"),
            ],
            folders: { [self] in watchedFolders }, onChange: { [self] in rebuild() })
        state.withLockedValue { $0.watcher = watcher }
        watcher.start()
        return port
    }

    /// Stops watching (after a rebuild in progress) and serving.
    public func stop() {
        let watcher = state.withLockedValue { state -> ContentWatcher? in
            defer { state.watcher = nil }
            return state.watcher
        }
        watcher?.stop()
        server.stop()
    }

    /// Runs the pipeline again with the same options, tells the open pages, and reports the outcome.
    func rebuild() {
        let outcome = Pipeline.run(options, mode: .build, memory: memory)
        if let folder = outcome.templatesFolder ?? options.templatesPath {
            state.withLockedValue { $0.templatesFolder = folder }
        }
        // The terminal first, then the pages.
        onRebuild(outcome)
        if outcome.exitCode == 0 {
            server.events.publishGoodBuild()
        } else {
            server.events.publishFailedBuild(diagnostics: overlayText(outcome))
        }
    }

    /// The diagnostics of a failed build as the terminal shows them (`--diagnostics text`).
    func overlayText(_ outcome: Pipeline.Outcome) -> String {
        var text = outcome.diagnostics.map(printer.format).joined()
        if let failure = outcome.failure { text += "accord: error: \(failure)\n" }
        return text.isEmpty ? "accord: the build failed (exit status \(outcome.exitCode))\n" : text
    }

    static func withSlash(_ path: String) -> String { path.hasSuffix("/") ? path : path + "/" }

    /// The build's temporary folders beside the output (`.Output.accord-tmp`), never watched.
    static func sibling(_ output: String, _ suffix: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appending(path: "." + url.lastPathComponent + suffix).path
    }
}
