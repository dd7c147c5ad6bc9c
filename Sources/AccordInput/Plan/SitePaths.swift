/// Paths of the pages of a site and relative links between them.
public enum SitePaths {
    /// The portfolio page.
    public static let index = "index.html"
    /// The open-actions page (the first, when the actions take several).
    public static let actions = "actions.html"
    /// The folder of the further pages of open actions (`actions/2.html`, …); no other file may be written there.
    public static let actionsFolder = "actions"

    /// The path of page `number` (from 1) of the open actions.
    public static func actionsPage(_ number: Int) -> String {
        number <= 1 ? actions : "\(actionsFolder)/\(number).html"
    }

    /// True for the pages made from every partnership's metrics: the index, the pages of open actions and the
    /// metrics export.
    public static func isPortfolioPage(_ path: String) -> Bool {
        path == index || path == actions || path == metrics || path.hasPrefix(actionsFolder + "/")
    }
    /// The metrics export.
    public static let metrics = "metrics.json"
    /// The stylesheet.
    public static let stylesheet = "assets/style.css"
    /// The file that marks an output folder as Accord's (the writer's manifest).
    public static let outputMarker = ".accord-output"

    /// The prefix that leads from a page back to the site root (`""`, `../`, `../../`).
    public static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// A relative link from one page to another path of the site (percent-encoded where needed).
    public static func link(from page: String, to target: String) -> String {
        // Skip the folders both paths share, then climb out of the rest of the page's folders.
        let pageBytes = Array(page.utf8)
        let targetBytes = Array(target.utf8)
        var shared = 0  // length of the shared prefix that ends with a `/`
        var index = 0
        while index < pageBytes.count, index < targetBytes.count, pageBytes[index] == targetBytes[index] {
            if pageBytes[index] == UInt8(ascii: "/") { shared = index + 1 }
            index += 1
        }
        let ups = pageBytes[shared...].reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        var link = String(repeating: "../", count: ups)
        let rest = String(decoding: targetBytes[shared...], as: UTF8.self)
        link +=
            needsEncoding(rest)
            ? rest.split(separator: "/", omittingEmptySubsequences: false)
                .map { encode(String($0)) }.joined(separator: "/") : rest
        return link
    }

    /// True when a path has a byte that must be percent-encoded in a link.
    package static func needsEncoding(_ path: String) -> Bool {
        path.utf8.contains { byte in
            !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/"))
        }
    }

    /// Percent-encodes one path segment (spaces and non-URL characters).
    public static func encode(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Resolves a relative link written in a source file against that file's folder; nil when it
    /// leaves the content folder or is not relative.
    public static func resolve(_ link: String, against sourcePath: String) -> String? {
        if link.isEmpty || link.hasPrefix("/") || link.hasPrefix("#") || link.contains("://") { return nil }
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }  // mailto:, tel:
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
