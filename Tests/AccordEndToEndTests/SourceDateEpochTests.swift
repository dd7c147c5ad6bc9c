import Foundation
import Testing

/// `SOURCE_DATE_EPOCH` through the binary: validated like `--as-of`, a bad value is a usage error (exit 2).
@Suite struct SourceDateEpochTests {
    static let malformed =
        "accord: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC "
        + "(digits only, as `date +%s` prints), not "

    /// The fixture portfolio without its `as_of`, so that the environment decides the report date.
    static func content() throws -> URL {
        let work = try AccordProcess.temporaryFolder("epoch")
        try AccordProcess.copy("Tests/AccordKitTests/Fixtures/Portfolio", to: work.appending(path: "Content"))
        try "title: Portfolio\norganisation: Acme Corp\n".write(
            to: work.appending(path: "Content/accord.yml"),
            atomically: true, encoding: .utf8)
        return work
    }

    static func check(_ epoch: String, _ extra: [String] = []) throws -> AccordProcess.Result {
        let work = try content()
        defer { try? FileManager.default.removeItem(at: work) }
        return try AccordProcess.run(["check", "--quiet"] + extra, in: work, environment: ["SOURCE_DATE_EPOCH": epoch])
    }

    @Test(arguments: [
        ("yesterday", "'yesterday'"), ("-1", "'-1'"), ("+1780000000", "'+1780000000'"),
        ("1780000000.5", "'1780000000.5'"),
        ("1780 000000", "'1780 000000'"), ("0x6A18A180", "'0x6A18A180'"), ("１７８０", "'１７８０'"),
        ("17800\t00000", "'17800\\t00000'"), ("1780000000\n1", "'1780000000\\n1'"),
    ])
    func malformedValuesAreUsageErrors(_ value: String, _ shown: String) throws {
        let result = try Self.check(value)
        #expect(result.status == 2)
        #expect(result.stderr == Self.malformed + shown + "\n")
        #expect(result.stdout == "")
    }

    @Test(arguments: ["253402300800", "99999999999999999999999"])
    func valuesPastTheLastDateAreOutOfRange(_ value: String) throws {
        let result = try Self.check(value)
        #expect(result.status == 2)
        #expect(
            result.stderr == "accord: error: SOURCE_DATE_EPOCH '\(value)' is out of range: it must be at most "
                + "253402300799 (9999-12-31, the last report date Accord takes)\n")
    }

    @Test func aBadValueFailsEvenWhenAsOfIsGiven() throws {
        let result = try Self.check("soon", ["--as-of", "2026-06-01"])
        #expect(result.status == 2)
        #expect(result.stderr == Self.malformed + "'soon'\n")
    }

    @Test(arguments: [
        ("1780000000", "2026-05-28"), (" 1780000000\n", "2026-05-28"), ("0", "1970-01-01"),
        ("253402300799", "9999-12-31"),
    ])
    func validValuesGiveTheirUTCDate(_ value: String, _ date: String) throws {
        let work = try Self.content()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try AccordProcess.run(
            ["metrics", "--format", "json"], in: work, environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"report_date\": \"\(date)\""), "\(result.stdout.prefix(300))")
    }

    @Test(arguments: ["", "   "])
    func anEmptyValueIsUnset(_ value: String) throws {
        let work = try Self.content()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try AccordProcess.run(["build", "--quiet"], in: work, environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 0, "\(result.stderr)")
        let built = try AccordProcess.run(["build"], in: work, environment: ["SOURCE_DATE_EPOCH": value])
        #expect(built.stderr.hasSuffix("(report date \(Self.today()), from today's date)\n"), "\(built.stderr)")
    }

    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
