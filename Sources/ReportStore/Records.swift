import Foundation
import GRDB
import ReportModel

// The index's tables as GRDB records: each table's columns are listed once, in its `Columns` enum, and rows are
// read by column name, so a query that selects more or fewer columns cannot shift a value into the wrong field.

/// A report file that parsed: its metadata, what `stat` and the content hash said when it was stored, and counts.
struct ReportRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "reports"
    enum Columns: String, ColumnExpression, CaseIterable {
        case id, path, size, mtime, hash, parserVersion = "parser_version", place, level, parents, placeId = "place_id", kind, title,
             source, date, dateKind = "date_kind", reviewYear = "review_year", planYear = "plan_year", displayYear = "display_year",
             speakerName = "speaker_name", speakerTitle = "speaker_title", encoding, script, anonymised,
             paragraphCount = "paragraph_count", sectionCount = "section_count", indicatorCount = "indicator_count",
             damagedCount = "damaged_count"
    }

    var id: Int64?
    var path: String
    var size: Int64
    var mtime: Double
    var hash: String
    var parserVersion: Int
    var placeId: Int64?
    var displayYear: Int?
    var paragraphCount: Int
    var sectionCount: Int
    var indicatorCount: Int
    var damagedCount: Int
    /// The metadata (place, kind, title, dates, speaker, encoding, script); indicators are stored apart.
    var report: Report

    init(report r: Report, path: String, size: Int64, mtime: Double, hash: String, paragraphCount: Int, indicatorCount: Int) {
        self.path = path; self.size = size; self.mtime = mtime; self.hash = hash; parserVersion = ReportReader.parserVersion
        displayYear = r.displayYear; self.paragraphCount = paragraphCount; sectionCount = r.sections.count
        self.indicatorCount = indicatorCount; damagedCount = r.damaged.count; report = r
    }

    /// The metadata columns; `root` makes the stored relative path absolute again.
    init(row: Row, root: String) {
        id = row[Columns.id]; path = row[Columns.path]
        size = row[Columns.size] ?? 0; mtime = row[Columns.mtime] ?? 0; hash = row[Columns.hash] ?? ""
        parserVersion = row[Columns.parserVersion] ?? 0; placeId = row[Columns.placeId]; displayYear = row[Columns.displayYear]
        paragraphCount = row[Columns.paragraphCount] ?? 0; sectionCount = row[Columns.sectionCount] ?? 0
        indicatorCount = row[Columns.indicatorCount] ?? 0; damagedCount = row[Columns.damagedCount] ?? 0
        var r = Report(file: path.hasPrefix("/") ? path : root + "/" + path)
        r.place = Place(name: row[Columns.place], level: (row[Columns.level] as String?).flatMap(PlaceLevel.init(rawValue:)),
                        parents: ((row[Columns.parents] as String?) ?? "").split(separator: "\u{1F}").map(String.init))
        r.kind = (row[Columns.kind] as String?).flatMap(ReportKind.init(rawValue:)) ?? .other
        r.title = row[Columns.title]; r.source = row[Columns.source]; r.date = row[Columns.date]
        r.dateKind = (row[Columns.dateKind] as String?).flatMap(DateKind.init(rawValue:))
        r.reviewYear = row[Columns.reviewYear]; r.planYear = row[Columns.planYear]
        if let name: String = row[Columns.speakerName] { r.speaker = Speaker(name: name, title: row[Columns.speakerTitle] ?? "") }
        r.encoding = (row[Columns.encoding] as String?).flatMap(TextEncoding.init(rawValue:)) ?? .utf8
        r.script = (row[Columns.script] as String?).flatMap(Script.init(rawValue:)) ?? .simplified
        r.anonymised = row[Columns.anonymised] ?? false
        report = r
    }

    init(row: Row) { self.init(row: row, root: "") }

    func encode(to c: inout PersistenceContainer) {
        let r = report
        c[Columns.id] = id; c[Columns.path] = path; c[Columns.size] = size; c[Columns.mtime] = mtime; c[Columns.hash] = hash
        c[Columns.parserVersion] = parserVersion; c[Columns.place] = r.place.name; c[Columns.level] = r.place.level?.rawValue
        c[Columns.parents] = r.place.parents.joined(separator: "\u{1F}"); c[Columns.placeId] = placeId; c[Columns.kind] = r.kind.rawValue
        c[Columns.title] = r.title; c[Columns.source] = r.source; c[Columns.date] = r.date; c[Columns.dateKind] = r.dateKind?.rawValue
        c[Columns.reviewYear] = r.reviewYear; c[Columns.planYear] = r.planYear; c[Columns.displayYear] = displayYear
        c[Columns.speakerName] = r.speaker?.name; c[Columns.speakerTitle] = r.speaker?.title; c[Columns.encoding] = r.encoding.rawValue
        c[Columns.script] = r.script.rawValue; c[Columns.anonymised] = r.anonymised; c[Columns.paragraphCount] = paragraphCount
        c[Columns.sectionCount] = sectionCount; c[Columns.indicatorCount] = indicatorCount; c[Columns.damagedCount] = damagedCount
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A file that could not be read, with the reason; retried when it changes.
struct FailureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "failures"
    enum Columns: String, ColumnExpression, CaseIterable {
        case path, size, mtime, hash, parserVersion = "parser_version", problem
    }
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var path: String
    var size: Int64
    var mtime: Double
    var hash: String
    var parserVersion: Int
    var problem: String
}

