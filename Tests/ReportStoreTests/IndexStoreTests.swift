import Foundation
import GRDB
import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch
@testable import ReportStore

/// The index on the seed reports: what goes in comes back, refreshes touch only what changed, search finds text.
final class IndexStoreTests: XCTestCase {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repoRoot.appendingPathComponent("Data/reports")

    /// A scratch folder holding a copy of the seed reports in `reports/`, removed when `test` ends.
    static func scratchFolder(for test: XCTestCase) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-store-\(UUID().uuidString)")
        let corpus = d.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: seeds, to: corpus)
        try? FileManager.default.removeItem(at: corpus.appendingPathComponent(".reportdesk"))
        test.addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        return d
    }

    /// A scratch copy of the seed reports and an index file beside it.
    func scratch() throws -> (corpus: URL, index: String) {
        let d = try Self.scratchFolder(for: self)
        return (d.appendingPathComponent("reports"), d.appendingPathComponent("index.sqlite").path)
    }

    func testIndexedReportsEqualParsedOnes() throws {
        let (corpus, index) = try scratch()
        let store = try IndexStore(corpus: corpus.path, path: index)
        let s = try store.refresh()
        let parsed = Corpus.load(corpus.path)
        XCTAssertEqual(s.added, parsed.reports.count)
        XCTAssertEqual(s.failed, [])
        let back = try store.reports()
        XCTAssertEqual(back.map(\.file), parsed.reports.map(\.file))
        for (a, b) in zip(back, parsed.reports) {
            XCTAssertEqual(a.place, b.place, a.file)
            XCTAssertEqual(a.kind, b.kind)
            XCTAssertEqual(a.title, b.title)
            XCTAssertEqual(a.date, b.date)
            XCTAssertEqual(a.reviewYear, b.reviewYear)
            XCTAssertEqual(a.planYear, b.planYear)
            XCTAssertEqual(a.speaker, b.speaker)
            XCTAssertEqual(a.script, b.script)
            XCTAssertEqual(a.anonymised, b.anonymised)
            XCTAssertFalse(b.indicators.isEmpty, b.file)
            XCTAssertEqual(a.indicators, b.indicators, a.file)
        }
        XCTAssertEqual(try store.checkConsistency(), [])
        // The analysis reads the same places from the index as from the files.
        XCTAssertEqual(Analysis(reports: back).places.places.map(\.name), Analysis(reports: parsed.reports).places.places.map(\.name))
    }

    func testRefreshTouchesOnlyWhatChanged() throws {
        let (corpus, index) = try scratch()
        let store = try IndexStore(corpus: corpus.path, path: index)
        let first = try store.refresh()
        let n = first.added
        XCTAssertGreaterThanOrEqual(n, 5)

        var s = try store.refresh()
        XCTAssertEqual([s.added, s.updated, s.removed, s.unchanged, s.failed.count], [0, 0, 0, n, 0])
        XCTAssertEqual(s.bytesParsed, 0)

        let files = Corpus.files(under: corpus.path)
        let fm = FileManager.default
        // A new time on the same bytes: read and hashed, not parsed.
        try fm.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: files[0])
        s = try store.refresh()
        XCTAssertEqual([s.added, s.updated, s.unchanged], [0, 0, n])
        XCTAssertEqual(s.bytesParsed, 0)

        // Changed content: re-parsed, and its new figure is searchable.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: files[1]))
        handle.seekToEndOfFile()
        handle.write(Data("\n全年新增绿化面积987.6亩。\n".utf8))
        try handle.close()
        s = try store.refresh()
        XCTAssertEqual([s.added, s.updated, s.removed, s.unchanged], [0, 1, 0, n - 1])
        XCTAssertEqual(try store.searchParagraphs("987.6亩").count, 1)

        // A removed file, and an unreadable one, named with its reason and not retried until it changes.
        try fm.removeItem(atPath: files[2])
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x00, 0xDC] + [UInt8](repeating: 0, count: 64)).write(to: corpus.appendingPathComponent("broken.txt"))
        s = try store.refresh()
        XCTAssertEqual(s.removed, 1)
        XCTAssertEqual(s.failed.count, 1)
        XCTAssertTrue(s.failed.first?.file.hasSuffix("broken.txt") == true)
        XCTAssertTrue(s.failed.first?.problem.contains("binary data") == true, "\(s.failed)")
        s = try store.refresh()
        XCTAssertEqual([s.added, s.updated, s.removed, s.failed.count, s.unchanged], [0, 0, 0, 0, n])
        XCTAssertEqual(try store.failures().map { URL(fileURLWithPath: $0.file).lastPathComponent }, ["broken.txt"])
        XCTAssertEqual(try store.counts().reports, n - 1)

        // A parser-version change re-parses everything.
        try store.pool.write { db in try db.execute(sql: "UPDATE reports SET parser_version = 0") }
        s = try store.refresh()
        XCTAssertEqual(s.updated, n - 1)
        XCTAssertEqual(try store.checkConsistency(), [])
    }

    func testSearchFindsSentencesAndNames() throws {
        let (corpus, index) = try scratch()
        let store = try IndexStore(corpus: corpus.path, path: index)
        _ = try store.refresh()
        let hits = try store.searchParagraphs("高标准农田")
        let cenyang = try XCTUnwrap(hits.first { $0.place == "岑阳镇" && $0.sentence.contains("1600亩") })
        XCTAssertEqual(cenyang.year, 2024)
        XCTAssertNotNil(cenyang.section)
        let scalars = Array(cenyang.sentence.unicodeScalars)
        XCTAssertFalse(cenyang.matches.isEmpty)
        for m in cenyang.matches { XCTAssertEqual(String(String.UnicodeScalarView(scalars[m])), "高标准农田") }
        // Traditional spelling finds the same paragraphs; two-character queries still work.
        XCTAssertEqual(try store.searchParagraphs("高標準農田").map(\.paragraph), hits.map(\.paragraph))
        XCTAssertTrue(try store.searchParagraphs("农田", limit: 100).contains { $0.place == "岑阳镇" })
        XCTAssertEqual(try store.searchParagraphs("不存在的词语组合"), [])

        let names = try store.searchNames("高标准农田")
        let built = try XCTUnwrap(names.first { $0.name == "建设高标准农田" })
        XCTAssertEqual(built.latest.first?.place, "岑阳镇")
        XCTAssertEqual(built.latest.first?.indicator.value, 1600)
        XCTAssertFalse(try store.searchNames("税").isEmpty, "one-character name search")
        XCTAssertFalse(try store.searchNames("GDP").isEmpty && store.searchNames("生产总值").isEmpty)
    }

    /// An index written before the migrator and before the `estimated` column (no grdb_migrations table, the old
    /// indicators_name index, none of the query indexes) upgrades in place: nothing is moved aside or re-parsed.
    func testAnOlderIndexUpgradesInPlace() throws {
        let (corpus, index) = try scratch()
        let added = try IndexStore(corpus: corpus.path, path: index).refresh().added
        XCTAssertGreaterThan(added, 0)
        let old = try DatabaseQueue(path: index)
        try old.write { db in
            try db.execute(sql: """
                DROP TABLE grdb_migrations;
                DROP INDEX indicators_name_year; DROP INDEX indicators_canonical_year; DROP INDEX places_name; DROP INDEX reports_list;
                CREATE INDEX indicators_name ON indicators(name_id);
                ALTER TABLE indicators DROP COLUMN estimated;
                """)
        }
        try old.close()

        let store = try IndexStore(corpus: corpus.path, path: index)
        XCTAssertFalse(store.notes.contains { $0.contains("moved to") }, "\(store.notes)")
        XCTAssertEqual(try store.refresh().unchanged, added)
        let check = try DatabaseQueue(path: index)
        try check.read { db in
            XCTAssertTrue(try db.columns(in: "indicators").contains { $0.name == "estimated" })
            let indexes = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
            XCTAssertTrue(indexes.isSuperset(of: ["indicators_name_year", "indicators_canonical_year", "places_name", "reports_list"]), "\(indexes)")
            XCTAssertFalse(indexes.contains("indicators_name"))
            XCTAssertTrue(try Schema.migrator.hasCompletedMigrations(db))
        }
        try check.close()
        XCTAssertEqual(try store.checkConsistency(), [])
    }

    func testBrokenOrForeignIndexIsRebuilt() throws {
        let (corpus, index) = try scratch()
        try Data("this is not a database".utf8).write(to: URL(fileURLWithPath: index))
        var store = try IndexStore(corpus: corpus.path, path: index)
        XCTAssertTrue(store.notes.contains { $0.contains("moved to") }, "\(store.notes)")
        XCTAssertGreaterThan(try store.refresh().added, 0)

        // Another program's SQLite file is not ours either.
        try FileManager.default.removeItem(atPath: index)
        try? FileManager.default.removeItem(atPath: index + "-wal")
        try? FileManager.default.removeItem(atPath: index + "-shm")
        let other = try DatabaseQueue(path: index)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('keep me')") }
        try other.close()
        store = try IndexStore(corpus: corpus.path, path: index)
        XCTAssertTrue(store.notes.contains { $0.contains("not a ReportDesk index") }, "\(store.notes)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: index + ".broken"))
        XCTAssertGreaterThan(try store.refresh().added, 0)
        XCTAssertEqual(try store.checkConsistency(), [])
    }

    func testReadOnlyCorpusKeepsItsIndexElsewhere() throws {
        let (corpus, _) = try scratch()
        let writable = IndexStore.defaultLocation(corpus: corpus.path)
        XCTAssertEqual(writable.path, corpus.path + "/.reportdesk/index.sqlite")
        XCTAssertNil(writable.note)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: corpus.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: corpus.path) }
        let elsewhere = IndexStore.defaultLocation(corpus: corpus.path)
        XCTAssertFalse(elsewhere.path.hasPrefix(corpus.path), elsewhere.path)
        XCTAssertTrue(elsewhere.note?.contains("read-only") == true)
        // The index there works, and nothing is written into the corpus folder.
        let store = try IndexStore(corpus: corpus.path, path: try scratch().index)
        XCTAssertGreaterThan(try store.refresh().added, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.path + "/.reportdesk"))
    }
}
