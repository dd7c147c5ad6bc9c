/// How often governance meetings are expected.
public enum Cadence: Sendable, Hashable, CustomStringConvertible, Codable {
    /// Every 7 days.
    case weekly
    /// Every 14 days.
    case fortnightly
    /// Every 30 days.
    case monthly
    /// Every 91 days.
    case quarterly
    /// Every N days (N ≥ 1).
    case everyDays(Int)

    /// The cadence in days.
    public var days: Int {
        switch self {
        case .weekly: 7
        case .fortnightly: 14
        case .monthly: 30
        case .quarterly: 91
        case .everyDays(let n): n
        }
    }

    /// The cadence as written in a charter.
    public var description: String {
        switch self {
        case .weekly: "weekly"
        case .fortnightly: "fortnightly"
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .everyDays(let n): "every \(n) days"
        }
    }
}
