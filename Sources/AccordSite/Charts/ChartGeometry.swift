import AccordCore

/// Scales and point grouping shared by the line charts.
package enum ChartGeometry {
    /// Points sorted by date; points on the same date keep their input order.
    package static func sortedByDay(_ points: [ChartPoint]) -> [ChartPoint] {
        points.enumerated()
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
            .map(\.element)
    }

    /// Runs of consecutive points that have a value; a point without one ends a run.
    package static func runs(_ points: [ChartPoint]) -> [[ChartPoint]] {
        var out: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for point in points {
            if point.finiteValue == nil {
                if !current.isEmpty { out.append(current) }
                current = []
            } else {
                current.append(point)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Maps dates linearly onto `from…to`; a single date goes to the middle.
    package struct TimeScale {
        package let first: Int
        package let last: Int
        package let from: Double
        package let to: Double

        package init(days: [Day], from: Double, to: Double) {
            first = days.map(\.ordinal).min() ?? 0
            last = days.map(\.ordinal).max() ?? 0
            self.from = from
            self.to = to
        }

        package func x(_ day: Day) -> Double {
            guard last > first else { return (from + to) / 2 }
            return from + Double(day.ordinal - first) / Double(last - first) * (to - from)
        }
    }

    /// Maps values of `domain` linearly onto `from…to`, clamping values outside the domain.
    package struct LinearScale {
        package let domain: ClosedRange<Double>
        package let from: Double
        package let to: Double

        package func y(_ value: Double) -> Double {
            let span = domain.upperBound - domain.lowerBound
            guard span > 0 else { return (from + to) / 2 }
            let clamped = min(max(value, domain.lowerBound), domain.upperBound)
            return from + (clamped - domain.lowerBound) / span * (to - from)
        }
    }
}