/// A section of a report, in the report's order (`ord`).
struct SectionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "sections"
    enum Columns: String, ColumnExpression, CaseIterable {
        case reportId = "report_id", ord, sid, parent, level, marker, kind, title, role, year, start, end
        case paraStart = "para_start", paraEnd = "para_end", part
    }
    var reportId: Int64
    var ord: Int
    var section: Section

    init(reportId: Int64, ord: Int, section: Section) { self.reportId = reportId; self.ord = ord; self.section = section }

    init(row: Row) {
        reportId = row[Columns.reportId]; ord = row[Columns.ord]
        let lo: Int = row[Columns.paraStart], hi: Int = row[Columns.paraEnd]
        section = Section(id: row[Columns.sid], parent: row[Columns.parent], level: row[Columns.level], marker: row[Columns.marker],
                          kind: (row[Columns.kind] as String?).flatMap(HeadingKind.init(rawValue:)) ?? .topic, title: row[Columns.title],
                          role: (row[Columns.role] as String?).flatMap(SectionRole.init(rawValue:)) ?? .other, year: row[Columns.year],
                          start: row[Columns.start], end: row[Columns.end], paragraphRange: lo..<max(lo, hi), part: row[Columns.part])
    }

    /// The row's values in `Columns` order: what `encode` and `insertPrepared` write.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        let s = section
        return [reportId, ord, s.id, s.parent, s.level, s.marker, s.kind.rawValue, s.title, s.role.rawValue, s.year, s.start, s.end,
                s.paragraphRange.lowerBound, s.paragraphRange.upperBound, s.part]
    }

    func encode(to c: inout PersistenceContainer) { for (column, v) in zip(Columns.allCases, databaseValues) { c[column] = v } }

    static let insertSQL = preparedInsert(into: databaseTableName, Columns.allCases.map(\.rawValue))

    /// `insert` through one prepared statement.
    func insertPrepared(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(databaseValues))
    }
}

