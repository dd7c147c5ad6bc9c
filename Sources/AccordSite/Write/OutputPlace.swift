import Foundation

/// Where an output folder lives: its real parent folder, its name, and the names Accord uses beside it
/// (lock file, staging folders, versioned sites of the link layout).
package struct OutputPlace: Sendable {
    /// The output folder as the user typed it, for messages.
    package let display: String
    /// The real path of the folder holding the output (symbolic links resolved).
    package let parent: String
    /// The last component of the output path.
    package let name: String

    /// The place of an output path; the parent folder is resolved as far as it exists, the last component is
    /// kept as written (a link there is the output itself, not a way to somewhere else).
    package init(outputPath: String) {
        display = outputPath
        let parts = outputPath.split(separator: "/")
        if let last = parts.last, last != ".", last != ".." {
            let above = parts.dropLast().joined(separator: "/")
            let start = outputPath.hasPrefix("/") ? "/" + above : (above.isEmpty ? "." : above)
            parent = Self.resolvedPath(start)
            name = String(last)
        } else {
            let url = URL(fileURLWithPath: Self.resolvedPath(outputPath))
            name = url.lastPathComponent
            parent = url.deletingLastPathComponent().path
        }
    }

    /// The output folder itself.
    package var path: String { parent == "/" ? "/" + name : parent + "/" + name }
    /// The lock file beside the output (`.Output.accord-lock`).
    package var lockPath: String { sibling("lock") }
    /// The prefix of every name Accord gives to a file beside the output.
    package var prefix: String { "." + name + ".accord-" }

    /// A path beside the output, `.Output.accord-<suffix>`.
    package func sibling(_ suffix: String) -> String { parent + "/" + prefix + suffix }

    /// A fresh path beside the output for a kind (`tmp`, `old`, `site`, `link`, `cachetmp`), unique to this process.
    package func uniqueSibling(_ kind: String) -> String {
        sibling("\(kind)-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))")
    }

    /// True when a name beside the output is one Accord creates: `.Output.accord-tmp-<pid>-<hex>` (and
    /// `old`, `site`, `link`, `cachetmp`, `spool`), or the fixed names of earlier versions (`.Output.accord-tmp`,
    /// `-old`).
    package func isAccordSibling(_ entry: String) -> Bool {
        guard entry.hasPrefix(prefix) else { return false }
        let suffix = entry.dropFirst(prefix.count)
        if suffix == "tmp" || suffix == "old" { return true }
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, ["tmp", "old", "site", "link", "cachetmp", "spool"].contains(parts[0]) else {
            return false
        }
        return !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
            && !parts[2].isEmpty && parts[2].allSatisfy(\.isHexDigit)
    }

    // MARK: Real paths

    /// An absolute path with every existing component's symbolic links resolved, `.` and `..` applied in
    /// order, and the components that do not exist yet kept as written.
    package static func resolvedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var current = "/"
        var exists = true
        for component in absolute.split(separator: "/") {
            switch component {
            case ".":
                continue
            case "..":
                current = (current as NSString).deletingLastPathComponent
            default:
                let candidate = current == "/" ? "/" + component : current + "/" + component
                if exists, let real = realPath(candidate) {
                    current = real
                } else {
                    exists = false
                    current = candidate
                }
            }
        }
        return current
    }

    /// `realpath(3)`, nil when the path does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Why an output folder cannot be used with a content folder (equal to it, inside it, or holding it),
    /// or nil. Real paths are compared: symbolic links, `..` and trailing slashes do not hide a clash.
    package static func conflict(content: String, output: String) -> String? {
        guard let realContent = realPath(content) else { return nil }  // a missing content folder is reported later
        let realOutput = resolvedPath(output)
        if realOutput == realContent {
            return
                "the output folder '\(output)' is the content folder '\(content)': a build would replace the content "
                + "with the site; choose another --output"
        }
        if realOutput == "/" || realContent.hasPrefix(realOutput + "/") {
            return
                "the content folder '\(content)' is inside the output folder '\(output)': a build replaces the whole "
                + "output folder; choose an --output outside the content"
        }
        if realOutput.hasPrefix(realContent + "/") {
            return
                "the output folder '\(output)' is inside the content folder '\(content)': the site would be read back "
                + "as content by the next build; choose an --output outside the content"
        }
        return nil
    }

    // MARK: Mount points

    /// True when a folder is a mount point: another device than its parent, or listed in /proc/self/mountinfo
    /// (a bind mount of the same file system).
    package static func isMountPoint(_ path: String) -> Bool {
        var own = stat()
        var above = stat()
        let parent = (path as NSString).deletingLastPathComponent
        if stat(path, &own) == 0, stat(parent.isEmpty ? "/" : parent, &above) == 0, own.st_dev != above.st_dev {
            return true
        }
        guard let real = realPath(path),
            let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)
        else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 && unescapeMountPath(String(fields[4])) == real
        }
    }

    /// Undoes the octal escapes of /proc/self/mountinfo (`\040` for a space).
    package static func unescapeMountPath(_ field: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(field.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "\\"), index + 3 < source.count,
                let value = UInt8(String(decoding: source[(index + 1)...(index + 3)], as: UTF8.self), radix: 8)
            {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
