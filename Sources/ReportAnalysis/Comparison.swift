import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

import ReportIndicators

/// One canonical indicator across several places for one year; missing values stay nil, never 0.
public struct ComparisonRow: Sendable, Equatable {
    public var indicatorId: String
    public var indicator: String
    /// One cell per place, in the order asked for.
    public var cells: [SeriesRow?]

    public init(indicatorId: String, indicator: String, cells: [SeriesRow?]) {
        self.indicatorId = indicatorId; self.indicator = indicator; self.cells = cells
    }
}

extension Analysis {
    /// Every canonical indicator any of the places reports for `year`, side by side.
    /// With no year, the latest year all places have reports for (else the latest any has).
    public func compare(_ places: [PlaceSummary], year: Int?) -> (year: Int?, rows: [ComparisonRow]) {
        // Each report covers the year it reviews and the year it plans for.
        var common: Set<Int>?
        for p in places {
            let covered = Set(p.years.flatMap { [$0, $0 - 1] })
            common = common.map { $0.intersection(covered) } ?? covered
        }
        let latestAny = places.flatMap(\.years).max()
        let y = year ?? common?.max() ?? latestAny
        guard let y else { return (nil, []) }
        var ids: [String] = []
        for p in places {
            for ri in p.reports {
                for i in reports[ri].indicators where i.year == y {
                    if let id = i.canonicalId, !ids.contains(id) { ids.append(id) }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: catalog.entries.enumerated().map { ($0.element.id, $0.offset) })
        ids.sort { (order[$0] ?? 999) < (order[$1] ?? 999) }
        var rows: [ComparisonRow] = []
        for id in ids {
            var cells: [SeriesRow?] = []
            for p in places { cells.append(series(place: p, indicator: id).first { $0.year == y }) }
            let any = cells.contains { c in c.map { $0.value != nil || $0.growth != nil || $0.target != nil } ?? false }
            guard any else { continue }
            rows.append(ComparisonRow(indicatorId: id, indicator: catalog.entry(id: id)?.name ?? id, cells: cells))
        }
        return (y, rows)
    }
}
