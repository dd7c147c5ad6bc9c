/// Why a text is not a date, in words a user can act on.
extension Day {
    /// Month names used in date messages, the same in every locale.
    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Nil when `text` is a real `YYYY-MM-DD` date; otherwise what is wrong with it
    /// (`February 2026 has 28 days`, `there is no month 13`, `write the date as YYYY-MM-DD`).
    public static func problem(iso text: some StringProtocol) -> String? {
        if Day(iso: text) != nil { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } })
        else {
            return "write the date as YYYY-MM-DD"
        }
        if year < 1 { return "there is no year 0000" }
        guard (1...12).contains(month) else { return "there is no month \(parts[1])" }
        let days = daysInMonth(year: year, month: month)
        if day == 0 { return "there is no day 00" }
        return "\(monthNames[month - 1]) \(year) has \(days) days"
    }
}
