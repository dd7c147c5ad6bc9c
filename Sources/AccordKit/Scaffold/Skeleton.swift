import Foundation

/// Filled-in skeleton files for `accord new`.
public enum Skeleton {
    /// A file to create inside the content folder.
    public struct File: Sendable {
        /// Path relative to the content folder.
        public var path: String
        /// The text to write.
        public var text: String
        /// A folder that must already exist (relative to the content folder), if any.
        public var requiredFolder: String?

        /// A failure to create the file.
        public struct Failure: Error, CustomStringConvertible {
            /// What went wrong.
            public var description: String
        }

        /// Writes the file into the content folder and returns its path as the user would type it.
        /// Never overwrites a file.
        public func create(in content: String) throws -> String {
            let manager = FileManager.default
            let root = content.hasSuffix("/") ? String(content.dropLast()) : content
            if let requiredFolder {
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: root + "/" + requiredFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw Failure(description: "\(root)/\(requiredFolder) does not exist; create the partnership first with `accord new partnership`")
                }
            }
            let full = root + "/" + path
            guard !manager.fileExists(atPath: full) else {
                throw Failure(description: "\(full) already exists; accord new never overwrites a file")
            }
            let folder = (full as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard manager.createFile(atPath: full, contents: Data(text.utf8)) else {
                throw Failure(description: "cannot write \(full)")
            }
            return full
        }
    }

    /// A charter skeleton with every section and key, dated today.
    public static func partnership(slug: String, today: Day) -> File {
        let sections = SiteConfig.defaultRequiredSections.map { "## \($0)\n\nTODO\n" }.joined(separator: "\n")
        let text = """
        ---
        title: \(slug) partnership
        status: draft                  # draft | active | under-review | ended
        parties:
          - id: client
            name: Client Ltd
            role: client
            lead: Client Lead
            people: [Client Lead]
          - id: supplier
            name: Supplier Ltd
            role: supplier
            lead: Supplier Lead
            people: [Supplier Lead]
        signed: {}                     # e.g. {client: \(today), supplier: \(today)}
        review: \(today.adding(days: 365))
        cadence: monthly               # weekly | fortnightly | monthly | quarterly | every N days
        # start: \(today)               # when the partnership began (default: the earliest signature)
        # amendments:                  # signed changes of the terms
        #   - date: YYYY-MM-DD
        #     summary: Amendment 1 — what changes
        #     signed: {client: YYYY-MM-DD, supplier: YYYY-MM-DD}
        # exit: {decided: YYYY-MM-DD, effective: YYYY-MM-DD, reason: why the partnership ends}
        goals:
          - id: G1
            title: The first shared goal
            owner: supplier
            priority: {client: 4, supplier: 4}
            kpi: {name: A measure, unit: "%", baseline: 0, target: 100}
            due: \(today.adding(days: 365))
        ---

        # \(slug) partnership

        \(sections)
        """
        return File(path: "partnerships/\(slug)/charter.md", text: text.replacingAll("## Value for each party\n\nTODO\n", with:
            "## Value for each party\n\n- client: TODO\n- supplier: TODO\n"))
    }

    /// A meeting note skeleton for a date.
    public static func meeting(slug: String, date: Day) -> File {
        let text = """
        ---
        date: \(date)
        title: Steering committee
        kind: steering
        chair:
        attendees: []
        ---

        # Steering committee

        ## Decisions

        - TODO (agreed: client, supplier)

        ## Actions

        - [ ] Owner Name: TODO (due \(date.adding(days: 14)))

        ## Issues

        ## Wins

        """
        return File(path: "partnerships/\(slug)/meetings/\(date)-steering.md", text: text,
                    requiredFolder: "partnerships/\(slug)")
    }
}
