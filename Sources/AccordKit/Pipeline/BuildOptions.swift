import AccordCore

/// Everything a run of Accord depends on besides the files themselves.
public struct BuildOptions: Sendable {
    /// The content folder as typed by the user.
    public var contentPath: String = "Content"
    /// The output folder as typed by the user.
    public var outputPath: String = "Output"
    /// A folder of template overrides (`--templates`).
    public var templatesPath: String?
    /// `--as-of`.
    public var asOf: Day?
    /// `--drafts`.
    public var includeDrafts: Bool = false
    /// `--unsafe-html`.
    public var allowsRawHTML: Bool = false
    /// `--view`: the view built and measured (the joint view by default).
    public var view: PortfolioView = .joint
    /// `--strict`: warnings fail the run.
    public var strict: Bool = false
    /// `build --gates`: failing health gates stop the build (exit 4) instead of being warnings.
    public var enforcesGates: Bool = false
    /// `SOURCE_DATE_EPOCH` from the environment, when set.
    public var sourceDateEpoch: String?
    /// Today's local date, the last fallback for the report date.
    public var today: Day
    /// The generator name and version shown on pages.
    public var generator: String = "Accord"
    /// How long `build` waits for another build of the same output folder, in seconds.
    public var lockTimeout: Double = 300
    /// Told once, with a sentence to print, when `build` waits for another build of the same output folder.
    public var onWait: (@Sendable (String) -> Void)?
    /// `build` reuses what the previous build of the same output left in its cache (`--no-cache` turns it off).
    public var usesCache: Bool = true
    /// A full build of a portfolio of more notes than this keeps each partnership without its records between
    /// parsing and rendering: the rest is spooled to a file beside the output and read back when it is rendered
    /// (`NoteTrees`; keeping it all costs about 290 MB more at 105,000 notes, `docs/decisions.md`). Up to it, a
    /// build keeps the records and the notes' Markdown trees.
    public var recordsKeptUpToNotes = 20_000
    /// True when the process ends right after the run (`accord build` and `check`): what the run made is left to the
    /// system then instead of being freed piece by piece, as compilers do (clang's `-disable-free`).
    public var leavesMemoryAtExit = false

    /// Options with defaults; `today` is the caller's local date.
    public init(today: Day) {
        self.today = today
    }
}

/// How the report date was chosen.
public enum ReportDate {
    /// Where the report date came from.
    public enum Source: String, Sendable {
        /// `--as-of`.
        case flag = "--as-of"
        /// `as_of` in accord.yml.
        case settings = "as_of in accord.yml"
        /// `SOURCE_DATE_EPOCH`.
        case sourceDateEpoch = "SOURCE_DATE_EPOCH"
        /// Today's local date.
        case today = "today's date"
    }

    /// Resolves the report date in the documented order: `--as-of`, `as_of`, `SOURCE_DATE_EPOCH`, today.
    /// `sourceDateEpoch` is the date `epochDay` read from the environment.
    public static func resolve(flag: Day?, settings: Day?, sourceDateEpoch: Day?, today: Day) -> (Day, Source) {
        if let flag { return (flag, .flag) }
        if let settings { return (settings, .settings) }
        if let sourceDateEpoch { return (sourceDateEpoch, .sourceDateEpoch) }
        return (today, .today)
    }

    /// The largest `SOURCE_DATE_EPOCH`: 9999-12-31T23:59:59Z, the last second of the last date `--as-of` takes.
    public static let latestEpoch = 253_402_300_799

    /// A `SOURCE_DATE_EPOCH` that cannot be used; `message` says why, for `accord: error: …` (exit status 2).
    public struct EpochError: Error, Equatable, CustomStringConvertible {
        /// The readable explanation.
        public var message: String
        /// The message.
        public var description: String { message }
    }

    /// The UTC date of `SOURCE_DATE_EPOCH`, validated like `--as-of`: nil when unset or empty; blanks around
    /// the number are ignored; anything but digits (a sign, a fraction, a blank inside) is malformed, and a
    /// number past `latestEpoch` is out of range.
    public static func epochDay(_ value: String?) throws(EpochError) -> Day? {
        guard let value else { return nil }
        let number = value.trimmed
        if number.isEmpty { return nil }
        let shown = quoted(value)
        guard number.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw EpochError(
                message: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC "
                    + "(digits only, as `date +%s` prints), not \(shown)")
        }
        guard let seconds = Int(number), seconds <= latestEpoch else {
            throw EpochError(
                message: "SOURCE_DATE_EPOCH \(shown) is out of range: it must be at most \(latestEpoch) "
                    + "(9999-12-31, the last report date Accord takes)")
        }
        return Day(unixSeconds: seconds)
    }

    /// A value in single quotes with control characters escaped, so the message stays on one line.
    static func quoted(_ value: String) -> String {
        var out = "'"
        for scalar in value.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
