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
    /// Where `templates` is written in `accord.yml`.
    public var templatesLocation: SourceLocation?
    /// `favicon:`: a file of `static/` linked as every page's icon, with where it is written.
    public var favicon: (path: String, location: SourceLocation)?
    /// `extra_css:`: files of `static/` linked after the theme's stylesheet on every page, in order;
    /// nil when the key is absent (then the stylesheets at the top of `static/` are linked).
    public var extraCSS: [(path: String, location: SourceLocation)]?
    /// `gates:`: the health gates, nil when the key is absent.
    public var gates: HealthGates?
    /// `git: true`: partnership pages list the commits that touched their charter.
    public var readsGit: Bool = false
    /// Where `git` is written in `accord.yml`.
    public var gitLocation: SourceLocation?
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
