import Foundation
import XCTest
import ReportModel
import ReportSynthetic
@testable import ReportStore

/// The index answers the dashboard's questions exactly as the in-memory answerer does over the same reports.
final class QueriesTests: XCTestCase {
    func testIndexAndMemoryGiveTheSameAnswers() throws {
        let d = try IndexStoreTests.scratchFolder(for: self)
        let corpus = d.appendingPathComponent("reports"), index = d.appendingPathComponent("index.sqlite").path
        let store = try IndexStore(corpus: corpus.path, path: index)
        _ = try store.refresh()
        // prepare() (the dashboard asks at start) leaves the name and place tables in memory for the first search.
        XCTAssertNil(store.caches.names.withLock { $0 })
        try store.prepare()
        XCTAssertNotNil(store.caches.names.withLock { $0 })
        XCTAssertNotNil(store.caches.places.withLock { $0 })
        let memory = MemoryQueries(reports: Corpus.load(corpus.path).reports)

        for q in ["gdp", "dqsczz", "规上工业", "gsgy", "地區生產總值", "高标准农田", "gdp 京东", "税"] {
            let a = try store.searchIndicators(q, limit: 400), b = try memory.searchIndicators(q, limit: 400)
            XCTAssertEqual(Set(a.map { "\($0.hit.file)#\($0.hit.indicator.start):\($0.match.label)" }),
                           Set(b.map { "\($0.hit.file)#\($0.hit.indicator.start):\($0.match.label)" }), q)
            XCTAssertEqual(a.first?.match, b.first?.match, q)
        }
        XCTAssertEqual(try store.searchIndicators("gdp", limit: 10).first?.hit.indicator.canonicalId, "gdp")
        // Whole hits, years included: a hit's year is the figure's (京东镇 2023's 93.8亿元 is 2022's actual).
        for q in ["gdp", "高标准农田", "税"] {
            let key = { (m: IndicatorMatch) in "\(m.hit.file)#\(m.hit.indicator.start)#\(m.hit.indicator.name)" }
            let a = try store.searchIndicators(q, limit: 400).sorted { key($0) < key($1) }
            let b = try memory.searchIndicators(q, limit: 400).sorted { key($0) < key($1) }
            XCTAssertEqual(a.map(\.hit), b.map(\.hit), q)
        }

        // Full-text search: the same paragraphs, years and sentences.
        for q in ["地区生产总值", "税", "高标准农田", "乡村振兴 产业", "农田", "产业 增长"] {
            let key = { (h: ParagraphHit) in "\(h.file)#\(h.paragraph)" }
            let a = try store.searchParagraphs(q, limit: 400).sorted { key($0) < key($1) }
            let b = try memory.searchParagraphs(q, limit: 400).sorted { key($0) < key($1) }
            XCTAssertEqual(a.map(key), b.map(key), q)
            XCTAssertEqual(a.map(\.year), b.map(\.year), q)
            XCTAssertEqual(a.map(\.sentence), b.map(\.sentence), q)
            XCTAssertEqual(a.map(\.matches), b.map(\.matches), q)
        }

        // Name search: each name's count and latest uses are those of the parsed reports, with the figure's year.
        let parsed = memory.analysis.reports
        for q in ["地区生产总值", "税"] {
            let names = try store.searchNames(q, limit: 10, perName: 3)
            XCTAssertFalse(names.isEmpty, q)
            for n in names {
                let uses = parsed.flatMap { r in r.indicators.filter { $0.name == n.name }.map { (r, $0) } }
                XCTAssertEqual(n.count, uses.count, n.name)
                XCTAssertEqual(n.latest.map(\.indicator.year), Array(uses.map(\.1.year).sorted { ($0 ?? -1) > ($1 ?? -1) }.prefix(3)), n.name)
                for u in n.latest {
                    let r = try XCTUnwrap(uses.first { $0.0.file == u.file && $0.1.start == u.indicator.start }?.0, n.name)
                    XCTAssertEqual(u.year, u.indicator.year ?? r.displayYear, n.name)
                }
            }
        }
        let gdp = try XCTUnwrap(try store.searchNames("地区生产总值", limit: 10).first { $0.name == "地区生产总值" })
        let jd = try XCTUnwrap(gdp.latest.first { $0.place == "京东镇" && $0.indicator.baseValue == 9_380_000_000 })
        XCTAssertEqual(jd.year, 2022, "the 2023 report's 93.8亿元 is 2022's")

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

    /// Full-text search checks its candidate blocks in batches on every core: a term whose candidates span more
    /// than one batch (but whose matches fit the ranking window) finds every paragraph the in-memory answerer finds,
    /// ranked best first, and the same answer each time it is asked.
    func testParagraphSearchAcrossBatchesGivesTheMemoryAnswer() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-batches-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        _ = try SyntheticCorpus(count: 160, seed: 4).write(to: d.path)
        let corpus = d.appendingPathComponent("reports").path
        let store = try IndexStore(corpus: corpus, path: d.appendingPathComponent("index.sqlite").path)
        _ = try store.refresh()
        let memory = MemoryQueries(reports: Corpus.load(corpus).reports)
        var checked = 0
        for q in ["生产总值", "增长", "农村", "项目"] {
            guard case .match(let m) = try store.pool.read({ db in try IndexStore.blockQuery(db, [q]) }) else { continue }
            let blocks = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH ?", arguments: [m]) ?? 0 }
            let all = try memory.searchParagraphs(q, limit: 100_000)
            guard blocks > IndexStore.searchBatch, all.count < IndexStore.rankWindow else { continue }
            let a = try store.searchParagraphs(q, limit: IndexStore.rankWindow)
            let key = { (h: ParagraphHit) in "\(h.file)#\(h.paragraph)" }
            XCTAssertEqual(a.count, all.count, q)
            XCTAssertTrue(Set(a.map(key)) == Set(all.map(key)), q)
            XCTAssertTrue(zip(a, a.dropFirst()).allSatisfy { $0.rank <= $1.rank }, q)
            XCTAssertTrue(try store.searchParagraphs(q, limit: IndexStore.rankWindow).map(key) == a.map(key), q)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "a term with candidates in more than one batch")
    }
}
