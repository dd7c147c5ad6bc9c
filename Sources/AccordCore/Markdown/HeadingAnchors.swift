/// The ids of a document's headings, GitHub-style: the one rule the renderer writes them by and the site
/// plan checks `note.md#heading` links against. A repeated heading gets `-1`, `-2`, … in document order.
public struct HeadingAnchors: Sendable, Codable, Equatable {
    private var used = Set<String>()
    /// The next suffix to try for each base: a note with thousands of equal headings stays linear.
    private var nextSuffix: [String: Int] = [:]

    /// An empty set of ids.
    public init() {}

    /// The ids of every heading of `document` (nested in quotes and lists too), in document order.
    public static func ids(of document: MarkdownDocument) -> [String] {
        var anchors = HeadingAnchors()
        var ids: [String] = []
        func visit(_ block: MarkdownBlock) {
            switch block {
            case .heading(_, let inlines, _): ids.append(anchors.next(for: inlines.plainText))
            case .blockQuote(let blocks, _): blocks.forEach(visit)
            case .list(let list, _): for item in list.items { item.blocks.forEach(visit) }
            case .paragraph, .codeBlock, .html, .thematicBreak, .table: break
            }
        }
        document.blocks.forEach(visit)
        return ids
    }

    /// The id of the next heading whose plain text is `text`, unique among those given so far.
    public mutating func next(for text: String) -> String {
        let slug = Self.slug(text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        var counter = nextSuffix[base] ?? 1
        if counter > 1 { candidate = base + "-\(counter - 1)" }
        while used.contains(candidate) {
            candidate = base + "-\(counter)"
            counter += 1
        }
        nextSuffix[base] = counter
        used.insert(candidate)
        return candidate
    }

    /// GitHub-style heading slug: lower-cased, punctuation dropped, spaces to hyphens. Decided per
    /// Unicode scalar (letters, marks, digits), so no quote can ride along in a grapheme cluster.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if isWordScalar(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " {
                out.append("-")
            }
        }
        return out
    }

    /// A letter, a digit or a combining mark that HTML allows: what an id keeps of a text (the one rule of
    /// heading ids and of the ids Accord makes from goal and party ids).
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII: only the letters and digits are alphabetic or numeric, and no mark is ASCII.
        if scalar.isASCII { return Character(scalar).isASCIILetterOrDigit }
        let properties = scalar.properties
        return
            (properties.isAlphabetic || properties.numericType != nil
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory))
            && !Escape.isForbidden(scalar)
    }
}
