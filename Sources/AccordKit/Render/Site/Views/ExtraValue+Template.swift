extension ExtraValue {
    /// The value as plain Swift values that Mustache templates can read (`{{extra.key}}`).
    var templateValue: Any {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.map(\.templateValue)
        case .map(let entries):
            var dictionary: [String: Any] = [:]
            for entry in entries { dictionary[entry.key] = entry.value.templateValue }
            return dictionary
        }
    }
}
