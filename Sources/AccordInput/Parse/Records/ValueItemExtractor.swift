import AccordCore

/// Finds the value items of a charter: top-level items under "Value for each party" whose
/// rendered text starts with a party id or name followed by `:`.
package enum ValueItemExtractor {
    package static let sectionName = SectionName.normalise("Value for each party")

    package static func items(in document: MarkdownDocument, parties: [Party], path: String) -> [ValueItem] {
        var items: [ValueItem] = []
        for section in document.sections where section.normalisedTitle == sectionName {
            for item in section.topLevelItems {
                let text = item.leadText
                guard let colon = text.firstIndex(of: ":") else { continue }
                let label = text[..<colon].trimmed
                let folded = label.foldedName
                let party = parties.first { $0.id.foldedName == folded || $0.name.foldedName == folded }
                guard let party else { continue }
                items.append(
                    ValueItem(
                        label: label, party: party.id, text: text[text.index(after: colon)...].trimmed,
                        location: SourceLocation(path: path, line: item.line, column: item.column)))
            }
        }
        return items
    }
}
