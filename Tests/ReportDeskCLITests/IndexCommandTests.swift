import Foundation
import GRDB
import XCTest
import ReportModel
import ReportStore

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
}
