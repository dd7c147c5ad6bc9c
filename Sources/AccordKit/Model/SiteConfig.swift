/// Site settings from `accord.yml`; every key is optional.
public struct SiteConfig: Sendable {
    /// Shown in every page header.
    public var title: String = "Partnership portfolio"
    /// The organisation that runs the portfolio; shown under the title when set.
    public var organisation: String?
    /// The report date from `as_of`, when given.
    public var asOf: Day?
    /// Charter sections (H2 headings) that must exist, in display form.
    public var requiredSections: [String] = SiteConfig.defaultRequiredSections
    /// Overrides of metric bands by metric id.
    public var thresholds: [String: BandOverride] = [:]
    /// A folder of template overrides, relative to the content folder.
    public var templates: String?
    /// Free data for templates under `extra:`.
    public var extra: ExtraValue?

    /// Settings with every default.
    public init() {}

    /// The default `required_sections`.
    public static let defaultRequiredSections = [
        "Shared vision", "Value for each party", "Governance", "Intellectual property",
        "Resources and skills", "Issue resolution", "Exit and renewal",
    ]
}

/// A user's override of one metric's band bounds.
public struct BandOverride: Sendable, Hashable {
    /// The green bound, when overridden.
    public var green: Double?
    /// The amber bound, when overridden.
    public var amber: Double?
    /// Where the override was written.
    public var location: SourceLocation

    /// An override with optional bounds.
    public init(green: Double? = nil, amber: Double? = nil, location: SourceLocation) {
        self.green = green
        self.amber = amber
        self.location = location
    }
}

/// Free-form front matter data under `extra:`, kept for templates and never validated.
public indirect enum ExtraValue: Sendable, Hashable {
    /// A scalar, as written.
    case text(String)
    /// A YAML sequence.
    case list([ExtraValue])
    /// A YAML mapping, in the written order.
    case map([ExtraEntry])
}

/// One key and value of an `extra:` mapping.
public struct ExtraEntry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: ExtraValue
}
