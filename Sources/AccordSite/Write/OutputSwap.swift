import Foundation

/// The one-step replacements of the output folder: `renameat2(RENAME_EXCHANGE)` of the staging folder and the
/// output, or — where the file system refuses it — the link layout: the output is a symbolic link to a
/// versioned folder beside it (`.Output.accord-site-…`), replaced by `rename(2)` of a new link.
package enum OutputSwap {
    /// `renameat2(2)` with `RENAME_EXCHANGE`: swaps two paths in one step. Returns 0 or the errno.
    package static func exchange(_ first: String, _ second: String) -> Int32 {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = UnsafeMutableRawPointer(bitPattern: renameat2Address) else { return ENOSYS }
            let call = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
            return call(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? 0 : errno
        #else
            return ENOSYS
        #endif
    }

    #if os(Linux)
        /// The address of glibc's `renameat2` (2.28 and later; 0 when absent), looked up once: Swift's Glibc module
        /// does not declare it. Kept as an integer, which is `Sendable`, rather than as a pointer.
        private static let renameat2Address = Int(bitPattern: dlsym(dlopen(nil, RTLD_NOW), "renameat2"))
    #endif

    /// True for the errors of a file system (or kernel) that has no `RENAME_EXCHANGE`.
    package static func isUnsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP
    }

    /// `rename(2)`, throwing a failure that names both paths.
    package static func rename(_ from: String, _ to: String, display: String) throws {
        guard Foundation.rename(from, to) == 0 else {
            let code = errno
            throw OutputWriter.Failure(
                description: "cannot replace \(display): rename \(from) to \(to): "
                    + "\(String(cString: strerror(code)))")
        }
    }

    /// True when the file system under a folder swaps folders in one step: exchanges the folder with an empty
    /// probe folder beside it and back.
    package static func probeExchange(_ folder: String, place: OutputPlace) -> Bool {
        let probe = place.uniqueSibling("old")
        guard mkdir(probe, 0o755) == 0 else { return false }
        defer { rmdir(probe) }
        guard exchange(folder, probe) == 0 else { return false }
        if exchange(folder, probe) != 0 { _ = Foundation.rename(probe, folder) }  // put the site back in any case
        return true
    }

    /// Publishes a staged folder through the link layout: renames it to a versioned name, points a new link
    /// at it and renames the link over the output (a missing output or Accord's earlier link).
    package static func publishAsLink(_ staged: String, place: OutputPlace) throws {
        let site = place.uniqueSibling("site")
        let link = place.uniqueSibling("link")
        try rename(staged, site, display: place.display)
        do {
            guard symlink((site as NSString).lastPathComponent, link) == 0 else {
                throw OutputWriter.Failure(
                    description: "cannot create the link \(link): \(String(cString: strerror(errno)))")
            }
            try rename(link, place.path, display: place.display)
        } catch {
            unlink(link)
            _ = Foundation.rename(site, staged)  // so that the caller's discard removes it
            throw error
        }
    }

    /// Removes a folder that left the output: by its manifest (only what Accord wrote), whole for the marker of
    /// earlier versions, and only when empty without a marker. A damaged marker keeps everything.
    package static func retire(_ folder: String) {
        switch OutputManifest.read(folder: folder) {
        case .manifest(let manifest): manifest.remove(from: folder)
        case .legacy: try? FileManager.default.removeItem(atPath: folder)
        case .none: rmdir(folder)
        case .unreadable: break
        }
    }

    /// Removes what killed or failed builds left beside the output: staging, retired and versioned folders
    /// carrying Accord's marker, Accord's spare links, and its half-written cache and metrics spool files.
    /// `keeping` is the folder the output link points at.
    package static func cleanLeftovers(_ place: OutputPlace, keeping: String?) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: place.parent)) ?? []
        for entry in entries where place.isAccordSibling(entry) && entry != keeping {
            let path = place.parent + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK where entry.hasPrefix(place.prefix + "link-"): unlink(path)
            case S_IFREG where entry.hasPrefix(place.prefix + "cachetmp-"): unlink(path)  // a build cache half written
            case S_IFREG where entry.hasPrefix(place.prefix + "spool-"): unlink(path)  // killed before it unlinked it
            case S_IFDIR: retire(path)
            default: break
            }
        }
    }
}
