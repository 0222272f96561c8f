import Foundation
import XCTest
@testable import ReportModel
@testable import ReportIndicators

/// `extract` writes its JSON a report (or a few thousand figures) at a time; the bytes are the encoder's own,
/// and a line of figures keeps each figure's text to its clause.
final class ExportStreamTests: XCTestCase {
    /// The flattened table: "地区生产总值增长5%，" 5,000 times on one line.
    static func figuresLine(_ n: Int) -> Report {
        ReportReader.parse(String(repeating: "地区生产总值增长5%，", count: n), file: "figures-line.txt")
    }

    func testStreamedJSONIsTheEncodersBytes() throws {
        var reports = try ["京东镇", "岑阳镇", "源潭镇", "金鹅山", "多地匿名"].map { try Fixtures.seed($0) }
        reports.insert(Self.figuresLine(5_000), at: 2)   // 5,000 figures: written in three pieces
        XCTAssertGreaterThan(reports[2].indicators.count, ExportDocument.chunk * 2)
        let doc = ExportDocument(reports: reports, errors: [ReadError(file: "x.docx", problem: "not a Word document")])
        for pretty in [true, false] {
            let e = JSONEncoder()
            e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            let whole = try e.encode(doc)
            var pieces = 0
            var streamed = Data()
            try doc.write(pretty: pretty) { streamed.append($0); pieces += 1 }
            XCTAssertEqual(streamed, whole, "pretty \(pretty): \(String(decoding: streamed.prefix(300), as: UTF8.self))")
            XCTAssertGreaterThan(pieces, reports.count, "written in pieces")
        }
        // No report: the skeleton alone.
        let empty = ExportDocument(reports: [])
        let e = JSONEncoder(); e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        XCTAssertEqual(try empty.json(pretty: true), try e.encode(empty))
    }

    /// Each figure of the line keeps its clause as its text, not 2,000 characters of the line around it.
    func testAFiguresTextOnALongLineIsItsClause() {
        let r = Self.figuresLine(3_000)
        XCTAssertEqual(r.indicators.count, 3_000)
        // (The text is the analysis form: full-width punctuation folded.)
        XCTAssertTrue(r.indicators.allSatisfy { $0.text == "地区生产总值增长5%," }, r.indicators.first?.text ?? "")
        XCTAssertTrue(r.indicators.allSatisfy { $0.canonicalId == "gdp" && $0.change?.percent == 5 })
    }
}
