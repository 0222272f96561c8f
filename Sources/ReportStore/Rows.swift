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

    /// Removes every row of the file at `path` (report, sections, indicators, text blocks and their trigrams, failure).
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
        // The trigram index keeps no text: removing a block's trigrams takes the text they were made from.
        let unindex = try db.cachedStatement(sql: "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', ?, ?)")
        let blocks = try Row.fetchCursor(db, sql: "SELECT id, text FROM texts WHERE report_id = ?", arguments: [id])
        let inflater = Inflater()
        while let b = try blocks.next() {
            guard let (raw, start, _) = TextBlock.body(b["text"], inflater) else { continue }
            try unindex.execute(arguments: [b["id"] as Int64, String(decoding: raw[start...], as: UTF8.self) + "\n\n"])
        }
        try db.execute(sql: "DELETE FROM texts WHERE report_id = ?", arguments: [id])
        try SectionRecord.filter(SectionRecord.Columns.reportId == id).deleteAll(db)
        try ReportRecord.deleteOne(db, key: id)
    }

    /// A parsed report made ready for the writer by the thread that parsed it: paragraphs cut into blocks and
    /// deflated, each indicator's sentence located in its block. The writer's lock then only inserts rows.
    struct Prepared: Sendable {
        struct Block: Sendable { var first: Int; var text: Data; var display: Data?; var indexed: String }
        var report: Report
        var paragraphCount: Int
        var blocks: [Block]
        /// Per indicator: its block (index into `blocks`) and UTF-8 span in the block's body, or nil.
        var spans: [(block: Int, start: Int, end: Int)?]

        init(_ r: Report) {
            report = r
            paragraphCount = min(r.paragraphs.count, Int(Schema.span))
            let paragraphs = r.paragraphs.prefix(paragraphCount)
            // The original script is kept only where it differs in more than folded punctuation and digits.
            let cut = TextBlock.blocks(texts: paragraphs.map(\.text),
                                       displays: paragraphs.map { r.script == .simplified || $0.display == $0.text ? nil : $0.display })
            var blocks: [Block] = []
            var home: [(block: Int, offset: Int)] = []
            home.reserveCapacity(paragraphCount)
            for (k, b) in cut.enumerated() {
                let packed = b.packed()
                blocks.append(Block(first: b.first, text: packed.text, display: packed.display, indexed: b.indexedText))
                for o in b.offsets { home.append((k, o)) }
            }
            self.blocks = blocks
            spans = r.indicators.prefix(Int(Schema.span)).map { x -> (block: Int, start: Int, end: Int)? in
                guard home.indices.contains(x.paragraph), !x.text.isEmpty else { return nil }
                let (k, offset) = home[x.paragraph]
                // By bytes (memchr and memcmp): `[UInt8].firstRange(of:)` resolves to Foundation's generic DataProtocol
                // search, which took a seventh of a one-thread index.
                let paragraph = paragraphs[paragraphs.startIndex + x.paragraph].text
                guard let found = paragraph.fastRange(of: x.text) else { return nil }
                let start = paragraph.utf8.distance(from: paragraph.startIndex, to: found.lowerBound)
                return (k, offset + start, offset + start + x.text.utf8.count)
            }
        }
    }

    /// Replaces whatever was stored for `path` with the prepared report (inside the caller's transaction).
    static func insert(_ db: Database, _ p: Prepared, path: String, size: Int64, mtime: Double, hash: String) throws {
        let r = p.report
        try delete(db, path: path)
        var record = ReportRecord(report: r, path: path, size: size, mtime: mtime, hash: hash, paragraphCount: p.paragraphCount,
                                  indicatorCount: min(r.indicators.count, Int(Schema.span)))
        try record.insert(db)
        let id = db.lastInsertedRowID
        let base = id * Schema.span

        for (i, s) in r.sections.enumerated() { try SectionRecord(reportId: id, ord: i, section: s).insertPrepared(db) }

        let addBlock = try db.cachedStatement(sql: "INSERT INTO texts(report_id, first, text, display) VALUES (?, ?, ?, ?)")
        let index = try db.cachedStatement(sql: "INSERT INTO paragraph_fts(rowid, text) VALUES (?, ?)")
        var blockIds: [Int64] = []
        for b in p.blocks {
            try addBlock.execute(arguments: [id, b.first, b.text, b.display])
            let blockId = db.lastInsertedRowID
            blockIds.append(blockId)
            try index.execute(arguments: [blockId, b.indexed])
        }

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
            }
            nameIds[x.name] = nameId
            uses[nameId, default: 0] += 1
            let span = p.spans[i].map { IndicatorRecord.Span(block: blockIds[$0.block], start: $0.start, end: $0.end) }
            try IndicatorRecord(id: base + Int64(i), nameId: nameId, indicator: x, span: span).insertPrepared(db)
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

    /// The report columns of an `IndicatorHit` (path, place, year), from its report `r`.
    static let hitReportColumns = "r.path AS report_path, r.place AS report_place, r.display_year AS report_year"

    /// What a query selects for an `IndicatorHit`: the indicator (`i`) and its report's path, place and year (`r`).
    static let hitSelection = "\(IndicatorRecord.selection), \(hitReportColumns)"

    /// `indicators i` with its report `r` and what `IndicatorRecord.selection` reads: the FROM of a hit query.
    static let hitSource = "indicators i JOIN reports r ON r.id = i.id / \(Schema.span) \(IndicatorRecord.joins)"

    /// The first `limit` hits in `order` among the indicators that meet `condition` (on `i` and its report `r`). The
    /// rows are chosen and sorted first and only those get their name and sentence: a sentence inflates its block,
    /// which for every candidate of a sort (16,000 GDP figures of one year at 100,000 reports) cost about 180 ms.
    func hits(_ db: Database, where condition: String, order: String, outerOrder: String? = nil, limit: Int,
              _ arguments: StatementArguments) throws -> [IndicatorHit] {
        try Row.fetchAll(db, sql: """
            SELECT \(IndicatorRecord.selection), i.report_path, i.report_place, i.report_year FROM (
                SELECT i.*, \(Self.hitReportColumns) FROM indicators i JOIN reports r ON r.id = i.id / \(Schema.span)
                WHERE \(condition) ORDER BY \(order) LIMIT \(limit)) AS i
            \(IndicatorRecord.joins) ORDER BY \(outerOrder ?? order)
            """, arguments: arguments).map(hit(from:))
    }

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
            let ind = try IndicatorRecord.fetchCursor(db, sql: "SELECT \(IndicatorRecord.selection) FROM indicators i \(IndicatorRecord.joins) ORDER BY i.id")
            while let record = try ind.next() {
                if let k = index[record.id / Schema.span] { reports[k].report.indicators.append(record.indicator) }
            }
            return reports
        }
    }
}
