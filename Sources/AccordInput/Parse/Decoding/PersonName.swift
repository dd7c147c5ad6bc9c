import AccordCore

/// Splits `Name (party-id)` into a name and an explicit party id.
package enum PersonName {
    /// The name and the explicit party of a written person.
    package static func split(_ written: String) -> (name: String, party: String?) {
        let text = written.trimmed
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmed
        let name = text[..<open].trimmed
        guard !name.isEmpty, Slug.isValid(inside) else { return (text, nil) }
        return (name, inside)
    }

    /// A person reference from written text at a location.
    package static func reference(_ written: String, location: SourceLocation) -> PersonReference {
        let (name, party) = split(written)
        return PersonReference(name: name, explicitParty: party, location: location)
    }
}
