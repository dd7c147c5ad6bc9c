/// Free-form front matter data under `extra:`, kept for templates and never validated.
public indirect enum ExtraValue: Sendable, Hashable, Codable {
    /// A scalar, as written.
    case text(String)
    /// A YAML sequence.
    case list([ExtraValue])
    /// A YAML mapping, in the written order.
    case map([ExtraEntry])
}

/// One key and value of an `extra:` mapping.
public struct ExtraEntry: Sendable, Hashable, Codable {
    /// The key.
    public var key: String
    /// The value.
    public var value: ExtraValue

    /// An entry.
    package init(key: String, value: ExtraValue) {
        self.key = key
        self.value = value
    }
}
