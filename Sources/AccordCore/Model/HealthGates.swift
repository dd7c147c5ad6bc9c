/// The health gates of `accord.yml` (`gates:`): conditions that fail `accord check` (exit 4) and `build --gates`.
public struct HealthGates: Sendable {
    /// A value written under `gates:`, with where it is written.
    public struct Written<Value: Sendable>: Sendable {
        /// The value.
        public var value: Value
        /// Where it is written in `accord.yml`.
        public var location: SourceLocation

        /// A value written at a location.
        package init(value: Value, location: SourceLocation) {
            self.value = value
            self.location = location
        }
    }

    /// `fail_on_tier`: a partnership in any of these tiers fails.
    public var failOnTier: [Written<HealthTier>] = []
    /// `fail_on_red_flags`: a partnership raising any of these red-flag or warning-sign ids fails.
    public var failOnSigns: [Written<String>] = []
    /// `min_alignment`: a partnership whose alignment index (one decimal) is below this fails.
    public var minAlignment: Written<Double>?
    /// `min_outcome`: a partnership whose outcome index (one decimal) is below this fails.
    public var minOutcome: Written<Double>?

    /// No gates.
    public init() {}

    /// True when no gate is set.
    public var isEmpty: Bool { failOnTier.isEmpty && failOnSigns.isEmpty && minAlignment == nil && minOutcome == nil }

    /// The keys of `gates:`, in the order they are evaluated.
    public static let keys = ["fail_on_tier", "fail_on_red_flags", "min_alignment", "min_outcome"]

    /// Every id `fail_on_red_flags` takes: the red flags, then the warning signs, in the spec's order.
    public static let signIDs = RedFlagKind.allCases.map(\.rawValue) + WarningSignKind.allCases.map(\.rawValue)

    /// The tiers `fail_on_tier` takes.
    public static let tierIDs = HealthTier.allCases.map(\.rawValue)
}

/// One failing gate for one partnership.
public struct GateFailure: Sendable, Hashable {
    /// The gate key (`fail_on_tier`, `min_alignment`…).
    public var gate: String
    /// The partnership slug.
    public var slug: String
    /// The sentence naming the gate and the figure.
    public var message: String
    /// The partnership's charter, line 1 column 1.
    public var location: SourceLocation

    /// A failing gate.
    package init(gate: String, slug: String, message: String, location: SourceLocation) {
        self.gate = gate
        self.slug = slug
        self.message = message
        self.location = location
    }

    /// The failure as a diagnostic of a severity, titled for GitHub annotations.
    public func diagnostic(_ severity: Diagnostic.Severity) -> Diagnostic {
        var diagnostic = Diagnostic(
            severity, location, message,
            hint: "the gate is set under 'gates:' in accord.yml")
        diagnostic.title = "Accord health gate \(gate)"
        return diagnostic
    }
}
