import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

/// The one normaliser of the leak check: turns a line of content or a file of the output into the bytes that are
/// compared. White space (also no-break spaces) is dropped, so line breaks and indentation in the output do not
/// hide a line; character references (`&amp;`, `&#39;`) and JSON escapes (`\"`, `\u00e9`) are decoded; in
/// markup, a second form drops the tags, so `We will <strong>not</strong> go` reads as the line it came from.
package enum LeakText {
    /// How a file is read.
    package enum Form {
        /// HTML, SVG or XML: references decoded, read with and without tags.
        case markup
        /// JSON: escapes decoded.
        case json
        /// Any other text, as it is.
        case plain

        /// The form of an output path, by its extension.
        package init(path: String) {
            let name = path.lowercased()
            if [".html", ".htm", ".svg", ".xml", ".xhtml"].contains(where: { name.hasSuffix($0) }) {
                self = .markup
            } else if name.hasSuffix(".json") {
                self = .json
            } else {
                self = .plain
            }
        }
    }

    /// A line of content, normalised.
    package static func line(_ text: String) -> [UInt8] {
        dropSpace(Array(text.utf8))
    }

    /// The forms of a file's bytes to search.
    package static func forms(of bytes: [UInt8], as form: Form) -> [[UInt8]] {
        switch form {
        case .markup: [dropSpace(decodeReferences(bytes)), dropSpace(decodeReferences(dropTags(bytes)))]
        case .json: [dropSpace(decodeJSON(bytes))]
        case .plain: [dropSpace(bytes)]
        }
    }

    /// The bytes without ASCII white space and U+00A0.
    package static func dropSpace(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// The bytes outside `<…>`.
    package static func dropTags(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inTag = false
        for byte in bytes {
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
            } else {
                out.append(byte)
            }
        }
        return out
    }

    package static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{A0}",
    ]

    /// Character references decoded (named ones Accord writes, decimal and hexadecimal).
    package static func decodeReferences(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&"),
                let end = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";"))
            else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = named[name]
            }
            guard let scalar else {
                out.append(bytes[index])
                index += 1
                continue
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = end + 1
        }
        return out
    }

    /// JSON string escapes decoded (`\uXXXX` with surrogate pairs).
    package static func decodeJSON(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func hex(at position: Int) -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            return UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let next = bytes[index + 1]
            switch next {
            case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                out.append(0x20)
                index += 2
            case UInt8(ascii: "u"):
                guard var value = hex(at: index + 2) else {
                    out.append(next)
                    index += 2
                    continue
                }
                index += 6
                if (0xD800..<0xDC00).contains(value), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex(at: index + 2), (0xDC00..<0xE000).contains(low)
                {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                if let scalar = Unicode.Scalar(value) { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
            default:
                out.append(next)
                index += 2
            }
        }
        return out
    }
}
