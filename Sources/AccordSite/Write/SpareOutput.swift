import AccordCore
import AccordInput
import Foundation

/// The previous site, kept beside the output after a swap (`.Output.accord-spare`). The next build adopts it as
/// its staging folder and replaces only the files whose bytes changed: a file the spare shares with the live site
/// (the same inode, linked by the build before) is kept as it is, any other is unlinked and written anew, never
/// written into. The swap is the same atomic exchange; the old site becomes the next spare instead of being
/// removed. A spare that holds anything its manifest does not list is not adopted.
package struct SpareOutput: Sendable {
    /// One file of the spare: where it is on disk.
    package struct File: Sendable, Equatable {
        /// Device number.
        package var device: UInt64
        /// Inode number.
        package var inode: UInt64
    }

    /// The files of the spare by path (its marker left out).
    package var files: [String: File]
    /// Its folders, by path.
    package var folders: Set<String>

    /// The spare beside the output renamed to `staging`, its marker replaced by Accord's first marker (so that
    /// a build killed meanwhile leaves a folder the next build removes); nil when there is no spare, or when it
    /// holds anything its manifest does not list (it is then retired, only its own files removed).
    package static func adopt(_ place: OutputPlace, as staging: String) -> SpareOutput? {
        let path = place.sibling("spare")
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        guard case .manifest(let manifest) = OutputManifest.read(folder: path),
            let spare = listing(path, manifest: manifest)
        else {
            OutputSwap.retire(path)
            return nil
        }
        guard rename(path, staging) == 0 else { return nil }
        let marker = staging + "/" + OutputWriter.markerName
        unlink(marker)
        guard (try? StagedOutput.writeNew([OutputWriter.markerText], to: marker, display: marker)) != nil else {
            OutputSwap.retire(staging)
            return nil
        }
        return spare
    }

    /// The files and folders below `folder`; nil when a file is not in the manifest, has another size, or is
    /// not a regular file, or a folder holds none of the manifest's files.
    static func listing(_ folder: String, manifest: OutputManifest) -> SpareOutput? {
        let expected = manifest.folders
        // The folders of the first two levels list their subfolders on all cores (the partnerships' folders).
        @Sendable func visit(_ relative: String, depth: Int) -> SpareOutput? {
            var spare = SpareOutput(files: [:], folders: [])
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            let descriptor = open(absolute, NoFollowIO.listFlags)
            guard descriptor >= 0 else { return nil }
            var subfolders: [String] = []
            for (name, isUTF8, info) in NoFollowIO.entries(ofFolder: descriptor) {
                let path = relative.isEmpty ? name : relative + "/" + name
                if path == OutputWriter.markerName { continue }
                guard isUTF8, let info else { return nil }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    guard expected.contains(path) else { return nil }
                    subfolders.append(path)
                case S_IFREG:
                    guard manifest.files[path] == Int(info.st_size) else { return nil }
                    spare.files[path] = File(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                default:
                    return nil
                }
            }
            let inside = subfolders.map(onAllCores: depth < 2) { visit($0, depth: depth + 1) }
            for (path, found) in zip(subfolders, inside) {
                guard let found else { return nil }
                spare.folders.insert(path)
                spare.folders.formUnion(found.folders)
                spare.files.merge(found.files) { first, _ in first }
            }
            return spare
        }
        return visit("", depth: 0)
    }
}
