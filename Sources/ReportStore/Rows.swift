import Foundation
import GRDB
import ReportModel

/// Writing one parsed report into the tables, and reading reports back for analysis.
extension IndexStore {
    /// What `stat` and the content hash said about a file when it was stored.
    struct Stored: Sendable {
        var id: Int64?
        var size: Int64
        var mtime: Double
        var hash: String
        var parserVersion: Int
        var failed: Bool
    }

    /// Every stored file (reports and failures) by corpus-relative path.
    func storedFiles() throws -> [String: Stored] {
        try pool.read { db in
            typealias R = ReportRecord.Columns
            var out: [String: Stored] = [:]
            let reports = try Row.fetchCursor(db, ReportRecord.select(R.path, R.id, R.size, R.mtime, R.hash, R.parserVersion))
            while let r = try reports.next() {
                out[r[R.path]] = Stored(id: r[R.id], size: r[R.size], mtime: r[R.mtime], hash: r[R.hash], parserVersion: r[R.parserVersion], failed: false)
            }
            for f in try FailureRecord.fetchAll(db) {
                out[f.path] = Stored(id: nil, size: f.size, mtime: f.mtime, hash: f.hash, parserVersion: f.parserVersion, failed: true)
            }
            return out
        }
    }

    /// Removes every row of the file at `path` (report, sections, indicators, FTS rows, failure).
    static func delete(_ db: Database, path: String) throws {
        try FailureRecord.deleteOne(db, key: path)
        guard let id = try ReportRecord.select(ReportRecord.Columns.id, as: Int64.self).filter(ReportRecord.Columns.path == path).fetchOne(db)
        else { return }
        let lo = id * Schema.span, hi = lo + Schema.span - 1
        try db.execute(sql: """
            UPDATE indicator_names SET n = n - c.k
            FROM (SELECT name_id, count(*) AS k FROM indicators WHERE id BETWEEN ?1 AND ?2 GROUP BY name_id) AS c
            WHERE indicator_names.id = c.name_id
            """, arguments: [lo, hi])
        try IndicatorRecord.filter((lo...hi).contains(IndicatorRecord.Columns.id)).deleteAll(db)
        try db.execute(sql: "DELETE FROM paragraph_fts WHERE rowid BETWEEN ? AND ?", arguments: [lo, hi])
        try SectionRecord.filter(SectionRecord.Columns.reportId == id).deleteAll(db)
        try ReportRecord.deleteOne(db, key: id)
    }

    /// Replaces whatever was stored for `path` with the parsed report (inside the caller's transaction).
    static func insert(_ db: Database, report r: Report, path: String, size: Int64, mtime: Double, hash: String) throws {
        try delete(db, path: path)
        let paragraphCount = min(r.paragraphs.count, Int(Schema.span))
        var record = ReportRecord(report: r, path: path, size: size, mtime: mtime, hash: hash, paragraphCount: paragraphCount,
                                  indicatorCount: min(r.indicators.count, Int(Schema.span)))
        try record.insert(db)
        let id = db.lastInsertedRowID
        let base = id * Schema.span

        for (i, s) in r.sections.enumerated() { try SectionRecord(reportId: id, ord: i, section: s).insertPrepared(db) }

        let paragraph = try db.cachedStatement(sql: "INSERT INTO paragraph_fts(rowid, text, display) VALUES (?, ?, ?)")
        for (i, p) in r.paragraphs.prefix(paragraphCount).enumerated() where !p.text.isEmpty {
            // The original script is kept only where it differs in more than folded punctuation and digits.
            try paragraph.execute(arguments: [base + Int64(i), p.text, r.script == .simplified || p.display == p.text ? nil : p.display])
        }

        let addNameFTS = try db.cachedStatement(sql: "INSERT INTO name_fts(rowid, name) VALUES (?, ?)")
        // Names are looked up, added and counted once per distinct name of every report: prepared statements, not
        // requests compiled each time (an ingest of the corpus runs them a few hundred thousand times).
        let findName = try db.cachedStatement(sql: "SELECT id FROM indicator_names WHERE name = ?")
        let addName = try db.cachedStatement(sql: "INSERT INTO indicator_names(name, n) VALUES (?, 0)")
        var nameIds: [String: Int64] = [:], uses: [Int64: Int] = [:]
        for (i, x) in r.indicators.prefix(Int(Schema.span)).enumerated() {
            let nameId: Int64
            if let known = nameIds[x.name] { nameId = known } else if let known = try Int64.fetchOne(findName, arguments: [x.name]) {
                nameId = known
            } else {
                try addName.execute(arguments: [x.name])
                nameId = db.lastInsertedRowID
                try addNameFTS.execute(arguments: [nameId, x.name])
            }
            nameIds[x.name] = nameId
            uses[nameId, default: 0] += 1
            try IndicatorRecord(id: base + Int64(i), nameId: nameId, indicator: x).insertPrepared(db)
        }
        let countName = try db.cachedStatement(sql: "UPDATE indicator_names SET n = n + ? WHERE id = ?")
        for (nameId, k) in uses { try countName.execute(arguments: [k, nameId]) }
    }

