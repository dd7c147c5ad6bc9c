/// A problem found in user input (content, settings or templates).
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input is wrong; the build fails.
        case error
        /// Suspicious input; the build goes on unless `--strict`.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in one sentence without a final period.
    public var message: String
    /// How to fix it, in one short sentence; nil when the message says it all.
    public var hint: String?
    /// False when `location.path` is already the path to print (templates), not one inside the content folder.
    public var isInContent: Bool = true
    /// A short title for GitHub annotations (`title=`); nil for none.
    public var title: String?

    /// A diagnostic with its severity, location, message and optional hint.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// An error at a location.
    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    /// A warning at a location.
    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }
}

extension Diagnostic: Error {}
