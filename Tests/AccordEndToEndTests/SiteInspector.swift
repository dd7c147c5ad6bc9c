import Foundation

/// Reads a built site from disk: its files, and every relative link with its anchor.
struct SiteInspector {
    let root: URL

    /// Every file of the site, relative to its root, sorted.
    func files() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appending(path: path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// The bytes of every file, by path.
    func contents() -> [String: Data] {
        var result: [String: Data] = [:]
        for path in files() { result[path] = FileManager.default.contents(atPath: root.appending(path: path).path) }
        return result
    }

    /// Relative links (`href`, `src`) that point to no file, or to an anchor the target page lacks.
    func brokenLinks() -> [String] {
        var broken: [String] = []
        var idCache: [String: Set<String>] = [:]
        func ids(of page: String) -> Set<String> {
            if let cached = idCache[page] { return cached }
            let html = (try? String(contentsOf: root.appending(path: page), encoding: .utf8)) ?? ""
            let found = Set(Self.attributeValues("id", in: html))
            idCache[page] = found
            return found
        }
        for page in files() where page.hasSuffix(".html") {
            let html = (try? String(contentsOf: root.appending(path: page), encoding: .utf8)) ?? ""
            for link in Self.attributeValues("href", in: html) + Self.attributeValues("src", in: html) {
                if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("data:") { continue }
                var path = link
                var anchor: String?
                if let hash = link.firstIndex(of: "#") {
                    anchor = String(link[link.index(after: hash)...])
                    path = String(link[..<hash])
                }
                let target: String
                if path.isEmpty {
                    target = page
                } else {
                    let base = root.appending(path: page).deletingLastPathComponent()
                    let resolved = base.appending(path: path.removingPercentEncoding ?? path).standardizedFileURL.path
                    guard resolved.hasPrefix(root.standardizedFileURL.path + "/") else {
                        broken.append("\(page): \(link) leaves the site")
                        continue
                    }
                    target = String(resolved.dropFirst(root.standardizedFileURL.path.count + 1))
                    guard FileManager.default.fileExists(atPath: resolved) else {
                        broken.append("\(page): \(link) (no file \(target))")
                        continue
                    }
                }
                if let anchor, !anchor.isEmpty, target.hasSuffix(".html"), !ids(of: target).contains(anchor) {
                    broken.append("\(page): \(link) (no id '\(anchor)' in \(target))")
                }
            }
        }
        return broken
    }

    /// Values of an attribute written as `name="value"` in HTML.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = " \(name)=\""
        var rest = html[...]
        while let range = rest.range(of: marker) {
            let start = range.upperBound
            guard let end = rest[start...].firstIndex(of: "\"") else { break }
            values.append(String(rest[start..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }
}
