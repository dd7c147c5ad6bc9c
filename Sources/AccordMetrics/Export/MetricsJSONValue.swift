import AccordCore

/// A JSON value with ordered object keys and preformatted numbers, written by hand for byte-stable output.
package indirect enum MetricsJSONValue {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A number already formatted as JSON (`78.0`, `3`, `0.44`).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([MetricsJSONValue])
    /// An object, keys in the given order.
    case object([(String, MetricsJSONValue)])

    /// An integer.
    package static func int(_ value: Int) -> MetricsJSONValue { .number(String(value)) }

    /// A number with exactly `places` decimals (rounded half away from zero), or null.
    package static func fixed(_ value: Double?, places: Int) -> MetricsJSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(NumberText.fixed(value, places: places))
    }

    /// A measured value as written, in Swift's shortest round-trip form (`22.0`, `0.125`), or null.
    package static func raw(_ value: Double?) -> MetricsJSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value.description)
    }

    /// A string, or null.
    package static func string(_ value: String?) -> MetricsJSONValue {
        value.map { .string($0) } ?? .null
    }

    /// True for values written on one line (everything but non-empty arrays and objects).
    package var isScalar: Bool {
        switch self {
        case .array(let items): items.isEmpty
        case .object(let fields): fields.isEmpty
        default: true
        }
    }

    /// The value pretty-printed with two-space indentation; arrays of scalars stay on one line.
    package func render(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    /// Appends the value's text to `out`.
    package func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out += JSONText.quoted(text)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
            } else if items.allSatisfy(\.isScalar) {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
            } else {
                let pad = String(repeating: " ", count: indent + 2)
                out += "[\n"
                for (index, item) in items.enumerated() {
                    out += pad
                    item.write(to: &out, indent: indent + 2)
                    out += index + 1 < items.count ? ",\n" : "\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            }
        case .object(let fields):
            guard !fields.isEmpty else {
                out += "{}"
                return
            }
            let pad = String(repeating: " ", count: indent + 2)
            out += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                out += pad + JSONText.quoted(key) + ": "
                value.write(to: &out, indent: indent + 2)
                out += index + 1 < fields.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }
}
