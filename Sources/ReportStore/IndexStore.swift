import Foundation
import GRDB
import ReportModel

/// The problem that stopped an index from opening, naming the file.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public init(path: String, problem: String) { self.path = path; self.problem = problem }
    public var description: String { "\(path): \(problem)" }
}

/// The parsed corpus in SQLite: one row per report file (metadata, source path, content hash, parser version),
/// its sections and indicators, the places, and FTS5 trigram indexes over paragraph text and indicator names.
/// WAL mode, one transaction per file: readers always see whole files, and a killed ingest leaves a consistent
/// index that the next `refresh` completes. ReportDesk never writes into the report folder except this file.
public final class IndexStore: Sendable {
    /// The index file.
    public let path: String
    /// The corpus folder (absolute); report paths in the index are relative to it.
    public let root: String
    /// Said once when the index was opened: where it went and why, or that a broken index was rebuilt.
    public let notes: [String]
    let pool: DatabasePool
    /// Names and places kept in memory for the dashboard's queries (see Queries.swift).
    let caches = QueryCaches()

    /// Bumped when the tables change incompatibly; an index of another schema is rebuilt. Additions are
    /// migrations (`Schema.migrator`), which bring an existing index up to date in place.
    public static let schemaVersion = 2

    /// `<corpus>/.reportdesk/index.sqlite`, or, when the corpus folder cannot be written, a file under
    /// `$XDG_CACHE_HOME/reportdesk` (or `~/.cache/reportdesk`) named after the folder, with a note saying so.
    /// A folder without write permission bits counts as read-only even for root, who could write it anyway.
    public static func defaultLocation(corpus root: String) -> (path: String, note: String?) {
        let dir = (root as NSString).appendingPathComponent(".reportdesk")
        func writable(_ path: String) -> Bool {
            var st = stat()
            return access(path, W_OK) == 0 && stat(path, &st) == 0 && st.st_mode & 0o222 != 0
        }
        if writable(dir) || (!FileManager.default.fileExists(atPath: dir) && writable(root)) {
            return ((dir as NSString).appendingPathComponent("index.sqlite"), nil)
        }
        let env = ProcessInfo.processInfo.environment
        let cache = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        let name = URL(fileURLWithPath: root).lastPathComponent + "-" + ContentHash.of(Data(root.utf8)).prefix(8) + ".sqlite"
        let path = ((cache as NSString).appendingPathComponent("reportdesk") as NSString).appendingPathComponent(name)
        return (path, "\(root) is read-only; the index is kept in \(path) (use --index PATH to choose)")
    }

    /// Opens (creating when missing) the index of the corpus at `root`. A file that is not a ReportDesk index of
    /// this schema — corrupt, foreign, or from another version — is moved aside to `PATH.broken` and rebuilt.
    public convenience init(corpus root: String, path explicit: String? = nil) throws(StoreError) {
        try self.init(corpus: root, path: explicit, prior: [])
    }

