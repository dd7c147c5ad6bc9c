/// What every page shares: the site header, navigation, report date, and the page's body.
package struct LayoutView: TemplateView {
    /// One link of the main navigation.
    package struct NavItem: TemplateView {
        package var title: String
        package var href: String
        package var isCurrent: Bool
    }

    /// The page icon.
    package struct Icon: TemplateView {
        package var href: String
        package var type: String
    }

    /// One step of the breadcrumb trail.
    package struct Crumb: TemplateView {
        package var title: String
        package var href: String
    }

    package var site: SiteView
    /// The page title (without the site title).
    package var title: String
    /// Relative prefix to the site root (`../../`).
    package var root: String
    /// The stylesheet's relative href.
    package var stylesheet: String
    /// Relative hrefs of the stylesheets from `extra_css` or `static/`, linked after the theme's.
    package var extraStylesheets: [String]
    /// The page icon from `favicon` or `static/favicon.*`.
    package var favicon: Icon?
    package var nav: [NavItem]
    package var breadcrumbs: [Crumb]
    package var hasBreadcrumbs: Bool
    /// `index`, `partnership`, `meeting`, `actions`: a class on `<body>` for styling.
    package var pageKind: String
    /// Whose view the page belongs to ("Joint view", "Acme Corp only").
    package var view: ViewLabel
    /// The rendered body of the page (HTML).
    package var content: String
}
