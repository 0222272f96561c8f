import Foundation
import GRDB
import ReportModel

extension IndexStore {
    /// Splits a query into terms (see `QueryText.terms`).
    public static func terms(_ query: String) -> [String] { QueryText.terms(query) }

    /// An FTS5 query: every term as a quoted phrase, all required.
    static func ftsQuery(_ terms: [String]) -> String {
        terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// A LIKE pattern for one term, with LIKE's wildcards escaped.
    static func likePattern(_ term: String) -> String {
        "%" + term.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// Matches ranked per query (see `searchParagraphs`).
    public static let rankWindow = 2000

    /// Ranked full-text search over paragraphs. Terms of three or more characters go through the trigram index
    /// (ranked by bm25); a query with a shorter term is answered by a scan in document order, stopping at `limit`.
    public func searchParagraphs(_ query: String, limit: Int = 20) throws -> [ParagraphHit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        return try pool.read { db in
            let rows: [Row]
            if terms.allSatisfy({ $0.unicodeScalars.count >= 3 }) {
                // Ranking every match of a common phrase (生产总值 is in most reports) takes seconds at 100,000
                // reports, so the best `limit` are chosen among the first `rankWindow` matches in index order.
                let candidates = try Row.fetchAll(db, sql: """
                    SELECT rowid AS id, bm25(paragraph_fts) AS rank FROM paragraph_fts WHERE paragraph_fts MATCH ? LIMIT ?
                    """, arguments: [Self.ftsQuery(terms), Self.rankWindow])
                var scored: [(id: Int64, rank: Double)] = []
                for c in candidates { let id: Int64 = c["id"], rank: Double = c["rank"]; scored.append((id, rank)) }
                scored.sort { a, b in a.rank != b.rank ? a.rank < b.rank : a.id < b.id }
                rows = try scored.prefix(limit).compactMap { id, rank in
                    try Row.fetchOne(db, sql: "SELECT rowid AS id, text, display, ? AS rank FROM paragraph_fts WHERE rowid = ?", arguments: [rank, id])
                }
            } else {
                let cond = terms.map { _ in "text LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
                rows = try Row.fetchAll(db, sql: "SELECT rowid AS id, text, display, 0.0 AS rank FROM paragraph_fts WHERE \(cond) LIMIT ?",
                                        arguments: StatementArguments(terms.map(Self.likePattern) + [String(limit)]))
            }
            return try rows.compactMap { row -> ParagraphHit? in
                let rowid: Int64 = row["id"]
                let reportId = rowid / Schema.span, para = Int(rowid % Schema.span)
                guard let r = try ReportRecord.filter(key: reportId).fetchOne(db)
                else { return nil }
                let section = try String.fetchOne(db, sql: """
                    SELECT title FROM sections WHERE report_id = ? AND para_start <= ? AND ? < para_end ORDER BY level DESC LIMIT 1
                    """, arguments: [reportId, para, para])
                let text: String = row["text"]
                let display: String = row["display"] ?? text
                let (sentence, matches) = QueryText.sentence(in: text, display: display, terms: terms)
                return ParagraphHit(file: absolute(r.path), place: r.report.place.name, year: r.displayYear, section: section, paragraph: para,
                                    sentence: sentence, matches: matches, rank: row["rank"])
            }
        }
    }

    /// Indicator names containing the query (three or more characters through the trigram index, shorter ones by
    /// a scan of the distinct names), most used first, each with its `perName` uses of the latest years. A query
    /// in Latin letters is also read as the dashboard reads it — pinyin in full or by initials, or a catalog
    /// alias (gsgy → 规上工业增加值, gdp) — and those matches come first: a catalog indicator with every figure
    /// bound to it, a name as written with its own.
    public func searchNames(_ query: String, limit: Int = 10, perName: Int = 3) throws -> [NameHit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        let written = try writtenNames(terms, limit: limit, perName: perName)
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, q.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII || $0 == " " }) else { return written }
        let spelled = try spelledNames(q, limit: limit, perName: perName)
        let shown = Set(spelled.map(\.name))
        return Array((spelled + written.filter { !shown.contains($0.name) }).prefix(limit))
    }

    /// Names found by pinyin or alias through the same name index as the dashboard's indicator search.
    func spelledNames(_ query: String, limit: Int, perName: Int) throws -> [NameHit] {
        let found = try nameIndex().matches(query).prefix(limit)
        guard !found.isEmpty else { return [] }
        return try pool.read { db in
            try found.compactMap { m -> NameHit? in
                switch m.target {
                case .canonical(let id):
                    let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM indicators WHERE canonical_id = ?", arguments: [id]) ?? 0
                    guard count > 0 else { return nil }
                    return NameHit(name: m.label, count: count, latest: try latestUses(db, "canonical_id", id, limit: perName))
                case .name(let name):
                    guard let n = try Row.fetchOne(db, sql: "SELECT id, n FROM indicator_names WHERE name = ? AND n > 0", arguments: [name]) else { return nil }
                    return NameHit(name: name, count: n["n"], latest: try latestUses(db, "name_id", n["id"] as Int64, limit: perName))
                }
            }
        }
    }

    /// Names as written that contain every term.
    func writtenNames(_ terms: [String], limit: Int, perName: Int) throws -> [NameHit] {
        try pool.read { db in
            let names: [Row]
            if terms.allSatisfy({ $0.unicodeScalars.count >= 3 }) {
                names = try Row.fetchAll(db, sql: """
                    SELECT n.id, n.name, n.n FROM name_fts JOIN indicator_names n ON n.id = name_fts.rowid
                    WHERE name_fts MATCH ? AND n.n > 0 ORDER BY n.n DESC, length(n.name) LIMIT ?
                    """, arguments: [Self.ftsQuery(terms), limit])
            } else {
                let cond = terms.map { _ in "name LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
                names = try Row.fetchAll(db, sql: """
                    SELECT id, name, n FROM indicator_names WHERE \(cond) AND n > 0 ORDER BY n DESC, length(name) LIMIT ?
                    """, arguments: StatementArguments(terms.map(Self.likePattern) + [String(limit)]))
            }
            return try names.map { n in
                NameHit(name: n["name"], count: n["n"], latest: try latestUses(db, "name_id", n["id"] as Int64, limit: perName))
            }
        }
    }

    /// The newest `limit` figures whose `column` (name_id or canonical_id) is `value`.
    func latestUses(_ db: Database, _ column: String, _ value: some DatabaseValueConvertible, limit: Int) throws -> [IndicatorHit] {
        try Row.fetchAll(db, sql: """
            SELECT \(Self.hitSelection) FROM indicators i JOIN reports r ON r.id = i.id / \(Schema.span)
            WHERE i.\(column) = ? ORDER BY i.year DESC LIMIT ?
            """, arguments: [value, limit]).map(hit(from:))
    }

    /// Every indicator with a catalog id, for the given places (by place id) or all — a series query.
    public func indicators(canonicalId: String, place: String? = nil) throws -> [IndicatorHit] {
        try pool.read { db in
            let columns = Self.hitSelection
            let rows: [Row]
            if let place {
                // The place's reports first (a few), then each one's block of indicators.
                var ids = try Int64.fetchAll(db, sql: "SELECT id FROM places WHERE name = ?", arguments: [place])
                if ids.isEmpty {
                    ids = try Int64.fetchAll(db, sql: "SELECT id FROM places WHERE instr(former_names, ?) > 0", arguments: [place])
                }
                guard !ids.isEmpty else { return [] }
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(columns) FROM reports r
                    JOIN indicators i ON i.id BETWEEN r.id * \(Schema.span) AND r.id * \(Schema.span) + \(Schema.span - 1)
                    WHERE r.place_id IN (\(ids.map(String.init).joined(separator: ","))) AND +i.canonical_id = ?
                    ORDER BY r.display_year, i.id
                    """, arguments: [canonicalId])
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(columns) FROM indicators i JOIN reports r ON r.id = i.id / \(Schema.span)
                    WHERE i.canonical_id = ? ORDER BY r.display_year, i.id
                    """, arguments: [canonicalId])
            }
            return rows.map(hit(from:))
        }
    }
}
