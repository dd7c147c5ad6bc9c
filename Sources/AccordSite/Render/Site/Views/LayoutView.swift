/// What every page shares: the site header, navigation, report date, and the page's body.
struct LayoutView {
    /// One link of the main navigation.
    struct NavItem {
        var title: String
        var href: String
        var isCurrent: Bool
    }

    /// The page icon.
    struct Icon {
        var href: String
        var type: String
    }

    /// One step of the breadcrumb trail.
    struct Crumb {
        var title: String
        var href: String
    }

    var site: SiteView
    /// The page title (without the site title).
    var title: String
    /// Relative prefix to the site root (`../../`).
    var root: String
    /// The stylesheet's relative href.
    var stylesheet: String
    /// Relative hrefs of the stylesheets from `extra_css` or `static/`, linked after the theme's.
    var extraStylesheets: [String]
    /// The page icon from `favicon` or `static/favicon.*`.
    var favicon: Icon?
    var nav: [NavItem]
    var breadcrumbs: [Crumb]
    var hasBreadcrumbs: Bool
    /// `index`, `partnership`, `meeting`, `actions`: a class on `<body>` for styling.
    var pageKind: String
    /// The rendered body of the page (HTML).
    var content: String
}
