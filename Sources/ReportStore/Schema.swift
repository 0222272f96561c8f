import GRDB

/// The index tables. Rows that belong to a report carry ids in the report's own block
/// (`report id × span + ordinal`), so a report's rows — and its FTS rows — are one rowid range to read or delete.
enum Schema {
    /// Ids per report block: room for 2^20 indicators or paragraphs in one report.
    static let span: Int64 = 1 << 20

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

            -- One row per report file that parsed. path is relative to the corpus folder.
            CREATE TABLE reports(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL, parser_version INTEGER NOT NULL,
                place TEXT, level TEXT, parents TEXT NOT NULL,
                place_id INTEGER,
                kind TEXT NOT NULL, title TEXT, source TEXT,
                date TEXT, date_kind TEXT, review_year INTEGER, plan_year INTEGER, display_year INTEGER,
                speaker_name TEXT, speaker_title TEXT,
                encoding TEXT NOT NULL, script TEXT NOT NULL, anonymised INTEGER NOT NULL,
                paragraph_count INTEGER NOT NULL, section_count INTEGER NOT NULL, indicator_count INTEGER NOT NULL,
                damaged_count INTEGER NOT NULL
            );
            CREATE INDEX reports_place ON reports(place_id, display_year);

            -- Files that could not be read, with the reason; retried when they change.
            CREATE TABLE failures(
                path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL,
                parser_version INTEGER NOT NULL, problem TEXT NOT NULL
            );

            CREATE TABLE sections(
                report_id INTEGER NOT NULL, ord INTEGER NOT NULL,
                sid TEXT NOT NULL, parent TEXT, level INTEGER NOT NULL, marker TEXT NOT NULL, kind TEXT NOT NULL,
                title TEXT NOT NULL, role TEXT NOT NULL, year INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                para_start INTEGER NOT NULL, para_end INTEGER NOT NULL, part INTEGER NOT NULL,
                PRIMARY KEY(report_id, ord)
            ) WITHOUT ROWID;

            -- Distinct indicator names with how many indicators use each (search ranks by it).
            CREATE TABLE indicator_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER NOT NULL);

            -- Every field of the JSON export's indicator (docs/json-schema.md).
            CREATE TABLE indicators(
                id INTEGER PRIMARY KEY,
                name_id INTEGER NOT NULL, name TEXT NOT NULL, canonical TEXT, canonical_id TEXT,
                value REAL, unit TEXT, base_value REAL, base_unit TEXT, qualifier TEXT,
                range_lo REAL, range_hi REAL, range_lo_included INTEGER, range_hi_included INTEGER, range_from_comparison INTEGER,
                redacted INTEGER NOT NULL, milestone INTEGER NOT NULL,
                change_percent REAL, change_points REAL, has_change INTEGER NOT NULL,
                role TEXT NOT NULL, year INTEGER, period TEXT, section TEXT, text TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, paragraph INTEGER NOT NULL,
                estimated INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX indicators_name ON indicators(name_id);

            -- Places as the analysis resolves them (renames and spellings joined); rebuilt after each change.
            CREATE TABLE places(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT, rank INTEGER NOT NULL,
                parents TEXT NOT NULL, former_names TEXT NOT NULL, years TEXT NOT NULL, report_count INTEGER NOT NULL
            );

            -- Paragraph text (analysis text: simplified, punctuation folded); display holds the traditional original of traditional reports.
            CREATE VIRTUAL TABLE paragraph_fts USING fts5(text, display UNINDEXED, tokenize = 'trigram');
            CREATE VIRTUAL TABLE name_fts USING fts5(name, tokenize = 'trigram');
            """)
    }

    /// The dashboard's order (level, place, year, path) as an indexed expression, so listing 100,000 reports
    /// needs no sort. Columns are unqualified so the expression matches the index's.
    static let listOrder = """
        CASE level WHEN 'province' THEN 0 WHEN 'municipality' THEN 0 WHEN 'autonomous-region' THEN 0 WHEN 'city' THEN 1 \
        WHEN 'county' THEN 2 WHEN 'district' THEN 2 WHEN 'town' THEN 3 WHEN 'township' THEN 3 WHEN 'subdistrict' THEN 3 \
        WHEN 'management-office' THEN 3 WHEN 'zone' THEN 3 ELSE 9 END, place IS NULL, place, coalesce(display_year, 0), path
        """

    /// Additions since the tables were first created, applied in place on every open (each is idempotent).
    /// The indexes `upgrade` makes are all there (and the ones it drops are gone).
    static func isCurrent(_ db: Database) throws -> Bool {
        let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        guard try hasEstimatedColumn(db) else { return false }
        return ["indicators_name_year", "indicators_canonical_year", "places_name", "reports_list"].allSatisfy(names.contains)
            && !names.contains("indicators_canonical") && !names.contains("indicators_name")
    }

    /// The `estimated` column (appended with parser version 3).
    static func hasEstimatedColumn(_ db: Database) throws -> Bool {
        try db.columns(in: "indicators").contains { $0.name == "estimated" }
    }

    static func upgrade(_ db: Database) throws {
        if try !hasEstimatedColumn(db) {
            try db.execute(sql: "ALTER TABLE indicators ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0")
        }
        try db.execute(sql: """
            CREATE INDEX IF NOT EXISTS indicators_name_year ON indicators(name_id, year);
            CREATE INDEX IF NOT EXISTS indicators_canonical_year ON indicators(canonical_id, year);
            DROP INDEX IF EXISTS indicators_canonical;
            DROP INDEX IF EXISTS indicators_name;
            CREATE INDEX IF NOT EXISTS places_name ON places(name);
            CREATE INDEX IF NOT EXISTS reports_list ON reports(\(listOrder));
            """)
    }
}
