import Foundation
import XCTest
import ReportModel
@testable import ReportStore

/// The index answers the dashboard's questions exactly as the in-memory answerer does over the same reports.
final class QueriesTests: XCTestCase {
    func testIndexAndMemoryGiveTheSameAnswers() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-queries-\(UUID().uuidString)")
        let corpus = d.appendingPathComponent("reports"), index = d.appendingPathComponent("index.sqlite").path
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: IndexStoreTests.seeds, to: corpus)
        try? FileManager.default.removeItem(at: corpus.appendingPathComponent(".reportdesk"))
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        let store = try IndexStore(corpus: corpus.path, path: index)
        _ = try store.refresh()
        let memory = MemoryQueries(reports: Corpus.load(corpus.path).reports)

        for q in ["gdp", "dqsczz", "规上工业", "gsgy", "地區生產總值", "高标准农田", "gdp 京东", "税"] {
            let a = try store.searchIndicators(q, limit: 400), b = try memory.searchIndicators(q, limit: 400)
            XCTAssertEqual(Set(a.map { "\($0.hit.file)#\($0.hit.indicator.start):\($0.match.label)" }),
                           Set(b.map { "\($0.hit.file)#\($0.hit.indicator.start):\($0.match.label)" }), q)
            XCTAssertEqual(a.first?.match, b.first?.match, q)
        }
        XCTAssertEqual(try store.searchIndicators("gdp", limit: 10).first?.hit.indicator.canonicalId, "gdp")

        for (place, id) in [("京东镇", "gdp"), ("岑阳镇", "gdp"), ("jdz", "gdp"), ("京东镇", "general_budget_revenue"), ("不存在镇", "gdp")] {
            XCTAssertEqual(try store.series(place: place, indicator: id), try memory.series(place: place, indicator: id), "\(place) \(id)")
        }
        XCTAssertFalse(try store.series(place: "京东镇", indicator: "gdp").rows.isEmpty)

        for year in [nil, 2022, 2023] as [Int?] {
            let a = try store.compare(places: ["京东镇", "岑阳镇"], year: year), b = try memory.compare(places: ["京东镇", "岑阳镇"], year: year)
            XCTAssertEqual(a, b, "\(year as Any)")
            XCTAssertFalse(a.rows.isEmpty)
        }
        let doc = try store.document(file: corpus.appendingPathComponent(try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: corpus.path).first { $0.hasPrefix("京东镇") })).path)
        XCTAssertFalse(doc.paragraphs.isEmpty)
    }
}
