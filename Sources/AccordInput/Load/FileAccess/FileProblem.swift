/// Why a path below a root is not read. Each becomes one diagnostic naming the path.
package enum FileProblem: Error, Sendable, Equatable {
    /// A symbolic link whose target is outside the root.
    case linkLeavesRoot
    /// A symbolic link whose target does not exist.
    case brokenLink
    /// A symbolic link that points back to itself, directly or through other links.
    case linkLoop
    /// Not a regular file or a folder (a FIFO, a socket, a device).
    case special(FileType)
    /// A file name that is not valid UTF-8.
    case nameNotUTF8
    /// The entry changed between the listing and the read (a file swapped for a link, another file).
    case changed
    /// The system refused (permissions, I/O error): the `strerror` text.
    case system(String)

    /// The diagnostic message; `rootName` names the root (`content folder`, `templates folder`).
    package func message(rootName: String) -> String {
        switch self {
        case .linkLeavesRoot: "symbolic link leaves the \(rootName); it is not followed"
        case .brokenLink: "broken symbolic link"
        case .linkLoop: "symbolic link loop; it is not followed"
        case .special(let type): "\(type.phrase) is not a regular file; it is not read"
        case .nameNotUTF8: "file name is not valid UTF-8; it is not read"
        case .changed: "the file changed while it was read; it is not read"
        case .system(let reason): "cannot read: \(reason)"
        }
    }

    /// The hint shown with the message, if any.
    package func hint(rootName: String) -> String? {
        switch self {
        case .linkLeavesRoot: "copy the file into the \(rootName) instead"
        case .special: "Accord reads only regular files and folders; remove it"
        case .nameNotUTF8: "rename the file with a UTF-8 name"
        case .changed: "run the build again once nothing is writing to the folder"
        default: nil
        }
    }
}