    /// `prior`: notes from before this open (a damaged index moved aside), said first.
    init(corpus root: String, path explicit: String?, prior: [String]) throws(StoreError) {
        let root = URL(fileURLWithPath: root).standardizedFileURL.path
        let (path, note) = explicit.map { ($0, nil) } ?? Self.defaultLocation(corpus: root)
        var notes = prior + (note.map { [$0] } ?? [])
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path, problem: "cannot create the index folder: \(error.localizedDescription)")
        }
        let pool: DatabasePool
        do {
            pool = try Self.open(path, root: root)
        } catch let first where !Self.isBroken(first) {
            // Busy (another process holds the write lock past the timeout), locked, no permission, I/O:
            // the file may be fine, so it is left alone.
            throw StoreError(path: path, problem: "cannot open the index: \(Self.describe(first))")
        } catch let first {
            // Not ours, damaged, or an older schema: keep the old file for inspection and start again.
            notes.append(try Self.moveAside(path, because: first))
            do { pool = try Self.open(path, root: root) } catch {
                throw StoreError(path: path, problem: "cannot create the index: \(Self.describe(error))")
            }
        }
        self.pool = pool; self.path = path; self.root = root; self.notes = notes
    }

    /// Moves a damaged index (and its WAL) to `PATH.broken`; returns the note that says so.
    private static func moveAside(_ path: String, because error: any Error) throws(StoreError) -> String {
        let aside = path + ".broken"
        try? FileManager.default.removeItem(atPath: aside)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do { try FileManager.default.moveItem(atPath: path, toPath: aside) } catch {
            throw StoreError(path: path, problem: "cannot open the index (\(describe(error))) nor move it aside: \(error.localizedDescription)")
        }
        return "\(path): \(describe(error)); moved to \(aside) and rebuilding"
    }

    /// The index found damaged after it was opened (a page that the open did not read): this store is closed,
    /// the file moved aside, and a new empty index returned, with a note saying so. Refresh it to fill it again.
    public func rebuilt(because error: any Error) throws(StoreError) -> IndexStore {
        try? pool.close()
        let note = try Self.moveAside(path, because: error)
        return try IndexStore(corpus: root, path: path, prior: [note])
    }

    private static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? e.description }
        return "\(error)"
    }

    private struct NotOurs: Error, CustomStringConvertible { var description: String }

    /// The file is not a usable index (not SQLite, corrupt, another application's or another schema's):
    /// moving it aside and rebuilding loses nothing.
    public static func isBroken(_ error: any Error) -> Bool {
        if error is NotOurs { return true }
        guard let e = error as? DatabaseError else { return false }
        return e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_FORMAT
    }

    /// Whether opening is a read: the file is ours, of this schema, for this root, with every migration applied.
    /// Throws `NotOurs` for another application's file or another schema.
    private static func isReady(_ db: Database, root: String) throws -> Bool {
        guard try !String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'").isEmpty else { return false }
        let meta = try? Dictionary(Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0["key"] as String, $0["value"] as String) },
                                   uniquingKeysWith: { a, _ in a })
        guard let meta, meta["app"] == "reportdesk" else { throw NotOurs(description: "not a ReportDesk index") }
        guard meta["schema"] == String(schemaVersion) else {
            throw NotOurs(description: "index schema \(meta["schema"] ?? "?"), this ReportDesk needs \(schemaVersion)")
        }
        return try meta["root"] == root && Schema.migrator.hasCompletedMigrations(db)
    }

    private static func open(_ path: String, root: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // Larger pages pack the deflated text blocks (1.5 KB on average) with less room left over; pages freed
            // when the trigram index is merged go back to the file system (`compact`). Both only take effect on a new file.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA page_size = 8192; PRAGMA auto_vacuum = INCREMENTAL") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            db.add(function: BlockReader.sqlFunction())
        }
        let pool = try DatabasePool(path: path, configuration: config)
        // A reader opening the index while another process ingests needs no write lock: when the index is
        // ours, current and for this root, opening is a read. Reading the schema fails on a file that is not
        // SQLite; a full integrity check is `index --check` (it reads every page: too slow for every start).
        if try pool.read({ db in try isReady(db, root: root) }) { return pool }
        do {
            try Schema.migrator.migrate(pool)
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
            // Another process applied the same migration between our reading the applied ones and running it.
            try Schema.migrator.migrate(pool)
        }
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('root', ?)", arguments: [root])
        }
        return pool
    }

    /// Absolute path of a report stored under its corpus-relative path.
    func absolute(_ relative: String) -> String { relative.hasPrefix("/") ? relative : root + "/" + relative }
    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// Counts for a status line.
    public func counts() throws -> (reports: Int, indicators: Int, failures: Int) {
        try pool.read { db in
            (try ReportRecord.fetchCount(db),
             try ReportRecord.select(sum(ReportRecord.Columns.indicatorCount), as: Int.self).fetchOne(db) ?? 0,
             try FailureRecord.fetchCount(db))
        }
    }

    /// Files that could not be read at the last ingest, with the reason.
    public func failures() throws -> [ReadError] {
        try pool.read { db in
            try FailureRecord.order(FailureRecord.Columns.path).fetchAll(db).map { ReadError(file: absolute($0.path), problem: $0.problem) }
        }
    }

    /// SQLite's own consistency check plus ReportDesk's: every report's rows are all there (counts match). Damage SQLite
    /// reports throws (`isBroken` is true of it), so `index --check` rebuilds the file.
    public func checkConsistency() throws -> [String] {
        try pool.read { db in
            // Damage SQLite finds is the file's, not a report's: the index is broken (moved aside and rebuilt).
            let damage = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            if !damage.isEmpty { throw NotOurs(description: "damaged index: " + damage.prefix(3).joined(separator: "; ")) }
            var problems: [String] = []
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.path, r.indicator_count AS expected_indicators, r.section_count AS expected_sections,
                       (SELECT count(*) FROM indicators i WHERE i.id BETWEEN r.id * \(Schema.span) AND r.id * \(Schema.span) + \(Schema.span - 1)) AS indicators,
                       (SELECT count(*) FROM sections s WHERE s.report_id = r.id) AS sections
                FROM reports r
                """)
            for r in rows {
                let (wantI, haveI, wantS, haveS): (Int, Int, Int, Int) = (r["expected_indicators"], r["indicators"], r["expected_sections"], r["sections"])
                if wantI != haveI || wantS != haveS {
                    problems.append("\(r["path"] as String): \(haveI) of \(wantI) indicators, \(haveS) of \(wantS) sections")
                }
            }
            let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM indicators WHERE id / \(Schema.span) NOT IN (SELECT id FROM reports)") ?? 0
            if orphans > 0 { problems.append("\(orphans) indicators belong to no report") }
            return problems
        }
    }
}
