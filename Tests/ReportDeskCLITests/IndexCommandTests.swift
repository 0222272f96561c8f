import Foundation
import GRDB
import XCTest
import ReportModel
@testable import ReportStore

/// `index` and `search` through the real binary, and an ingest killed with SIGKILL midway.
final class IndexCommandTests: XCTestCase {
    static let sharedCorpus = Binary.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("rd-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        return d
    }

    func json(_ out: Binary.Output) throws -> [String: Any] {
        let obj = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        return try XCTUnwrap(obj as? [String: Any], out.stdout + out.stderr)
    }

    func testIndexThenSearchTheBundledReports() throws {
        let index = try tempDir().appendingPathComponent("i.sqlite").path
        let first = try Binary.run(["index", "--index", index, "--json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let a = try json(first)
        let files = Corpus.files(under: Binary.root.appendingPathComponent("Data/reports").path).count
        XCTAssertEqual(a["reports"] as? Int, files)
        XCTAssertEqual((a["failed"] as? [Any])?.count, 0)
        let again = try json(try Binary.run(["index", "--index", index, "--json"]))
        XCTAssertEqual(again["unchanged"] as? Int, files)
        XCTAssertEqual(again["added"] as? Int, 0)

        let text = try Binary.run(["search", "高标准农田", "--index", index])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("岑阳镇 › 2024"), text.stdout)
        XCTAssertTrue(text.stdout.contains("«高标准农田»1600亩"), text.stdout)
        XCTAssertTrue(text.stdout.contains("建设高标准农田 ×1"), text.stdout)
        let short = try json(try Binary.run(["search", "镇长", "--index", index, "--json", "--paragraphs"]))
        XCTAssertFalse((short["paragraphs"] as? [Any] ?? []).isEmpty, "two-character queries work")
    }

    /// The whole shared corpus: an ingest killed with SIGKILL leaves a consistent, partial index; the next run adds
    /// exactly the rest and ends with every file indexed and none failed.
    func testKilledIngestLeavesConsistentIndexAndResumes() throws {
        guard FileManager.default.fileExists(atPath: Self.sharedCorpus) else { throw XCTSkip("../shared/corpus not present") }
        let total = Corpus.files(under: Self.sharedCorpus).count
        let index = try tempDir().appendingPathComponent("corpus.sqlite").path
        var config = Configuration()
        config.readonly = true
        func indexed() -> Int {
            guard FileManager.default.fileExists(atPath: index + "-wal"),
                  let db = try? DatabaseQueue(path: index, configuration: config) else { return 0 }
            defer { try? db.close() }
            return (try? db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reports") ?? 0 }) ?? 0
        }
        let killed = try Binary.run(["index", Self.sharedCorpus, "--index", index], timeout: 900, killWhen: { indexed() >= 150 })
        XCTAssertEqual(killed.status, 137, "killed midway: " + killed.stdout + killed.stderr)

        let store = try IndexStore(corpus: Self.sharedCorpus, path: index)
        let before = try store.counts().reports
        XCTAssertGreaterThanOrEqual(before, 150)
        XCTAssertLessThan(before, total)
        XCTAssertEqual(try store.checkConsistency(), [], "every report in the killed index has all its rows")

        let resumed = try Binary.run(["index", Self.sharedCorpus, "--index", index, "--json", "--check"], timeout: 900)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        let s = try json(resumed)
        XCTAssertEqual(s["added"] as? Int, total - before)
        XCTAssertEqual(s["unchanged"] as? Int, before)
        XCTAssertEqual((s["failed"] as? [Any])?.count, 0, "\(s["failed"] ?? "")")
        XCTAssertEqual(s["reports"] as? Int, total)
        XCTAssertEqual(s["consistent"] as? Bool, true)
        print("kill -9 after \(before) of \(total) reports; resumed run added \(total - before)")
    }

    /// A second process reading while `reportdesk index` ingests: every open succeeds without taking the index
    /// for broken, and every read sees whole reports (each with all its indicator and section rows) and
    /// indicator-name counts that add up — a state between two file transactions, never inside one.
    func testReaderDuringIngestSeesConsistentStates() throws {
        let dir = try tempDir()
        let generated = try Binary.run(["generate", "--count", "400", "--seed", "3", "--out", dir.path])
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let corpus = dir.appendingPathComponent("reports").path
        let index = dir.appendingPathComponent("index.sqlite").path
        var seen: Set<Int> = []
        var problems: [String] = []
        var reads = 0
        let run = try Binary.run(["index", corpus, "--index", index], timeout: 600, killWhen: {
            guard FileManager.default.fileExists(atPath: index + "-wal") else { return false }
            do {
                let store = try IndexStore(corpus: corpus, path: index)
                problems += try store.checkConsistency()
                // One read transaction, so both counts come from the same snapshot.
                let (reports, indicators, named) = try store.pool.read { db in
                    (try Int.fetchOne(db, sql: "SELECT count(*) FROM reports") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM indicators") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT coalesce(sum(n), 0) FROM indicator_names") ?? 0)
                }
                if named != indicators { problems.append("\(named) named indicators, \(indicators) rows") }
                problems += store.notes
                seen.insert(reports)
                reads += 1
            } catch {
                problems.append("\(error)")
            }
            return false
        })
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(problems, [])
        XCTAssertGreaterThanOrEqual(seen.count, 3, "reads landed while the ingest was under way (\(reads) reads, states \(seen.sorted()))")
        XCTAssertFalse(FileManager.default.fileExists(atPath: index + ".broken"))
        let final = try IndexStore(corpus: corpus, path: index)
        XCTAssertEqual(try final.counts().reports, 400)
        XCTAssertEqual(try final.checkConsistency(), [])
    }

    /// A busy index is not a broken one: when opening needs the write lock (here to record a new corpus folder)
    /// and another connection holds it past the timeout, the open fails with a message and the file stays.
    func testBusyIndexIsNotMovedAside() throws {
        let dir = try tempDir()
        let corpus = Binary.root.appendingPathComponent("Data/reports").path
        let index = dir.appendingPathComponent("busy.sqlite").path
        _ = try IndexStore(corpus: corpus, path: index).refresh()
        let holder = try DatabaseQueue(path: index)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inTransaction(.immediate) { _ in
                locked.signal()
                release.wait()
                return .rollback
            }
            done.signal()
        }
        locked.wait()
        XCTAssertThrowsError(try IndexStore(corpus: dir.path, path: index)) { e in
            XCTAssertTrue("\(e)".contains("cannot open the index"), "\(e)")
        }
        release.signal()
        done.wait()
        XCTAssertFalse(FileManager.default.fileExists(atPath: index + ".broken"))
        XCTAssertEqual(try IndexStore(corpus: corpus, path: index).counts().reports, 5)
    }

