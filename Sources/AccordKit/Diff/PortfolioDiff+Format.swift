import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

extension PortfolioDiff {
    /// The partnership page's link: relative to the site root, or under `baseURL` when given.
    package static func link(_ partnership: PartnershipDiff, baseURL: String?) -> String {
        guard var base = baseURL, !base.isEmpty else { return partnership.pagePath }
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + partnership.pagePath
    }

    /// The diff as Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a heading, the report date, then
    /// one line per change, each starting with the partnership linked to its page; one line when nothing changed.
    public func markdown(baseURL: String? = nil) -> String {
        let sides =
            "`\(Escape.line(base).replacingAll("`", with: "'"))` and "
            + (head == Self.workTree ? "the work tree" : "`\(Escape.line(head).replacingAll("`", with: "'"))`")
        guard !isEmpty else {
            return "Accord: no partnership's health changed between \(sides) (report date \(asOf)).\n"
        }
        var out = "## Accord: health changes\n\n"
        let count = partnerships.count
        out +=
            "\(count) \(count == 1 ? "partnership" : "partnerships") changed between \(sides) (report date \(asOf)).\n\n"
        for partnership in partnerships {
            let title = Escape.markdown(partnership.title)
            let name =
                partnership.presence == .removed
                ? "\(title) (`\(partnership.slug)`)"
                : "[\(title)](\(Escape.url(Self.link(partnership, baseURL: baseURL)).replacingAll("(", with: "%28").replacingAll(")", with: "%29")))"
            for change in partnership.changes {
                out += "- \(name): \(Escape.markdown(change.text))\n"
            }
        }
        return out
    }

    /// The head name of the work tree.
    public static let workTree = "work tree"

    /// The diff as JSON: the sides, the report date and every changed partnership with its changes.
    public func json(baseURL: String? = nil) -> String {
        func quoted(_ text: String?) -> String { text.map { JSONText.quoted($0, escapingInvisibles: true) } ?? "null" }
        var out =
            "{\n  \"base\": \(quoted(base)),\n  \"head\": \(quoted(head)),\n  \"as_of\": \(quoted(asOf.description)),\n"
        out += "  \"changed\": \(partnerships.isEmpty ? "false" : "true"),\n  \"partnerships\": ["
        for (index, partnership) in partnerships.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out +=
                "    {\n      \"slug\": \(quoted(partnership.slug)),\n      \"title\": \(quoted(partnership.title)),\n"
            out +=
                "      \"link\": \(partnership.presence == .removed ? "null" : quoted(Self.link(partnership, baseURL: baseURL))),\n"
            out += "      \"presence\": \(quoted(partnership.presence.rawValue)),\n"
            out +=
                "      \"tier\": {\"base\": \(quoted(partnership.baseTier?.rawValue)), "
                + "\"head\": \(quoted(partnership.headTier?.rawValue))},\n"
            out += "      \"changes\": ["
            for (number, change) in partnership.changes.enumerated() {
                out += number == 0 ? "\n" : ",\n"
                out +=
                    "        {\"kind\": \(quoted(change.kind.rawValue)), \"id\": \(quoted(change.id)), "
                    + "\"before\": \(quoted(change.before)), \"after\": \(quoted(change.after)), \"text\": \(quoted(change.text))}"
            }
            out += partnership.changes.isEmpty ? "]\n    }" : "\n      ]\n    }"
        }
        out += partnerships.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
