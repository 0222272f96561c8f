import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

import ReportIndicators

/// Whether a year's actual growth reached the target set for it.
public enum Attainment: String, Sendable, Codable { case met, missed, noData = "no-data" }

/// One year of an indicator for one place: actual level and growth, the target, attainment,
/// a previous-year level derived from level and growth, other statements of the same year, and consistency.
public struct SeriesRow: Sendable, Equatable {
    public var year: Int
    /// Actual level in base units, the unit, and the growth reported with it.
    public var value: Double?
    public var unit: String?
    public var growth: Double?
    /// The report (file) the actual comes from, and whether it was a forecast (预计) at the time.
    public var source: String?
    public var preliminary: Bool
    /// Level implied by the next year's level and growth (value / (1 + growth)), when no actual is stated.
    public var derived: Double?
    /// The target for this year from the report delivered that year.
    public var target: Double?
    public var targetIsGrowth: Bool
    public var targetQualifier: Qualifier?
    public var targetRange: ValueRange?
    /// The base unit of a level target (吨, 元, %); nil for a growth target.
    public var targetUnit: String? = nil
    public var attainment: Attainment
    /// Actual growth minus target growth, percentage points.
    public var gap: Double?
    /// Other statements of this year's actual (earlier preliminary figures), latest last.
    public var revisions: [Double]
    /// The growth rate disagrees with the two levels it connects by more than the tolerance.
    public var inconsistent: Bool
    /// The statements the level, the growth and the target were read from: the sentence behind each cell.
    public var valueSource: SourceRef? = nil
    public var growthSource: SourceRef? = nil
    public var targetSource: SourceRef? = nil

    /// The statement of the outcome the target is judged on: growth for a growth target, else the level.
    public var outcomeStatement: SourceRef? { targetIsGrowth ? growthSource ?? valueSource : valueSource ?? growthSource }

    /// The statement a user asks about first: the outcome, or the target when there is no outcome.
    public var outcomeSource: SourceRef? { outcomeStatement ?? targetSource }
}

/// Year-over-year series, targets against actuals, and comparisons, computed from parsed reports.
/// Lives in the shared model so the dashboard and the command line show the same numbers.
public struct Analysis: Sendable {
    public let reports: [Report]
    public let places: PlaceIndex
    public let catalog: IndicatorCatalog
    /// The base unit of each catalog indicator's usual unit (亿元 → 元, 万亩 → 亩), by id: a level in another
    /// unit family is not that indicator (地区生产总值 … 3个千亿元台阶 is a count, not GDP).
    let baseUnits: [String: String]

    public init(reports: [Report], catalog: IndicatorCatalog = .bundled) {
        self.reports = reports
        self.places = PlaceIndex(reports)
        self.catalog = catalog
        self.baseUnits = Dictionary(catalog.entries.compactMap { e in QuantityParser.parse("1" + e.unit).first?.baseUnit.map { (e.id, $0) } },
                                    uniquingKeysWith: { a, _ in a })
    }

