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
            var out: [String: Stored] = [:]
            let reports = try Row.fetchCursor(db, sql: "SELECT path, id, size, mtime, hash, parser_version FROM reports")
            while let r = try reports.next() {
                out[r[0]] = Stored(id: r[1], size: r[2], mtime: r[3], hash: r[4], parserVersion: r[5], failed: false)
            }
            let failures = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash, parser_version FROM failures")
            while let r = try failures.next() {
                out[r[0]] = Stored(id: nil, size: r[1], mtime: r[2], hash: r[3], parserVersion: r[4], failed: true)
            }
            return out
        }
    }

    /// Removes every row of the file at `path` (report, sections, indicators, FTS rows, failure).
    static func delete(_ db: Database, path: String) throws {
        try db.execute(sql: "DELETE FROM failures WHERE path = ?", arguments: [path])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM reports WHERE path = ?", arguments: [path]) else { return }
        let lo = id * Schema.span, hi = lo + Schema.span - 1
        try db.execute(sql: """
            UPDATE indicator_names SET n = n - c.k
            FROM (SELECT name_id, count(*) AS k FROM indicators WHERE id BETWEEN ?1 AND ?2 GROUP BY name_id) AS c
            WHERE indicator_names.id = c.name_id
            """, arguments: [lo, hi])
        try db.execute(sql: "DELETE FROM indicators WHERE id BETWEEN ? AND ?", arguments: [lo, hi])
        try db.execute(sql: "DELETE FROM paragraph_fts WHERE rowid BETWEEN ? AND ?", arguments: [lo, hi])
        try db.execute(sql: "DELETE FROM sections WHERE report_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM reports WHERE id = ?", arguments: [id])
    }

    /// Replaces whatever was stored for `path` with the parsed report (inside the caller's transaction).
    static func insert(_ db: Database, report r: Report, path: String, size: Int64, mtime: Double, hash: String) throws {
        try delete(db, path: path)
        let paragraphCount = min(r.paragraphs.count, Int(Schema.span))
        try db.execute(sql: """
            INSERT INTO reports(path, size, mtime, hash, parser_version, place, level, parents, kind, title, source, date, date_kind,
                review_year, plan_year, display_year, speaker_name, speaker_title, encoding, script, anonymised,
                paragraph_count, section_count, indicator_count, damaged_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [path, size, mtime, hash, ReportReader.parserVersion, r.place.name, r.place.level?.rawValue,
                             r.place.parents.joined(separator: "\u{1F}"), r.kind.rawValue, r.title, r.source, r.date,
                             r.dateKind?.rawValue, r.reviewYear, r.planYear, r.displayYear, r.speaker?.name, r.speaker?.title,
                             r.encoding.rawValue, r.script.rawValue, r.anonymised, paragraphCount, r.sections.count,
                             min(r.indicators.count, Int(Schema.span)), r.damaged.count])
        let id = db.lastInsertedRowID
        let base = id * Schema.span

        let section = try db.cachedStatement(sql: """
            INSERT INTO sections(report_id, ord, sid, parent, level, marker, kind, title, role, year, start, "end", para_start, para_end, part)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in r.sections.enumerated() {
            try section.execute(arguments: [id, i, s.id, s.parent, s.level, s.marker, s.kind.rawValue, s.title, s.role.rawValue, s.year,
                                            s.start, s.end, s.paragraphRange.lowerBound, s.paragraphRange.upperBound, s.part])
        }

        let paragraph = try db.cachedStatement(sql: "INSERT INTO paragraph_fts(rowid, text, display) VALUES (?, ?, ?)")
        for (i, p) in r.paragraphs.prefix(paragraphCount).enumerated() where !p.text.isEmpty {
            // The original script is kept only where it differs in more than folded punctuation and digits.
            try paragraph.execute(arguments: [base + Int64(i), p.text, r.script == .simplified || p.display == p.text ? nil : p.display])
        }

        let findName = try db.cachedStatement(sql: "SELECT id FROM indicator_names WHERE name = ?")
        let addName = try db.cachedStatement(sql: "INSERT INTO indicator_names(name, n) VALUES (?, 0)")
        let addNameFTS = try db.cachedStatement(sql: "INSERT INTO name_fts(rowid, name) VALUES (?, ?)")
        let countName = try db.cachedStatement(sql: "UPDATE indicator_names SET n = n + ? WHERE id = ?")
        let indicator = try db.cachedStatement(sql: """
            INSERT INTO indicators(id, name_id, name, canonical, canonical_id, value, unit, base_value, base_unit, qualifier,
                range_lo, range_hi, range_lo_included, range_hi_included, range_from_comparison, redacted, milestone,
                change_percent, change_points, has_change, role, year, period, section, text, start, "end", paragraph, estimated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
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
            let values: [(any DatabaseValueConvertible)?] = [
                base + Int64(i), nameId, x.name, x.canonical, x.canonicalId, x.value, x.unit, x.baseValue, x.baseUnit,
                x.qualifier?.rawValue, x.range?.lo, x.range?.hi, x.range?.loIncluded, x.range?.hiIncluded, x.range?.fromComparison,
                x.redacted, x.milestone, x.change?.percent, x.change?.points, x.change != nil, x.role.rawValue, x.year, x.period,
                x.section, x.text, x.start, x.end, x.paragraph, x.estimated,
            ]
            try indicator.execute(arguments: StatementArguments(values))
        }
        for (nameId, k) in uses { try countName.execute(arguments: [k, nameId]) }
    }

    /// Records a file that could not be read (replacing any earlier rows for it).
    static func insertFailure(_ db: Database, path: String, size: Int64, mtime: Double, hash: String, problem: String) throws {
        try delete(db, path: path)
        try db.execute(sql: "INSERT INTO failures(path, size, mtime, hash, parser_version, problem) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [path, size, mtime, hash, ReportReader.parserVersion, problem])
    }

    // MARK: reading back

    static let reportColumns = """
        r.id, r.path, r.place, r.level, r.parents, r.kind, r.title, r.source, r.date, r.date_kind, r.review_year, r.plan_year,
        r.speaker_name, r.speaker_title, r.encoding, r.script, r.anonymised
        """

    func report(from row: Row) -> Report {
        var r = Report(file: absolute(row[1]))
        r.place = Place(name: row[2], level: (row[3] as String?).flatMap(PlaceLevel.init(rawValue:)),
                        parents: (row[4] as String).split(separator: "\u{1F}").map(String.init))
        r.kind = ReportKind(rawValue: row[5]) ?? .other
        r.title = row[6]; r.source = row[7]; r.date = row[8]
        r.dateKind = (row[9] as String?).flatMap(DateKind.init(rawValue:))
        r.reviewYear = row[10]; r.planYear = row[11]
        if let name: String = row[12] { r.speaker = Speaker(name: name, title: row[13] ?? "") }
        r.encoding = TextEncoding(rawValue: row[14]) ?? .utf8
        r.script = Script(rawValue: row[15]) ?? .simplified
        r.anonymised = row[16]
        return r
    }

    static let indicatorColumns = """
        i.id, i.name, i.canonical, i.canonical_id, i.value, i.unit, i.base_value, i.base_unit, i.qualifier,
        i.range_lo, i.range_hi, i.range_lo_included, i.range_hi_included, i.range_from_comparison, i.redacted, i.milestone,
        i.change_percent, i.change_points, i.has_change, i.role, i.year, i.period, i.section, i.text, i.start, i."end", i.paragraph,
        i.estimated
        """
    /// How many columns `indicatorColumns` selects: what a query selects after them starts here.
    static let indicatorColumnCount = 28

    static func indicator(from row: Row, at o: Int = 0) -> Indicator {
        var x = Indicator(name: row[o + 1], canonical: row[o + 2], canonicalId: row[o + 3], value: row[o + 4], unit: row[o + 5],
                          baseValue: row[o + 6], baseUnit: row[o + 7], qualifier: (row[o + 8] as String?).flatMap(Qualifier.init(rawValue:)))
        if let lo: Double = row[o + 9], let hi: Double = row[o + 10] {
            var range = ValueRange(lo: lo, hi: hi, loIncluded: row[o + 11] ?? true, hiIncluded: row[o + 12] ?? true)
            range.fromComparison = row[o + 13] ?? false
            x.range = range
        }
        x.redacted = row[o + 14]; x.milestone = row[o + 15]
        if row[o + 18] as Bool { x.change = Change(percent: row[o + 16], points: row[o + 17]) }
        x.role = IndicatorRole(rawValue: row[o + 19]) ?? .actual
        x.year = row[o + 20]; x.period = row[o + 21]; x.section = row[o + 22]; x.text = row[o + 23]
        x.start = row[o + 24]; x.end = row[o + 25]; x.paragraph = row[o + 26]; x.estimated = row[o + 27]
        return x
    }

    /// What a list of reports shows (place, level, kind, title, years, date), in the dashboard's order: the
    /// fewest columns, so 100,000 reports list at once.
    public func reportList() throws -> [Report] {
        try pool.read { db in
            var reports: [Report] = []
            reports.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM reports") ?? 0)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, place, level, kind, title, date, review_year, plan_year FROM reports ORDER BY \(Schema.listOrder)
                """)
            while let row = try rows.next() {
                var r = Report(file: absolute(row[0]))
                r.place.name = row[1]
                if let level: String = row[2] { r.place.level = PlaceLevel(rawValue: level) }
                r.kind = ReportKind(rawValue: row[3]) ?? .other
                r.title = row[4]; r.date = row[5]; r.reviewYear = row[6]; r.planYear = row[7]
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
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.reportColumns) FROM reports r ORDER BY r.path")
            while let row = try rows.next() {
                index[row[0]] = reports.count
                reports.append((row[0], report(from: row)))
            }
            guard withIndicators else { return reports }
            let ind = try Row.fetchCursor(db, sql: "SELECT \(Self.indicatorColumns) FROM indicators i ORDER BY i.id")
            while let row = try ind.next() {
                let id: Int64 = row[0]
                if let k = index[id / Schema.span] { reports[k].report.indicators.append(Self.indicator(from: row)) }
            }
            return reports
        }
    }
}
