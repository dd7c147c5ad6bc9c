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
    /// `--strict`: warnings fail the run.
    public var strict: Bool = false
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
    /// An unreadable `SOURCE_DATE_EPOCH` is reported and skipped.
    public static func resolve(flag: Day?, settings: Day?, sourceDateEpoch: String?, today: Day,
                               diagnostics: inout DiagnosticBag) -> (Day, Source) {
        if let flag { return (flag, .flag) }
        if let settings { return (settings, .settings) }
        if let epoch = sourceDateEpoch?.trimmed, !epoch.isEmpty {
            if let seconds = Int(epoch) { return (Day(unixSeconds: seconds), .sourceDateEpoch) }
            diagnostics.warning(SourceLocation(path: ""), "SOURCE_DATE_EPOCH '\(epoch)' is not a number of seconds; using today's date")
        }
        return (today, .today)
    }
}
