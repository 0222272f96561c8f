import GRDB

/// The index tables. Rows that belong to a report carry ids in the report's own block
/// (`report id × span + ordinal`), so a report's rows — and its FTS rows — are one rowid range to read or delete.
enum Schema {
    /// Ids per report block: room for 2^20 indicators or paragraphs in one report.
    static let span: Int64 = 1 << 20

    /// The index's migrations, in order; `grdb_migrations` records the ones applied. An index made before the
    /// migrator (no such table) runs them all too: each leaves alone what it finds already there, so such an index
    /// upgrades in place. An incompatible change bumps `IndexStore.schemaVersion` instead (the index is rebuilt).
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("tables", migrate: create)
        // The `estimated` column came with parser version 3; `tables` has it, older files get it here.
        m.registerMigration("indicators.estimated") { db in
            if try !db.columns(in: "indicators").contains(where: { $0.name == "estimated" }) {
                try db.execute(sql: "ALTER TABLE indicators ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0")
            }
        }
        m.registerMigration("query indexes") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS indicators_canonical;
                DROP INDEX IF EXISTS indicators_name;
                CREATE INDEX IF NOT EXISTS indicators_name_year ON indicators(name_id, year);
                CREATE INDEX IF NOT EXISTS indicators_canonical_year ON indicators(canonical_id, year);
                CREATE INDEX IF NOT EXISTS places_name ON places(name);
                CREATE INDEX IF NOT EXISTS reports_list ON reports(\(listOrder));
                """)
        }
        return m
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT OR IGNORE INTO meta(key, value) VALUES ('app', 'reportdesk'), ('schema', '\(IndexStore.schemaVersion)');

            -- One row per report file that parsed. path is relative to the corpus folder.
            CREATE TABLE IF NOT EXISTS reports(
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
            CREATE INDEX IF NOT EXISTS reports_place ON reports(place_id, display_year);

            -- Files that could not be read, with the reason; retried when they change.
            CREATE TABLE IF NOT EXISTS failures(
                path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL,
                parser_version INTEGER NOT NULL, problem TEXT NOT NULL
            );

            CREATE TABLE IF NOT EXISTS sections(
                report_id INTEGER NOT NULL, ord INTEGER NOT NULL,
                sid TEXT NOT NULL, parent TEXT, level INTEGER NOT NULL, marker TEXT NOT NULL, kind TEXT NOT NULL,
                title TEXT NOT NULL, role TEXT NOT NULL, year INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                para_start INTEGER NOT NULL, para_end INTEGER NOT NULL, part INTEGER NOT NULL,
                PRIMARY KEY(report_id, ord)
            ) WITHOUT ROWID;

            -- Distinct indicator names with how many indicators use each (search ranks by it).
            CREATE TABLE IF NOT EXISTS indicator_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER NOT NULL);

            -- Every field of the JSON export's indicator (docs/json-schema.md) but the name (indicator_names, by name_id).
            -- The sentence is a byte span of its paragraph block (text_block, text_start, text_end); text holds it only
            -- when it is not a span of its paragraph.
            CREATE TABLE IF NOT EXISTS indicators(
                id INTEGER PRIMARY KEY,
                name_id INTEGER NOT NULL, canonical TEXT, canonical_id TEXT,
                value REAL, unit TEXT, base_value REAL, base_unit TEXT, qualifier TEXT,
                range_lo REAL, range_hi REAL, range_lo_included INTEGER, range_hi_included INTEGER, range_from_comparison INTEGER,
                redacted INTEGER NOT NULL, milestone INTEGER NOT NULL,
                change_percent REAL, change_points REAL, has_change INTEGER NOT NULL,
                role TEXT NOT NULL, year INTEGER, period TEXT, section TEXT, text TEXT,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, paragraph INTEGER NOT NULL,
                estimated INTEGER NOT NULL DEFAULT 0,
                text_block INTEGER, text_start INTEGER, text_end INTEGER
            );

            -- Places as the analysis resolves them (renames and spellings joined); rebuilt after each change.
            CREATE TABLE IF NOT EXISTS places(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT, rank INTEGER NOT NULL,
                parents TEXT NOT NULL, former_names TEXT NOT NULL, years TEXT NOT NULL, report_count INTEGER NOT NULL
            );

            -- Paragraph text, once: consecutive paragraphs of a report as one deflated block (TextBlock), the original
            -- script beside it for traditional reports.
            CREATE TABLE IF NOT EXISTS texts(
                id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, first INTEGER NOT NULL, text BLOB NOT NULL, display BLOB
            );
            CREATE INDEX IF NOT EXISTS texts_report ON texts(report_id);
            -- Trigrams of each block (rowid = texts.id), without positions or a copy of the text: a search takes the
            -- blocks holding every trigram of its terms and checks the paragraphs themselves.
            CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_fts USING fts5(text, tokenize = 'trigram', content = '', detail = none, columnsize = 0);
            CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_vocab USING fts5vocab(paragraph_fts, 'row');
            """)
    }

    /// The dashboard's order (level, place, year, path) as an indexed expression, so listing 100,000 reports
    /// needs no sort. Columns are unqualified so the expression matches the index's.
    static let listOrder = """
        CASE level WHEN 'province' THEN 0 WHEN 'municipality' THEN 0 WHEN 'autonomous-region' THEN 0 WHEN 'city' THEN 1 \
        WHEN 'county' THEN 2 WHEN 'district' THEN 2 WHEN 'town' THEN 3 WHEN 'township' THEN 3 WHEN 'subdistrict' THEN 3 \
        WHEN 'management-office' THEN 3 WHEN 'zone' THEN 3 ELSE 9 END, place IS NULL, place, coalesce(display_year, 0), path
        """
}
