import AccordCore

/// Site-wide values: title, organisation, report date.
package struct SiteView: TemplateView, Sendable {
    package var title: String
    package var organisation: String?
    /// `YYYY-MM-DD`.
    package var reportDate: String
    /// `23 Nov 2026`.
    package var reportDateReadable: String
    package var generator: String
    /// Data under `extra:` in accord.yml, for custom templates (`{{site.extra.key}}`).
    package var extra: ExtraValue?
}