    /// Records a file that could not be read (replacing any earlier rows for it).
    static func insertFailure(_ db: Database, path: String, size: Int64, mtime: Double, hash: String, problem: String) throws {
        try delete(db, path: path)
        try FailureRecord(path: path, size: size, mtime: mtime, hash: hash, parserVersion: ReportReader.parserVersion, problem: problem).insert(db)
    }

    // MARK: reading back

    /// The report a stored row describes (metadata only), with its absolute path.
    func report(from row: Row) -> Report { ReportRecord(row: row, root: root).report }

    static func indicator(from row: Row) -> Indicator { IndicatorRecord(row: row).indicator }

    /// What a query selects for an `IndicatorHit`: the indicator (`i`) and its report's path, place and year (`r`).
    static let hitSelection = "\(IndicatorRecord.selection), r.path AS report_path, r.place AS report_place, r.display_year AS report_year"

    /// An indicator with its report, from a row selected with `hitSelection`. The hit's year is the figure's own,
    /// its report's only when the figure has none (a 2023 report's 2022 actual is 2022's).
    func hit(from row: Row) -> IndicatorHit {
        let x = Self.indicator(from: row)
        return IndicatorHit(file: absolute(row["report_path"]), place: row["report_place"], year: x.year ?? row["report_year"], indicator: x)
    }

    /// What a list of reports shows (place, level, kind, title, years, date), in the dashboard's order: the
    /// fewest columns, so 100,000 reports list at once.
    public func reportList() throws -> [Report] {
        try pool.read { db in
            typealias R = ReportRecord.Columns
            var reports: [Report] = []
            reports.reserveCapacity(try ReportRecord.fetchCount(db))
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, place, level, kind, title, date, review_year, plan_year FROM reports ORDER BY \(Schema.listOrder)
                """)
            while let row = try rows.next() {
                var r = Report(file: absolute(row[R.path]))
                r.place.name = row[R.place]
                if let level: String = row[R.level] { r.place.level = PlaceLevel(rawValue: level) }
                r.kind = ReportKind(rawValue: row[R.kind]) ?? .other
                r.title = row[R.title]; r.date = row[R.date]; r.reviewYear = row[R.reviewYear]; r.planYear = row[R.planYear]
                reports.append(r)
            }
            return reports
        }
    }

    /// Every stored report with its metadata and, when asked, its indicators — what the analysis commands need.
    /// Sections, paragraphs and text are not loaded (the dashboard reads the report under its cursor from the file).
    public func reports(withIndicators: Bool = true) throws -> [Report] {
        try storedReports(withIndicators: withIndicators).map(\.report)
    }

    /// The reports by path with their row ids.
    func storedReports(withIndicators: Bool) throws -> [(id: Int64, report: Report)] {
        try pool.read { db in
            var reports: [(id: Int64, report: Report)] = []
            var index: [Int64: Int] = [:]
            let rows = try ReportRecord.order(ReportRecord.Columns.path).fetchCursor(db)
            while let record = try rows.next() {
                guard let id = record.id else { continue }
                var r = record.report
                r.file = absolute(record.path)
                index[id] = reports.count
                reports.append((id, r))
            }
            guard withIndicators else { return reports }
            let ind = try IndicatorRecord.order(IndicatorRecord.Columns.id).fetchCursor(db)
            while let record = try ind.next() {
                if let k = index[record.id / Schema.span] { reports[k].report.indicators.append(record.indicator) }
            }
            return reports
        }
    }
}
