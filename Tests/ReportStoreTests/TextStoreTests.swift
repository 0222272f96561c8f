import Foundation
import GRDB
import XCTest
import ReportModel
@testable import ReportStore

/// The index keeps paragraph text once, deflated in blocks, under a trigram index without text or positions:
/// what is stored reads back, sentences are spans of it, and searching, updating and removing stay exact.
final class TextStoreTests: XCTestCase {
    func scratch() throws -> (corpus: URL, dir: URL) {
        let d = try IndexStoreTests.scratchFolder(for: self)
        return (d.appendingPathComponent("reports"), d)
    }

    /// Every paragraph of the bundled reports comes back from its block, the traditional report's original script
    /// too, and every indicator's sentence is found as a span of its paragraph (none is kept as a copy).
    func testBlocksKeepEveryParagraphAndEverySentenceIsASpan() throws {
        let reports = Corpus.load(IndexStoreTests.seeds.path).reports
        XCTAssertEqual(reports.count, 5)
        var traditional = 0
        for r in reports {
            let p = IndexStore.Prepared(r)
            XCTAssertGreaterThan(p.blocks.count, 1, r.file)
            var texts: [String] = [], displays: [String] = [], bodies: [[UInt8]] = []
            for b in p.blocks {
                XCTAssertEqual(b.first, texts.count, r.file)
                let back = try XCTUnwrap(TextBlock.unpacked(first: b.first, text: b.text, display: b.display), r.file)
                XCTAssertLessThan(b.text.count, back.texts.joined().utf8.count, "deflated: \(r.file)")
                texts += back.texts
                displays += zip(back.texts, back.displays).map { $0.1 ?? $0.0 }
                let (raw, start, _) = try XCTUnwrap(TextBlock.body(b.text))
                bodies.append(Array(raw[start...]))
                XCTAssertEqual(String(decoding: raw[start...], as: UTF8.self) + "\n\n", b.indexed)
            }
            XCTAssertEqual(texts, r.paragraphs.map(\.text), r.file)
            if r.script != .simplified {
                traditional += 1
                XCTAssertEqual(displays, r.paragraphs.map(\.display), r.file)
                XCTAssertNotEqual(displays, texts, r.file)
            }
            XCTAssertEqual(p.spans.count, r.indicators.count)
            for (x, span) in zip(r.indicators, p.spans) {
                let s = try XCTUnwrap(span, "\(r.file): \(x.text)")
                XCTAssertEqual(String(decoding: bodies[s.block][s.start..<s.end], as: UTF8.self), x.text, r.file)
            }
        }
        XCTAssertEqual(traditional, 1)

        // A damaged block reads as nothing, never as wrong text: cut short, bit-flipped, or not deflate at all.
        let block = try XCTUnwrap(IndexStore.Prepared(reports[0]).blocks.first).text
        XCTAssertNotNil(TextBlock.body(block))
        XCTAssertNil(TextBlock.body(block.prefix(block.count / 2)))
        var flipped = block
        flipped[flipped.count / 3] ^= 0xFF
        let read = TextBlock.body(flipped)
        XCTAssertTrue(read == nil || read?.bytes != TextBlock.body(block)?.bytes)
        XCTAssertNil(TextBlock.body(Data("not a block".utf8)))
    }

    /// A two-character term is looked up through the trigrams it starts, including at the very end of a paragraph
    /// (each block's text ends in two line breaks): the last two characters of real paragraphs are found.
    func testShortTermsAtParagraphEndsAreFoundThroughTheIndex() throws {
        let (corpus, dir) = try scratch()
        let store = try IndexStore(corpus: corpus.path, path: dir.appendingPathComponent("index.sqlite").path)
        _ = try store.refresh()
        let reports = Corpus.load(corpus.path).reports
        var tried = 0
        for r in reports {
            for (i, p) in r.paragraphs.enumerated() {
                let s = Array(p.text.unicodeScalars)
                guard s.count >= 4, s.suffix(2).allSatisfy({ $0.properties.isIdeographic }) else { continue }
                let term = String(String.UnicodeScalarView(s.suffix(2)))
                let query = try store.pool.read { db in try IndexStore.blockQuery(db, [term]) }
                guard case .match = query else { XCTFail("\(term) not narrowed by the index: \(query)"); continue }
                let hits = try store.searchParagraphs(term, limit: IndexStore.rankWindow)
                XCTAssertTrue(hits.contains { $0.file == r.file && $0.paragraph == i }, "\(term) at the end of \(r.file) #\(i)")
                tried += 1
                if tried % 40 == 0 { break }
            }
        }
        XCTAssertGreaterThanOrEqual(tried, 20)
        // A pair of characters no paragraph holds needs no paragraph read at all.
        XCTAssertEqual(try store.pool.read { db in try IndexStore.blockQuery(db, ["鑫龘"]) }, .none)
    }

    /// Updating and removing files take their trigrams out of the index exactly: after changes the vocabulary is
    /// that of an index built afresh from the same folder.
    func testUpdatesAndRemovalsLeaveTheSameTrigramsAsAFreshIndex() throws {
        let (corpus, dir) = try scratch()
        let store = try IndexStore(corpus: corpus.path, path: dir.appendingPathComponent("a.sqlite").path)
        _ = try store.refresh()
        let files = Corpus.files(under: corpus.path)
        try FileManager.default.removeItem(atPath: files[0])
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: files[1]))
        handle.seekToEndOfFile()
        handle.write(Data("\n全年新增绿化面积987.6亩。\n".utf8))
        try handle.close()
        let s = try store.refresh()
        XCTAssertEqual([s.removed, s.updated], [1, 1])
        let fresh = try IndexStore(corpus: corpus.path, path: dir.appendingPathComponent("b.sqlite").path)
        _ = try fresh.refresh()
        let vocabulary = { (st: IndexStore) in
            try st.pool.read { db in try Row.fetchAll(db, sql: "SELECT term, doc FROM paragraph_vocab ORDER BY term").map { "\($0[0] as String)\t\($0[1] as Int)" } }
        }
        let (a, b) = (try vocabulary(store), try vocabulary(fresh))
        XCTAssertGreaterThan(b.count, 10_000)
        XCTAssertEqual(a.count, b.count)
        XCTAssertEqual(a, b)
        XCTAssertEqual(try store.searchParagraphs("987.6亩").count, 1)
        XCTAssertEqual(try store.checkConsistency(), [])
    }
}
