import AccordCore

/// Reads the commits that touched each charter with the git command line: newest first, renames followed, and
/// fields separated by NUL so that no name or subject can be mistaken for another field.
public enum CharterHistory {
    /// The `git log` format: id, author date, author name and subject, each field ending with NUL (`-z` ends
    /// each commit with one more NUL).
    package static let format = "%H%x00%as%x00%an%x00%s"

    /// Fills `charterHistory` of every partnership when `git: true`; outside a repository (or without git)
    /// a warning at the `git` key and no history.
    package static func attach(to portfolio: inout Portfolio, contentPath: String, diagnostics: inout DiagnosticBag) {
        guard portfolio.config.readsGit else { return }
        let place = portfolio.config.gitLocation ?? SourceLocation(path: "accord.yml")
        let top: GitCommand.Result
        do {
            top = try GitCommand.run(["rev-parse", "--show-toplevel"], in: contentPath)
        } catch {
            diagnostics.warning(place, "git: true, but \(error.description); the charter history is left out")
            return
        }
        guard top.status == 0 else {
            diagnostics.warning(
                place,
                "git: true, but the content folder is not in a git repository; "
                    + "the charter history is left out", hint: "commit the content to git, or remove 'git: true'")
            return
        }
        for index in portfolio.partnerships.indices {
            let path = portfolio.partnerships[index].charter.path
            switch read(path, in: contentPath) {
            case .success(let commits): portfolio.partnerships[index].charterHistory = commits
            case .failure(let message):
                diagnostics.warning(
                    SourceLocation(path: path), "cannot read the git history of the charter: \(message)")
            }
        }
    }

    /// A failure of `git log`, as its message.
    package struct Failure: Error {
        package var message: String
    }

    /// The commits that touched a file (relative to `folder`), newest first.
    package static func read(_ path: String, in folder: String) -> Result<[CharterCommit], Failure> {
        let result: GitCommand.Result
        do {
            result = try GitCommand.run(
                [
                    "-c", "log.showSignature=false", "log", "-z", "--follow", "--no-color",
                    "--format=\(format)", "--end-of-options", "HEAD", "--", path,
                ], in: folder)
        } catch {
            return .failure(Failure(message: error.description))
        }
        guard result.status == 0 else {
            // A repository without a commit yet has no history.
            if result.error.contains("does not have any commits") || result.error.contains("bad revision 'HEAD'")
                || result.error.contains("unknown revision")
            {
                return .success([])
            }
            return .failure(Failure(message: Escape.line(result.error.trimmed)))
        }
        return .success(parse(Array(result.output)))
    }

    /// Parses the NUL-separated output of `git log -z --format=…`: four fields a commit.
    package static func parse(_ bytes: [UInt8]) -> [CharterCommit] {
        var fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        if fields.last == "" { fields.removeLast() }
        var commits: [CharterCommit] = []
        var index = 0
        while index + 3 < fields.count {
            commits.append(
                CharterCommit(
                    id: fields[index], date: fields[index + 1], author: fields[index + 2],
                    subject: fields[index + 3]))
            index += 4
        }
        return commits
    }
}
