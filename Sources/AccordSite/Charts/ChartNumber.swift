import AccordCore

/// Chart-specific number text; numbers themselves are formatted by `NumberText`.
package enum ChartNumber {
    /// A percentage of a share in 0…1 (or beyond), e.g. `0.4375` → `44%` at zero places.
    package static func percent(_ share: Double, decimals: Int = 0) -> String {
        NumberText.trimmed(share * 100, places: decimals) + "%"
    }
}
