import Foundation

@testable import AccordKit

/// A portfolio with a private note (acme), a private section in a joint note (globex, with an overdue action
/// and an image), and a private section in the charter (acme): the sentences each view must hold or leave out.
enum ViewFixture {
    /// Sentences private to acme (the note and the charter section).
    static let acmeSentences = [
        "Our walk-away price for the renewal is forty thousand a month",
        "Jane will not reveal the tender timetable to Globex",
        "Reprice the renewal before Globex sees our budget",
        "If Globex misses the June target we retender the contract quietly",
    ]
    /// Sentences private to globex (the section of the joint note).
    static let globexSentences = [
        "Margin on the support desk is below our floor this quarter",
        "Ask for a price rise of four percent at the renewal",
    ]
    /// A sentence of the joint note, in every view.
    static let jointSentence = "The dry run with store managers went well"

    /// Writes the fixture into `temp`.
    static func write(_ temp: TempContent) throws {
        try temp.write("accord.yml", "title: Views fixture\n")
        try temp.writeCharter(
            body: """

                ## Fallback options (private: acme)

                If Globex misses the June target we retender the contract quietly.
                """)
        try temp.writeNote(
            "2026-03-12-steering.md",
            """
            ---
            date: 2026-03-12
            attendees: [Jane Smith, Raj Patel]
            health:
              acme: {trust: 4, communication: 4}
              globex: {trust: 4, communication: 4}
            ---

            # Steering

            The dry run with store managers went well.

            ## Actions

            - [ ] Jane Smith: share the 2027 volumes (due 2026-07-01)

            ## Actions (private: globex)

            - [ ] Raj Patel: Ask for a price rise of four percent at the renewal (due 2026-04-01)

            ## Margin (Private: globex)

            Margin on the support desk is below our floor this quarter.

            ![Margin chart](margin-floor.svg)

            ## Next steps

            - Meet again in April.
            """)
        try temp.write(
            "partnerships/acme-globex/meetings/margin-floor.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>floor 18 percent</text></svg>\n")
        try temp.writeNote(
            "2026-04-20-renewal-prep.md",
            """
            ---
            date: 2026-04-20
            title: Renewal preparation
            kind: internal
            visibility: acme
            attendees: [Jane Smith, Tom Lee]
            health:
              acme: {trust: 2, communication: 3}
            ---

            # Renewal preparation

            Our walk-away price for the renewal is forty thousand a month.
            Jane will not reveal the tender timetable to Globex.

            ## Actions

            - [ ] Tom Lee: Reprice the renewal before Globex sees our budget (due 2026-05-01)
            """)
    }

    /// Options for a view of the fixture.
    static func options(_ temp: TempContent, view: PortfolioView, output: String = "Output") -> BuildOptions {
        var options = temp.options(output: output)
        options.view = view
        return options
    }

    /// Every file of a built output as text (binary files as Latin-1, so nothing is skipped).
    static func texts(_ folder: String) throws -> [String: String] {
        try snapshot(of: folder).mapValues { String(data: $0, encoding: .utf8) ?? String(decoding: $0, as: UTF8.self) }
    }
}
