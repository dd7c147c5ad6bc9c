/// Locale-independent number formatting for charts: `.` decimal point, no `-0`, no exponent.
enum ChartNumber {
    /// The value rounded half away from zero to at most `decimals` places, trailing zeros dropped.
    ///
    /// Rounds the shortest decimal form of the double (`78.45` gives `78.5` at one place), so a
    /// value that is written with few decimals rounds as exact arithmetic would. Non-finite values
    /// give `0`; callers treat them as missing before getting here.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), 12)
        let negative = value < 0
        var (digits, point) = decimalDigits(of: negative ? -value : value)
        // Make sure there is at least one integer digit and `places + 1` fraction digits.
        if point <= 0 {
            digits = Array(repeating: 0, count: 1 - point) + digits
            point = 1
        }
        if digits.count < point + places + 1 {
            digits += Array(repeating: 0, count: point + places + 1 - digits.count)
        }
        let roundUp = digits[point + places] >= 5
        var kept = Array(digits[0..<(point + places)])
        if roundUp {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        var integer = Array(kept[0..<point])
        var fraction = Array(kept[point...])
        while integer.count > 1, integer[0] == 0 { integer.removeFirst() }
        while let last = fraction.last, last == 0 { fraction.removeLast() }
        let isZero = integer.allSatisfy { $0 == 0 } && fraction.isEmpty
        var out = negative && !isZero ? "-" : ""
        out += integer.map(String.init).joined()
        if !fraction.isEmpty {
            out += "." + fraction.map(String.init).joined()
        }
        return out
    }

    /// A percentage of a share in 0…1 (or beyond), e.g. `0.4375` → `44%` at zero places.
    static func percent(_ share: Double, decimals: Int = 0) -> String {
        format(share * 100, decimals: decimals) + "%"
    }

    /// Digits of the shortest decimal form of a non-negative finite double, and the position of
    /// the decimal point counted in digits from the left.
    private static func decimalDigits(of value: Double) -> (digits: [Int], point: Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [Int] = []
        var point: Int?
        for character in mantissa {
            if character == "." {
                point = digits.count
            } else if let digit = character.wholeNumberValue {
                digits.append(digit)
            }
        }
        return (digits, (point ?? digits.count) + exponent)
    }
}
