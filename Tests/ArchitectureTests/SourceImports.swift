import Foundation

/// The modules each Swift file under a folder imports (`import X`, `@testable import X`,
/// `@preconcurrency import X`, `internal import X`, `@_exported import X`, `import struct X.Y`).
struct SourceImports {
    /// Imports by file path relative to the folder scanned.
    var modulesByFile: [String: [String]]

    /// The imports of every `.swift` file below `folder`.
    init(folder: URL) {
        var found: [String: [String]] = [:]
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            found[path] = Self.modules(in: text)
        }
        modulesByFile = found
    }

    /// Imports from a literal map (for the checker's own tests).
    init(_ modulesByFile: [String: [String]]) {
        self.modulesByFile = modulesByFile
    }

    /// The modules a source text imports, in order.
    static func modules(in text: String) -> [String] {
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]
        var modules: [String] = []
        for line in text.split(separator: "\n") {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let first = words.first,
                first.hasPrefix("@")
                    || [
                        "public", "package", "internal", "private",
                        "fileprivate",
                    ].contains(first)
            {
                words.removeFirst()
            }
            guard words.first == "import", words.count >= 2 else { continue }
            let name = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
            modules.append(String(name.split(separator: ".").first ?? Substring(name)))
        }
        return modules
    }

    /// `file: import X` for every import of one of `modules`.
    func uses(of modules: Set<String>) -> [String] {
        modulesByFile.flatMap { file, imported in
            imported.filter(modules.contains).map { "\(file): import \($0)" }
        }.sorted()
    }
}
