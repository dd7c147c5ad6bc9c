/// Site-wide values: title, organisation, report date.
struct SiteView: @unchecked Sendable {
    var title: String
    var organisation: String?
    /// `YYYY-MM-DD`.
    var reportDate: String
    /// `23 Nov 2026`.
    var reportDateReadable: String
    var generator: String
    /// Data under `extra:` in accord.yml, for custom templates.
    var extra: Any?
}
