import Foundation

/// Lists and reads files below the content root: skips ignored names, refuses symbolic links
/// that leave the root, and never visits a folder twice.
struct Walker {
    /// What a directory entry is, after following a symbolic link that stays inside the root.
    enum Kind { case file, directory }

    /// One entry of a folder.
    struct Entry {
        var name: String
        var relativePath: String
        var absolutePath: String
        var kind: Kind
    }

    let rootPath: String
    let includeDrafts: Bool
    var visitedFolders: Set<String> = []
    /// The text read so far, against the size limits.
    var budget = ContentLimits.Budget()

    init(rootPath: String, includeDrafts: Bool) {
        self.rootPath = rootPath
        self.includeDrafts = includeDrafts
    }

    func absolute(_ relative: String) -> String {
        relative.isEmpty ? rootPath : rootPath + "/" + relative
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: absolute(relative))
    }

    /// True when a file or folder name is skipped (`.x`, `_x`; `_drafts` only without --drafts).
    func isIgnored(_ name: String, isDirectory: Bool) -> Bool {
        if name.hasPrefix(".") { return true }
        if name.hasPrefix("_") { return !(isDirectory && name == "_drafts" && includeDrafts) }
        return false
    }

    /// The entries of a folder, sorted by name (byte order, whatever the file system's order).
    mutating func entries(in relative: String, diagnostics: inout DiagnosticBag) -> [Entry] {
        let folder = absolute(relative)
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visitedFolders.insert(real).inserted else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            diagnostics.error(SourceLocation(path: relative), "cannot read folder: \(Self.reason(error))")
            return []
        }
        var result: [Entry] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = folder + "/" + name
            guard let kind = kind(of: full, path: path, diagnostics: &diagnostics) else { continue }
            if isIgnored(name, isDirectory: kind == .directory) { continue }
            result.append(Entry(name: name, relativePath: path, absolutePath: full, kind: kind))
        }
        return result
    }

    /// Every file below a folder, depth first, sorted.
    mutating func allFiles(under relative: String, diagnostics: inout DiagnosticBag) -> [Entry] {
        var files: [Entry] = []
        for entry in entries(in: relative, diagnostics: &diagnostics) {
            switch entry.kind {
            case .file: files.append(entry)
            case .directory: files += allFiles(under: entry.relativePath, diagnostics: &diagnostics)
            }
        }
        return files
    }

    /// The kind of an entry; nil (with an error) for a link leaving the root, or for anything else
    /// than a regular file or folder.
    func kind(of full: String, path: String, diagnostics: inout DiagnosticBag) -> Kind? {
        var info = stat()
        guard lstat(full, &info) == 0 else {
            diagnostics.error(SourceLocation(path: path), "cannot read: \(String(cString: strerror(errno)))")
            return nil
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
            guard target == rootPath || target.hasPrefix(rootPath + "/") else {
                if isIgnored((full as NSString).lastPathComponent, isDirectory: false) { return nil }
                diagnostics.error(SourceLocation(path: path), "symbolic link leaves the content folder; it is not followed",
                                  hint: "copy the file into the content folder instead")
                return nil
            }
            guard stat(full, &info) == 0 else {
                diagnostics.error(SourceLocation(path: path), "broken symbolic link")
                return nil
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return nil
        }
    }

    /// Reads and decodes a text file; nil (with an error) when unreadable, too large or not UTF-8.
    mutating func read(_ relative: String, diagnostics: inout DiagnosticBag) -> SourceFile? {
        if let size = ContentLimits.Budget.size(ofFileAt: absolute(relative)),
           !budget.admit(size: size, path: relative, diagnostics: &diagnostics) {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: absolute(relative)) else {
            diagnostics.error(SourceLocation(path: relative), "cannot read file")
            return nil
        }
        switch TextDecoder.decode([UInt8](data)) {
        case .text(let text):
            return SourceFile(path: relative, text: text)
        case .invalid(let line, let column):
            diagnostics.error(SourceLocation(path: relative, line: line, column: column),
                              "file is not valid UTF-8", hint: "save the file with UTF-8 encoding")
            return nil
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
