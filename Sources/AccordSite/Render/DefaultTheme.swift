/// The built-in theme: the files of the repository's `Templates/` folder, embedded at build time.
public enum DefaultTheme {
    /// Every file of the theme by relative path (`layout.mustache`, `assets/style.css`).
    public static var files: [String: String] { embeddedFiles }
}
