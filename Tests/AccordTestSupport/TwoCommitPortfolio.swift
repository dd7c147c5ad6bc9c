/// A small portfolio in a git repository with two commits, for `accord diff`, charter history and the CI
/// workflow's tests. Report date 2026-06-01 (`as_of`); `gates: fail_on_tier: [at-risk]`, `git: true`.
///
/// Commit 1 (2026-05-16): `acme-globex` with one steering note: trust 4 and 4, G1 on track, Raj's runbook
/// action overdue. Commit 2 (2026-05-30): a second note — Acme's trust 2 (a red flag, the tier falls to at
/// risk), G1 behind, the runbook done — the charter's review date moved, and `beta-gamma` added.
public enum TwoCommitPortfolio {
    /// Creates the repository with both commits (the work tree is at the second).
    public static func make() throws -> GitFixture {
        let repository = try GitFixture()
        try writeFirst(repository)
        try repository.commit("Charter and first steering", date: "2026-05-16T10:00:00Z")
        try writeSecond(repository)
        try repository.commit(
            secondSubject, date: "2026-05-30T09:00:00Z", author: "Bo Reviewer", email: "bo@example.com")
        return repository
    }

    /// The subject of the second commit (with markup characters that must be escaped on pages).
    public static let secondSubject = "Steering 6; review moved <b>& \"later\"</b>"

    /// The files of the first commit.
    public static func writeFirst(_ repository: GitFixture) throws {
        try repository.write(
            "Content/accord.yml",
            "title: Test portfolio\nas_of: 2026-06-01\ngit: true\n"
                + "gates:\n  fail_on_tier: [at-risk]\n")
        try repository.write(
            "Content/partnerships/acme-globex/charter.md", charter(title: "Acme × Globex", review: "2027-01-15"))
        try repository.write(
            "Content/partnerships/acme-globex/meetings/2026-05-15-steering.md",
            note(
                date: "2026-05-15", number: 5, acmeTrust: 4, reading: 18,
                runbook: "- [ ] Raj Patel: draft the joint runbook (due 2026-05-20)"))
    }

    /// The changes of the second commit.
    public static func writeSecond(_ repository: GitFixture) throws {
        try repository.write(
            "Content/partnerships/acme-globex/charter.md", charter(title: "Acme × Globex", review: "2027-02-15"))
        try repository.write(
            "Content/partnerships/acme-globex/meetings/2026-05-29-steering.md",
            note(
                date: "2026-05-29", number: 6, acmeTrust: 2, reading: 29,
                runbook: "- [x] Raj Patel: draft the joint runbook (due 2026-05-20, done 2026-05-19)"))
        try repository.write(
            "Content/partnerships/beta-gamma/charter.md", charter(title: "Beta & Gamma", review: "2027-01-15"))
    }

    /// A charter of two parties (acme, globex), signed in January 2026, one goal G1.
    public static func charter(title: String, review: String) -> String {
        """
        ---
        title: \(title)
        status: active
        parties:
          - id: acme
            name: Acme Corp
            lead: Jane Smith
            people: [Jane Smith, Tom Lee]
          - id: globex
            name: Globex Services
            lead: Raj Patel
            people: [Raj Patel, Mia Chen]
        signed: {acme: 2026-01-10, globex: 2026-01-12}
        review: \(review)
        cadence: monthly
        goals:
          - id: G1
            title: Cut resolution time
            owner: globex
            priority: {acme: 5, globex: 4}
            kpi: {name: Resolution time, unit: h, baseline: 30, target: 12}
            due: 2026-12-31
        ---

        # \(title)

        \(FixtureText.charterSections)

        """
    }

    /// A steering note with a pulse (Globex's trust 4), a G1 reading and two actions.
    public static func note(date: String, number: Int, acmeTrust: Int, reading: Int, runbook: String) -> String {
        let acme =
            acmeTrust == 4
            ? "{trust: 4, communication: 4, focus: 4, team: 4, innovation: 4}"
            : "{trust: \(acmeTrust), communication: 3, focus: 3, team: 3, innovation: 3}"
        return """
            ---
            date: \(date)
            attendees: [Jane Smith, Tom Lee, Raj Patel, Mia Chen]
            health:
              acme: \(acme)
              globex: {trust: 4, communication: 4, focus: 4, team: 4, innovation: 4}
            kpis: {G1: \(reading)}
            ---

            # Steering \(number)

            ## Actions
            \(runbook)
            - [ ] Mia Chen: set up the survey (due 2026-06-30)

            """
    }
}