    /// Damage inside the index that opening does not read (a page in the middle overwritten): `index --check`
    /// finds it, moves the file aside, rebuilds, and the index answers again.
    func testDamagedPageIsFoundByCheckAndRebuilt() throws {
        let dir = try tempDir()
        let corpus = dir.appendingPathComponent("reports")
        try FileManager.default.copyItem(at: Binary.root.appendingPathComponent("Data/reports"), to: corpus)
        try? FileManager.default.removeItem(at: corpus.appendingPathComponent(".reportdesk"))
        let index = dir.appendingPathComponent("index.sqlite").path
        XCTAssertEqual(try Binary.run(["index", corpus.path, "--index", index]).status, 0)
        let h = try XCTUnwrap(FileHandle(forUpdatingAtPath: index))
        let size = try h.seekToEnd()
        try h.seek(toOffset: size / 4096 / 2 * 4096)
        try h.write(contentsOf: Data(repeating: 0xDE, count: 8192))
        try h.close()
        let checked = try Binary.run(["index", corpus.path, "--index", index, "--check"])
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
        XCTAssertTrue(checked.stderr.contains("moved to \(index).broken and rebuilding"), checked.stderr)
        XCTAssertTrue(checked.stdout.contains("consistent"), checked.stdout)
        XCTAssertTrue(checked.stdout.contains("added 5"), checked.stdout)
        let search = try Binary.run(["search", "地区生产总值", "--corpus", corpus.path, "--index", index])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("地区生产总值"), search.stdout)
    }
}
