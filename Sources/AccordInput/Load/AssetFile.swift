/// A file copied as it is into the output.
public struct AssetFile: Sendable, Hashable {
    /// Path relative to the content folder (used in diagnostics).
    public var sourcePath: String
    /// Absolute real path to copy from, with no symbolic link in it (`FileRoot.absolutePath(of:)`).
    public var absolutePath: String
    /// Path relative to the output folder.
    public var outputPath: String

    /// An asset.
    public init(sourcePath: String, absolutePath: String, outputPath: String) {
        self.sourcePath = sourcePath
        self.absolutePath = absolutePath
        self.outputPath = outputPath
    }
}
