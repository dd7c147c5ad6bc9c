/// Collects diagnostics from every step of a run, so that all problems in all files are reported at once.
public struct DiagnosticBag: Sendable {
    /// Every diagnostic in the order they were reported.
    public private(set) var all: [Diagnostic] = []

    /// An empty bag.
    public init() {}

    /// Adds one diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds an error.
    public mutating func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(.error(location, message, hint: hint))
    }

    /// Adds a warning.
    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(.warning(location, message, hint: hint))
    }

    /// Adds every diagnostic of another bag.
    public mutating func merge(_ other: DiagnosticBag) {
        all.append(contentsOf: other.all)
    }

    /// True when at least one error was reported.
    public var hasErrors: Bool {
        all.contains { $0.severity == .error }
    }

    /// Number of warnings.
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }

    /// True when these diagnostics stop a build: an error, or with `strict` any warning.
    public func stopsBuild(strict: Bool) -> Bool { hasErrors || (strict && warningCount > 0) }

    /// The diagnostics sorted by file, line and column (stable for equal places), duplicates dropped.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = all.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { left, right in
            if left.element.location != right.element.location {
                return left.element.location < right.element.location
            }
            return left.offset < right.offset
        }.map(\.element)
    }
}
