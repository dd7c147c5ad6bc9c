import AccordKit

/// A request target turned into the path segments of a file below the site's root folder.
public struct RequestPath: Sendable, Equatable {
    /// Why a target cannot name a file of the site.
    public enum Problem: Error, Sendable, Equatable {
        /// Not an origin-form path, bad percent-encoding, an encoded `/` or `\`, not UTF-8, or a NUL byte.
        case malformed
        /// A `..` segment (after percent-decoding): it would leave the site's folder.
        case traversal
    }

    /// The decoded segments, without empty and `.` segments.
    public var segments: [String]
    /// Whether the path ends with `/` (a folder, served by its `index.html`).
    public var namesFolder: Bool

    /// Parses the target of a request: drops the query and fragment, percent-decodes, rejects `..`.
    public init(target: String) throws(Problem) {
        var raw = Substring(target)
        if let cut = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<cut] }
        guard raw.hasPrefix("/") else { throw .malformed }
        var bytes: [UInt8] = []
        var utf8 = raw.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(Self.hexValue), let low = utf8.next().flatMap(Self.hexValue) else {
                throw .malformed
            }
            let decoded = high << 4 | low
            // An encoded separator would hide a segment boundary from this check: never a file name here.
            guard decoded != UInt8(ascii: "/"), decoded != UInt8(ascii: "\\") else { throw .malformed }
            bytes.append(decoded)
        }
        guard !bytes.contains(0), let decoded = String(validating: bytes, as: UTF8.self) else { throw .malformed }
        var segments: [String] = []
        for segment in decoded.split(separator: "/") {
            if segment == ".." { throw .traversal }
            if segment == "." { continue }
            segments.append(String(segment))
        }
        self.segments = segments
        self.namesFolder = decoded.hasSuffix("/") || decoded.hasSuffix("/.")
    }

    /// The path of this folder with its trailing slash, re-encoded from the segments: it always starts
    /// with exactly one `/`, so a redirect to it never leaves the site (`//host/x` becomes `/host/x/`).
    public var folderLocation: String {
        "/" + segments.map(SitePaths.encode).map { $0 + "/" }.joined()
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
