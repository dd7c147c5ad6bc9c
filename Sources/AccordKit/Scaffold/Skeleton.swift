import AccordCore
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
        /// When the path is taken, write `name-2.md`, `name-3.md`… instead of failing.
        public var numbersWhenTaken: Bool

        /// A file to create; `numbersWhenTaken` picks the next free numbered name instead of failing.
        public init(path: String, text: String, requiredFolder: String? = nil, numbersWhenTaken: Bool = false) {
            self.path = path
            self.text = text
            self.requiredFolder = requiredFolder
            self.numbersWhenTaken = numbersWhenTaken
        }

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
                guard manager.fileExists(atPath: root + "/" + requiredFolder, isDirectory: &isDirectory),
                    isDirectory.boolValue
                else {
                    throw Failure(
                        description:
                            "\(root)/\(requiredFolder) does not exist; create the partnership first with `accord new partnership`"
                    )
                }
            }
            var full = root + "/" + path
            if numbersWhenTaken, path.hasSuffix(".md") {
                let stem = full.dropLast(3)
                var number = 2
                while manager.fileExists(atPath: full) || manager.fileExists(atPath: full.lowercased()), number < 100 {
                    full = stem + "-\(number).md"
                    number += 1
                }
            }
            guard !manager.fileExists(atPath: full) else {
                throw Failure(description: "\(full) already exists; accord never overwrites a file")
            }
            let folder = (full as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard manager.createFile(atPath: full, contents: Data(text.utf8)) else {
                throw Failure(description: "cannot write \(full)")
            }
            return full
        }
    }

    /// A draft charter with every key and section, dated today; its sections are the portfolio's
    /// required sections.
    public static func partnership(
        slug: String, today: Day, title: String? = nil,
        requiredSections: [String] = SiteConfig.defaultRequiredSections
    ) -> File {
        let title = title?.trimmed.isEmpty == false ? title?.trimmed ?? slug : "\(slug) partnership"
        let sections = requiredSections.map { section in
            SectionName.normalise(section) == SectionName.normalise("Value for each party")
                ? "## \(section)\n\n- client: what the client gains\n- supplier: what the supplier gains\n"
                : "## \(section)\n\nTODO\n"
        }.joined(separator: "\n")
        let text = """
            ---
            title: \(YAMLScalar.quoted(title))
            status: draft                  # draft | active | under-review | ended
            # start: \(today)              # when the partnership began (default: the earliest signature)
            parties:                       # two or more; ids are used in notes
              - id: client
                name: Client Ltd
                role: client
                lead: Client Lead          # the party's relationship manager
                people: [Client Lead]
              - id: supplier
                name: Supplier Ltd
                role: supplier
                lead: Supplier Lead
                people: [Supplier Lead]
            signed: {}                     # each party's sign-off, e.g. {client: \(today), supplier: \(today)}
            review: \(today.adding(days: 365))             # strategic review: renew, realign or exit by then
            cadence: monthly               # weekly | fortnightly | monthly | quarterly | every N days
            # start: \(today)               # when the partnership began (default: the earliest signature)
            goals:                         # the shared objectives; ideally no more than five
              - id: G1
                title: The first shared goal
                weight: 1                  # relative weight, default 1
                owner: supplier            # a party id
                priority: {client: 4, supplier: 4}   # how much each party cares, 1-5
                kpi: {name: A measure, unit: "%", baseline: 0, target: 100}
                due: \(today.adding(days: 365))
            # amendments:                  # signed changes of the terms
            #   - date: \(today)
            #     summary: Amendment 1
            #     signed: {client: \(today), supplier: \(today)}
            # exit: {decided: \(today), effective: \(today.adding(days: 90)), reason: Why the partnership ends}
            ---

            # \(title)

            \(sections)
            """
        return File(path: "partnerships/\(slug)/charter.md", text: text)
    }
}