    /// Finds an indicator by canonical name, alias, id or pinyin (gdp, dqsczz).
    public func indicator(_ query: String) -> IndicatorCatalog.Entry? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if let e = catalog.entries.first(where: { $0.name == q || $0.id == q.lowercased() || $0.aliases.contains(q) }) { return e }
        if let e = catalog.match(q) { return e }
        let lower = q.lowercased()
        if lower.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
            if let e = catalog.entries.first(where: { e in e.aliases.contains { $0.lowercased() == lower } }) { return e }
            return catalog.entries.first { e in PinyinTable.spellsWhole(lower, e.name) || e.aliases.contains { PinyinTable.spellsWhole(lower, $0) } }
        }
        return nil
    }

    /// Full-year statements only: 截至10月底, 前三季度 and 年均 figures are not the year's actual.
    static func isFullYear(_ i: Indicator) -> Bool { i.period == nil || i.period == "全年" }

    /// A statement usable as a level: in the indicator's unit, not a threshold crossed (迈上4万亿元台阶) and,
    /// for actuals, not a bound (突破1万亿元, 超过).
    static func usableLevel(_ i: Indicator, unit: String?) -> Bool {
        guard i.baseValue != nil, !i.milestone else { return false }
        if let unit, i.baseUnit != unit { return false }
        if i.role != .target, let q = i.qualifier, q != .approx { return false }
        return true
    }

    /// How far the growth implied by two levels may sit from the stated growth, in points. Levels are
    /// nominal and growth is usually real (at comparable prices), so the gap is the deflator: from a
    /// little deflation to a price boom, not rounding alone.
    public static let consistencyBand: ClosedRange<Double> = -3.5...6.5

    public func series(place: PlaceSummary, indicator id: String) -> [SeriesRow] {
        let unit = baseUnits[id]
        struct Stated { var value: Double?; var unit: String?; var growth: Double?; var file: String; var reportYear: Int; var forecast: Bool; var ref: SourceRef }
        var actuals: [Int: [Stated]] = [:]
        var targets: [Int: (indicator: Indicator, file: String)] = [:]
        for ri in place.reports {
            let r = reports[ri]
            let reportYear = r.displayYear ?? 0
            for i in r.indicators where i.canonicalId == id && Self.isFullYear(i) {
                guard let y = i.year else { continue }
                switch i.role {
                case .actual, .forecast:
                    let level = Self.usableLevel(i, unit: unit)
                    guard level || i.change?.percent != nil, !i.redacted else { continue }
                    actuals[y, default: []].append(Stated(value: level ? i.baseValue : nil, unit: level ? i.baseUnit : nil, growth: i.change?.percent, file: r.file,
                                                          reportYear: reportYear, forecast: i.role == .forecast || i.estimated,
                                                          ref: SourceRef(i, file: r.file)))
                case .target:
                    // The target for year Y comes from the report delivered in Y; the first statement of it wins.
                    guard y == r.planYear, targets[y] == nil, i.change?.percent != nil || Self.usableLevel(i, unit: unit) else { continue }
                    targets[y] = (i, r.file)
                }
            }
        }
        let years = Set(actuals.keys).union(targets.keys).sorted()
        var rows: [SeriesRow] = []
        for y in years {
            // The latest report's statement wins; within a report the first (the headline) wins, so statements
            // are ordered by report year and then backwards through the report.
            let stated = (actuals[y] ?? []).enumerated().sorted { ($0.element.reportYear, -$0.offset) < ($1.element.reportYear, -$1.offset) }.map(\.element)
            let value = stated.last(where: { $0.value != nil })
            let growth = stated.last(where: { $0.growth != nil })
            let best = value ?? growth
            var row = SeriesRow(year: y, value: value?.value, unit: value?.unit, growth: growth?.growth, source: best?.file,
                                preliminary: best?.forecast ?? false, derived: nil, target: nil, targetIsGrowth: false, targetQualifier: nil,
                                targetRange: nil, attainment: .noData, gap: nil,
                                revisions: stated.compactMap(\.value).dropLast().filter { $0 != value?.value }, inconsistent: false)
            row.valueSource = value?.ref
            row.growthSource = growth?.ref
            if let (t, file) = targets[y] {
                row.targetSource = SourceRef(t, file: file)
                row.targetIsGrowth = t.change?.percent != nil
                row.target = t.change?.percent ?? t.baseValue
                row.targetQualifier = t.qualifier
                row.targetRange = t.range
                row.targetUnit = row.targetIsGrowth ? nil : t.baseUnit
                let direction = catalog.entry(id: id)?.direction ?? .higher
                // A rate stated as a level (居民消费价格涨幅3%左右) against an outcome stated as a change (同比上涨2.1%).
                let outcome = row.targetIsGrowth ? row.growth : (row.value ?? (t.baseUnit == "%" ? row.growth : nil))
                if let o = outcome, let tv = row.target {
                    let j = AttainmentRule.judge(outcome: o, target: tv, qualifier: t.qualifier, range: t.range, direction: direction)
                    row.attainment = j.attainment
                    // The gap is in points: for growth targets and for rates stated as levels (失业率5.5%); a level's
                    // gap in its own unit is not shown.
                    row.gap = row.targetIsGrowth || t.baseUnit == "%" ? j.gap : nil
                }
            }
            rows.append(row)
        }
        // Derived previous-year levels and consistency of growth with the two levels.
        for k in rows.indices {
            guard let v = rows[k].value, let g = rows[k].growth, g > -100 else { continue }
            let implied = v / (1 + g / 100)
            let derived = abs(implied) >= 1000 ? implied.rounded() : (implied * 100).rounded() / 100
            if let p = rows.firstIndex(where: { $0.year == rows[k].year - 1 }) {
                if rows[p].value == nil { rows[p].derived = derived }
                else if let pv = rows[p].value, pv > 0 {
                    let actualGrowth = (v / pv - 1) * 100
                    rows[k].inconsistent = !Self.consistencyBand.contains(actualGrowth - g)
                }
            } else {
                let d = SeriesRow(year: rows[k].year - 1, value: nil, unit: rows[k].unit, growth: nil, source: nil, preliminary: false,
                                  derived: derived, target: nil, targetIsGrowth: false, targetQualifier: nil,
                                  targetRange: nil, attainment: .noData, gap: nil, revisions: [], inconsistent: false)
                rows.append(d)
            }
        }
        return rows.sorted { $0.year < $1.year }
    }
}