/// A distinct indicator name and how many indicators use it (name search ranks by it).
struct IndicatorNameRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "indicator_names"
    enum Columns: String, ColumnExpression, CaseIterable { case id, name, n }
    var id: Int64?
    var name: String
    var n: Int
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// An indicator: every field of the JSON export's indicator (docs/json-schema.md), with its row id (in its
/// report's block, see `Schema.span`), the id of its name, and where its sentence lies in its paragraph block.
struct IndicatorRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "indicators"
    enum Columns: String, ColumnExpression, CaseIterable {
        case id, nameId = "name_id", canonical, canonicalId = "canonical_id", value, unit, baseValue = "base_value",
             baseUnit = "base_unit", qualifier, rangeLo = "range_lo", rangeHi = "range_hi", rangeLoIncluded = "range_lo_included",
             rangeHiIncluded = "range_hi_included", rangeFromComparison = "range_from_comparison", redacted, milestone,
             changePercent = "change_percent", changePoints = "change_points", hasChange = "has_change", role, year, period,
             section, text, start, end, paragraph, estimated, textBlock = "text_block", textStart = "text_start", textEnd = "text_end"
    }

    /// Where the sentence is in the `texts` row that holds its paragraph (UTF-8 offsets into the block's body).
    struct Span: Equatable { var block: Int64; var start: Int; var end: Int }

    var id: Int64
    var nameId: Int64
    var indicator: Indicator
    /// Nil when the sentence is not a span of its paragraph: the row keeps the text itself.
    var span: Span?

    init(id: Int64, nameId: Int64, indicator: Indicator, span: Span?) {
        self.id = id; self.nameId = nameId; self.indicator = indicator; self.span = span
    }

    /// What queries select to build an indicator, from `indicators i` with `joins`: its columns, its name, and its
    /// sentence cut from the paragraph block (`block_text`, registered on every connection).
    static let selection = Columns.allCases.filter { $0 != .text }.map { "i.\"\($0.rawValue)\"" }.joined(separator: ", ")
        + ", n.name AS name, coalesce(i.text, block_text(t.id, t.text, i.text_start, i.text_end), '') AS text"

    /// The tables `selection` reads besides `indicators i`.
    static let joins = "JOIN indicator_names n ON n.id = i.name_id LEFT JOIN texts t ON t.id = i.text_block"

    init(row: Row) {
        id = row[Columns.id]; nameId = row[Columns.nameId] ?? 0
        var x = Indicator(name: row["name"] ?? "", canonical: row[Columns.canonical], canonicalId: row[Columns.canonicalId],
                          value: row[Columns.value], unit: row[Columns.unit], baseValue: row[Columns.baseValue], baseUnit: row[Columns.baseUnit],
                          qualifier: (row[Columns.qualifier] as String?).flatMap(Qualifier.init(rawValue:)))
        if let lo: Double = row[Columns.rangeLo], let hi: Double = row[Columns.rangeHi] {
            var range = ValueRange(lo: lo, hi: hi, loIncluded: row[Columns.rangeLoIncluded] ?? true, hiIncluded: row[Columns.rangeHiIncluded] ?? true)
            range.fromComparison = row[Columns.rangeFromComparison] ?? false
            x.range = range
        }
        x.redacted = row[Columns.redacted]; x.milestone = row[Columns.milestone]
        if row[Columns.hasChange] as Bool { x.change = Change(percent: row[Columns.changePercent], points: row[Columns.changePoints]) }
        x.role = (row[Columns.role] as String?).flatMap(IndicatorRole.init(rawValue:)) ?? .actual
        x.year = row[Columns.year]; x.period = row[Columns.period]; x.section = row[Columns.section]; x.text = row[Columns.text] ?? ""
        x.start = row[Columns.start]; x.end = row[Columns.end]; x.paragraph = row[Columns.paragraph]; x.estimated = row[Columns.estimated]
        indicator = x
        if let block: Int64 = row[Columns.textBlock] { span = Span(block: block, start: row[Columns.textStart] ?? 0, end: row[Columns.textEnd] ?? 0) }
    }

    /// The row's values in `Columns` order: what `encode` and `insertPrepared` write.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        let x = indicator
        return [id, nameId, x.canonical, x.canonicalId, x.value, x.unit, x.baseValue, x.baseUnit, x.qualifier?.rawValue,
                x.range?.lo, x.range?.hi, x.range?.loIncluded, x.range?.hiIncluded, x.range?.fromComparison, x.redacted, x.milestone,
                x.change?.percent, x.change?.points, x.change != nil, x.role.rawValue, x.year, x.period, x.section,
                span == nil ? x.text : nil, x.start, x.end, x.paragraph, x.estimated, span?.block, span?.start, span?.end]
    }

    func encode(to c: inout PersistenceContainer) { for (column, v) in zip(Columns.allCases, databaseValues) { c[column] = v } }

    static let insertSQL = preparedInsert(into: databaseTableName, Columns.allCases.map(\.rawValue))

    /// `insert` through one prepared statement: an ingest writes every indicator of the corpus this way.
    func insertPrepared(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(databaseValues))
    }
}

/// An INSERT of every column, for a record written many times per ingest.
func preparedInsert(into table: String, _ columns: [String]) -> String {
    "INSERT INTO \(table)(\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
}

/// A place as the analysis resolves it (renames and spellings joined); the table is rebuilt after each change.
struct PlaceRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "places"
    enum Columns: String, ColumnExpression, CaseIterable {
        case id, name, level, rank, parents, formerNames = "former_names", years, reportCount = "report_count"
    }
    var id: Int64
    var rank: Int
    var summary: PlaceSummary

    init(id: Int64, rank: Int, summary: PlaceSummary) { self.id = id; self.rank = rank; self.summary = summary }

    init(row: Row) {
        id = row[Columns.id]; rank = row[Columns.rank] ?? 0
        summary = PlaceSummary(name: row[Columns.name], formerNames: Self.list(row[Columns.formerNames]),
                               level: (row[Columns.level] as String?).flatMap(PlaceLevel.init(rawValue:)), parents: Self.list(row[Columns.parents]),
                               years: ((row[Columns.years] as String?) ?? "").split(separator: ",").compactMap { Int($0) })
    }

    func encode(to c: inout PersistenceContainer) {
        let p = summary
        c[Columns.id] = id; c[Columns.name] = p.name; c[Columns.level] = p.level?.rawValue; c[Columns.rank] = rank
        c[Columns.parents] = p.parents.joined(separator: "\u{1F}"); c[Columns.formerNames] = p.formerNames.joined(separator: "\u{1F}")
        c[Columns.years] = p.years.map(String.init).joined(separator: ","); c[Columns.reportCount] = p.reports.count
    }

    static func list(_ joined: String?) -> [String] { (joined ?? "").split(separator: "\u{1F}").map(String.init) }
}
