import Foundation

/// The validators of a response (`ETag`, `Last-Modified`) and the conditional request headers that use them.
enum Validators {
    /// A strong entity tag of the bytes sent: FNV-1a (64 bits) and the length, so an edit changes it.
    static func entityTag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return "\"" + String(hash, radix: 16) + "-" + String(bytes.count, radix: 16) + "\""
    }

    /// Whether an `If-None-Match` value names the tag (`*` or a list; weak comparison, as RFC 9110 asks).
    static func noneMatchHolds(_ header: String, tag: String) -> Bool {
        let wanted = opaque(tag)
        for item in header.split(separator: ",") {
            let candidate = item.trimmingCharacters(in: .whitespaces)
            if candidate == "*" || opaque(candidate) == wanted { return true }
        }
        return false
    }

    /// A tag without its weakness prefix `W/`.
    static func opaque(_ tag: some StringProtocol) -> Substring {
        let text = Substring(tag)
        return text.hasPrefix("W/") ? text.dropFirst(2) : text
    }

    /// An IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` for seconds since 1970.
    static func httpDate(_ seconds: Int) -> String {
        imfFixdate().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The seconds since 1970 of an IMF-fixdate; nil for any other form (then the header is ignored).
    static func seconds(httpDate text: String) -> Int? {
        imfFixdate().date(from: text).map { Int($0.timeIntervalSince1970) }
    }

    /// The formatter of IMF-fixdates (a new one each time: `DateFormatter` is not `Sendable`).
    static func imfFixdate() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
