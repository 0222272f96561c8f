import Foundation
import GRDB
import ReportModel
import Synchronization

/// What the index keeps in memory once asked: the distinct indicator names with their pinyin, and the places.
final class QueryCaches: Sendable {
    let names = Mutex<IndicatorNameIndex?>(nil)
    let places = Mutex<(index: PlaceIndex, ids: [String: Int64])?>(nil)
}

/// The dashboard's questions answered from the index: each is a few indexed reads, so they stay fast at
/// 100,000 reports (docs/performance.md). Series and comparisons load only the places asked about.
extension IndexStore: CorpusQueries {
    public func document(file: String) throws -> Report { try ReportReader.read(path: file) }

    /// Reads the distinct indicator names with their pinyin and the places into memory: the dashboard asks at
    /// start, in the background, so its first search does not wait for them.
    public func prepare() throws {
        _ = try nameIndex()
        _ = try placeIndex()
    }

    /// Interrupts the SQLite statements running now (a stale search's scan); they throw SQLITE_INTERRUPT.
    public func interrupt() { pool.interrupt() }

    /// The distinct names and their pinyin, built on first use (one read of `indicator_names`).
    func nameIndex() throws -> IndicatorNameIndex {
        if let known = caches.names.withLock({ $0 }) { return known }
        let names = try pool.read { db in
            try IndicatorNameRecord.filter(IndicatorNameRecord.Columns.n > 0).fetchAll(db).map { (name: $0.name, count: $0.n) }
        }
        let index = IndicatorNameIndex(names: names)
        caches.names.withLock { $0 = index }
        return index
    }

    public func searchIndicators(_ query: String, limit: Int) throws -> [IndicatorMatch] {
        let (name, place) = QueryText.indicatorQuery(query)
        let found = try nameIndex().matches(name)
        guard !found.isEmpty else { return [] }
        let placeCondition = place == nil ? "" : "AND r.place LIKE ? ESCAPE '\\'"
        let placeArgs: [String] = place.map { [Self.likePattern($0)] } ?? []
        return try pool.read { db in
            var out: [IndicatorMatch] = []
            var seen = Set<String>()
            let order = "i.year DESC, i.id", n = MemoryQueries.perName
            for m in found {
                let found: [IndicatorHit]
                switch m.target {
                case .canonical(let id):
                    found = try hits(db, where: "i.canonical_id = ? \(placeCondition)", order: order, limit: n, StatementArguments([id] + placeArgs))
                case .name(let name):
                    guard let nameId = try Int64.fetchOne(db, sql: "SELECT id FROM indicator_names WHERE name = ?", arguments: [name]) else { continue }
                    found = try hits(db, where: "i.name_id = ? \(placeCondition)", order: order, limit: n,
                                     StatementArguments([nameId] as [Int64]) + StatementArguments(placeArgs))
                }
                for h in found where seen.insert(h.file + "#\(h.indicator.paragraph):\(h.indicator.start)").inserted {
                    out.append(IndicatorMatch(hit: h, match: m))
                    if out.count >= limit { return out }
                }
            }
            return out
        }
    }

    /// Places as the index resolved them, for finding one by any spelling.
    func placeIndex() throws -> (index: PlaceIndex, ids: [String: Int64]) {
        if let known = caches.places.withLock({ $0 }) { return known }
        let loaded = try pool.read { db -> (PlaceIndex, [String: Int64]) in
            var places: [PlaceSummary] = []
            var ids: [String: Int64] = [:]
            for record in try PlaceRecord.order(PlaceRecord.Columns.id).fetchAll(db) {
                ids[Self.key(record.summary)] = record.id
                places.append(record.summary)
            }
            return (PlaceIndex(places: places), ids)
        }
        caches.places.withLock { $0 = loaded }
        return loaded
    }

    static func key(_ p: PlaceSummary) -> String { p.name + "#" + (p.level?.rawValue ?? "") }

    /// The reports of the given places with their metadata and the indicators `filter` selects (an SQL condition on
    /// `i`), grouped by place in the order given: the input of a series or a comparison.
    func placeReports(_ places: [PlaceSummary], ids: [String: Int64], indicators filter: String, _ args: [String]) throws -> [[Report]] {
        try pool.read { db in
            try places.map { p -> [Report] in
                guard let pid = ids[Self.key(p)] else { return [] }
                typealias R = ReportRecord.Columns
                let records = try ReportRecord.filter(R.placeId == pid).order(R.displayYear, R.path).fetchAll(db)
                return try records.compactMap { record in
                    guard let id = record.id else { return nil }
                    var r = record.report
                    r.file = absolute(record.path)
                    r.indicators = try IndicatorRecord.fetchAll(db, sql: """
                        SELECT \(IndicatorRecord.selection) FROM indicators i \(IndicatorRecord.joins) WHERE i.id BETWEEN ? AND ? AND \(filter) ORDER BY i.id
                        """, arguments: StatementArguments([id * Schema.span, id * Schema.span + Schema.span - 1] as [Int64]) + StatementArguments(args))
                        .map(\.indicator)
                    return r
                }
            }
        }
    }

    /// An analysis over the given places' reports only, with each place's summary pointing at its own reports.
    func analysis(of places: [PlaceSummary], ids: [String: Int64], indicators filter: String, _ args: [String]) throws -> (Analysis, [PlaceSummary]) {
        let grouped = try placeReports(places, ids: ids, indicators: filter, args)
        var all: [Report] = [], summaries: [PlaceSummary] = []
        for (p, reports) in zip(places, grouped) {
            var s = p
            s.reports = Array(all.count..<(all.count + reports.count))
            all += reports
            summaries.append(s)
        }
        return (Analysis(reports: all), summaries)
    }

    public func series(place: String, indicator id: String) throws -> PlaceSeries {
        let name = IndicatorCatalog.bundled.entry(id: id)?.name ?? id
        let (index, ids) = try placeIndex()
        guard let p = index.find(place) else { return PlaceSeries(place: nil, indicator: name, rows: []) }
        let (a, s) = try analysis(of: [p], ids: ids, indicators: "+i.canonical_id = ?", [id])
        return PlaceSeries(place: p.name, indicator: name, rows: s.first.map { a.series(place: $0, indicator: id) } ?? [])
    }

    public func compare(places names: [String], year: Int?) throws -> Comparison {
        let (index, ids) = try placeIndex()
        let found = names.map { index.find($0) }
        let (a, s) = try analysis(of: found.compactMap { $0 }, ids: ids, indicators: "+i.canonical_id IS NOT NULL", [])
        var k = 0
        let summaries: [PlaceSummary?] = found.map { f in
            guard f != nil else { return nil }
            defer { k += 1 }
            return s[k]
        }
        return a.comparison(names, found: summaries, year: year)
    }
}
