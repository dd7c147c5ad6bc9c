import AccordCore

/// Lists and reads files below the content root through its `FileRoot`: skips ignored names,
/// reports every refused path (a link leaving the root, a FIFO) as an error, and never visits a
/// real folder twice.
package struct Walker {
    /// One file or folder of the content.
    package typealias Entry = FileRoot.Entry

    /// The content folder.
    package let root: FileRoot
    /// Include `_drafts/` folders.
    package let includeDrafts: Bool
    /// The real folders listed so far.
    package var visited: Set<FileIdentity> = []
    /// The paths reported as not readable (so that a refused `charter.md` is not also "missing").
    package var refused: Set<String> = []
    /// The text read so far, against the size limits.
    package var budget = ContentLimits.Budget()

    package init(root: FileRoot, includeDrafts: Bool) {
        self.root = root
        self.includeDrafts = includeDrafts
    }

    /// True when a name is skipped before it is even looked at (`.x`, `_x`; `_drafts` only without --drafts).
    package func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") { return true }
        if name.hasPrefix("_") { return !(name == "_drafts" && includeDrafts) }
        return false
    }

    /// The entries of a folder, sorted by name (byte order, whatever the file system's order).
    package mutating func entries(in folder: Entry, diagnostics: inout DiagnosticBag) -> [Entry] {
        let (entries, problems) = root.list(folder, visited: &visited, skip: isIgnored)
        report(problems, diagnostics: &diagnostics)
        return entries.filter { !($0.name == "_drafts" && $0.kind == .file) }
    }

    /// Every file below a folder, depth first, sorted.
    package mutating func allFiles(under folder: Entry, diagnostics: inout DiagnosticBag) -> [Entry] {
        let (files, problems) = root.allFiles(under: folder, visited: &visited, skip: isIgnored)
        report(problems, diagnostics: &diagnostics)
        return files.filter { $0.name != "_drafts" }
    }

    /// Reads a text file: admitted against the size limits, then read and decoded (`admit`, `readAdmitted`).
    package mutating func read(_ entry: Entry, diagnostics: inout DiagnosticBag) -> SourceFile? {
        guard admit(entry, diagnostics: &diagnostics) else { return nil }
        let (file, problems) = readAdmitted(entry)
        take(problems, diagnostics: &diagnostics)
        return file
    }

    /// Admits a text file against the size limits before it is read; false (reported, the path refused) when over.
    package mutating func admit(_ entry: Entry, diagnostics: inout DiagnosticBag) -> Bool {
        // The size the listing saw a moment ago (of the target, for a link): no second stat per file.
        if !budget.admit(size: Int(entry.stamp.size), path: entry.relativePath, diagnostics: &diagnostics) {
            refused.insert(entry.relativePath)
            return false
        }
        return true
    }

    /// Reads and decodes an admitted file, on any thread: the file, or nil and the errors saying why not (to be
    /// handed to `take`, which refuses the path).
    /// With `folders`, the folder a file is in stays open for the next file of the same folder.
    package func readAdmitted(_ entry: Entry, folders: FolderReader? = nil) -> (SourceFile?, DiagnosticBag) {
        var problems = DiagnosticBag()
        let bytes: [UInt8]
        switch folders?.read(entry) ?? root.read(entry) {
        case .success(let value): bytes = value
        case .failure(let problem):
            problems.error(
                SourceLocation(path: entry.relativePath), problem.message(rootName: root.rootName),
                hint: problem.hint(rootName: root.rootName))
            return (nil, problems)
        }
        switch TextDecoder.decode(bytes) {
        case .text(let text):
            return (SourceFile(path: entry.relativePath, text: text), problems)
        case .invalid(let line, let column):
            problems.error(
                SourceLocation(path: entry.relativePath, line: line, column: column),
                "file is not valid UTF-8", hint: "save the file with UTF-8 encoding")
            return (nil, problems)
        }
    }

    /// Takes the errors of `readAdmitted`: reported, and their paths refused.
    package mutating func take(_ problems: DiagnosticBag, diagnostics: inout DiagnosticBag) {
        for problem in problems.all {
            refused.insert(problem.location.path)
            diagnostics.report(problem)
        }
    }

    /// The asset an entry is copied as, at `outputPath`.
    package func asset(_ entry: Entry, outputPath: String) -> AssetFile {
        AssetFile(sourcePath: entry.relativePath, absolutePath: root.absolutePath(of: entry), outputPath: outputPath)
    }

    /// Reports problems as errors at their paths.
    package mutating func report(_ problems: [FileRoot.Problem], diagnostics: inout DiagnosticBag) {
        for item in problems {
            refused.insert(item.path)
            diagnostics.error(
                SourceLocation(path: item.path), item.problem.message(rootName: root.rootName),
                hint: item.problem.hint(rootName: root.rootName))
        }
    }
}
