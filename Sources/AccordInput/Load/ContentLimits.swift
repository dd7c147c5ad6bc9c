import AccordCore
import Foundation

/// The most Accord reads, so that no file, mistaken or hostile, can exhaust memory or time
/// (documented in docs/content.md, "Limits"). Sizes are in bytes; an MB is 1,000,000 bytes.
public enum ContentLimits {
    /// The largest content file read as text (a note, a charter, accord.yml): 32 MB.
    public static let fileBytes = 32_000_000
    /// The largest front matter block: 1 MB.
    public static let frontMatterBytes = 1_000_000
    /// All the text files of one run together: 512 MB.
    public static let totalBytes = 512_000_000
    /// The most YAML values one front matter block may expand to through aliases (`*name`).
    public static let aliasExpansions = 10_000
    /// The deepest nesting of YAML mappings and lists in a front matter block.
    public static let yamlDepth = 64

    /// A size for messages, rounded up to a tenth of an MB (`41.2 MB`); whole numbers without decimals.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    /// What a content file is, for messages: `note`, `charter` or `file`.
    package static func kind(of path: String) -> String {
        if path == "charter.md" || path.hasSuffix("/charter.md") { return "charter" }
        if path.lowercased().hasSuffix(".md") { return "note" }
        return "file"
    }

    /// The running total of text read in one run, checked before each file is read.
    package struct Budget {
        /// Bytes admitted so far.
        package private(set) var bytesRead = 0
        /// True once the total went over: the error is reported once, later files are refused quietly.
        package private(set) var isExhausted = false

        /// Admits a file of `size` bytes at `path` (relative, for the message), or reports why not:
        /// a file over `fileBytes`, or the total going over `totalBytes`.
        package mutating func admit(size: Int, path: String, diagnostics: inout DiagnosticBag) -> Bool {
            if size > ContentLimits.fileBytes {
                diagnostics.error(
                    SourceLocation(path: path),
                    "\(ContentLimits.kind(of: path)) is \(megabytes(size)); the limit is \(megabytes(ContentLimits.fileBytes))",
                    hint: "split it into smaller files")
                return false
            }
            if isExhausted { return false }
            if bytesRead + size > ContentLimits.totalBytes {
                isExhausted = true
                diagnostics.error(
                    SourceLocation(path: path),
                    "the content reaches \(megabytes(bytesRead + size)) with this file; the limit is \(megabytes(ContentLimits.totalBytes)) in all",
                    hint: "build the portfolio in parts, one content folder each")
                return false
            }
            bytesRead += size
            return true
        }
    }
}
