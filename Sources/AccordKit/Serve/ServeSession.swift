import Foundation

/// `accord serve` after its first build: serves the output folder and rebuilds it when the content or
/// the template overrides change. A failed rebuild leaves the previous site in place and served.
public final class ServeSession: @unchecked Sendable {
    /// The build options of every rebuild (the same as the first build's).
    public let options: BuildOptions
    /// The server; its port is known after `start`.
    public let server: StaticFileServer
    private let onRebuild: @Sendable (Pipeline.Outcome) -> Void
    private let lock = NSLock()
    private var templatesFolder: String?
    private var watcher: ContentWatcher?

    /// A session for already built output; `templatesFolder` is the first build's `Outcome.templatesFolder`.
    /// `onRebuild` is called on the watcher's thread with the outcome of each rebuild.
    public init(options: BuildOptions, templatesFolder: String?, host: String = "127.0.0.1", port: UInt16 = 8000,
                onRebuild: @escaping @Sendable (Pipeline.Outcome) -> Void) {
        self.options = options
        self.templatesFolder = templatesFolder ?? options.templatesPath
        self.server = StaticFileServer(root: options.outputPath, host: host, port: port)
        self.onRebuild = onRebuild
    }

    /// The folders watched: the content folder and the template overrides, if any.
    public var watchedFolders: [String] {
        lock.lock()
        defer { lock.unlock() }
        return [options.contentPath] + (templatesFolder.map { [$0] } ?? [])
    }

    /// Starts the server and the watcher; returns the port listened on.
    @discardableResult
    public func start(pollInterval: Double = 0.5) throws -> UInt16 {
        let port = try server.start()
        let output = options.outputPath
        let watcher = ContentWatcher(interval: pollInterval, excluding: [output, Self.sibling(output, ".accord-tmp"), Self.sibling(output, ".accord-old")],
                                     folders: { [self] in watchedFolders }, onChange: { [self] in rebuild() })
        lock.lock()
        self.watcher = watcher
        lock.unlock()
        watcher.start()
        return port
    }

    /// Stops watching (after a rebuild in progress) and serving.
    public func stop() {
        lock.lock()
        let watcher = self.watcher
        self.watcher = nil
        lock.unlock()
        watcher?.stop()
        server.stop()
    }

    /// Runs the pipeline again with the same options and reports the outcome.
    func rebuild() {
        let outcome = Pipeline.run(options, mode: .build)
        if let folder = outcome.templatesFolder ?? options.templatesPath {
            lock.lock()
            templatesFolder = folder
            lock.unlock()
        }
        onRebuild(outcome)
    }

    /// The build's temporary folders beside the output (`.Output.accord-tmp`), never watched.
    static func sibling(_ output: String, _ suffix: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appending(path: "." + url.lastPathComponent + suffix).path
    }
}
