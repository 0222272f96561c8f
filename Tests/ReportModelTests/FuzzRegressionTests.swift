import Foundation
import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch
import ReportSynthetic

/// Every input the fuzzer found a crash, hang or blow-up with (Fuzz/regressions), replayed through the
/// same stages; plus the fixes it led to, asserted on what they should produce.
final class FuzzRegressionTests: XCTestCase {
    func testEveryFindingRunsClean() throws {
        let dir = Fixtures.repoRoot.appendingPathComponent("Fuzz/regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertFalse(files.isEmpty)
        for f in files {
            FuzzTarget.run(try Data(contentsOf: dir.appendingPathComponent(f)))
        }
    }

    /// The first finding: a web page read as Word numbering XML trapped inside Foundation's XMLParser.
    /// The Word reader now uses its own scanner, which names the damage instead.
    func testWebPageAsWordXMLIsANamedError() throws {
        let page = try Data(contentsOf: Fixtures.repoRoot.appendingPathComponent("Fuzz/seeds/page.html"))
        XCTAssertThrowsError(try DocxText.text(document: page, numbering: page, styles: page, file: "p.docx")) { e in
            XCTAssertTrue("\(e)".hasPrefix("p.docx: damaged .docx: word/document.xml is not well-formed XML ("), "\(e)")
        }
        // The numbering part alone being damaged costs the list numbers, not the text.
        let doc = try Data(contentsOf: Fixtures.repoRoot.appendingPathComponent("Fuzz/seeds/document.xml"))
        let text = try DocxText.text(document: doc, numbering: page, styles: page, file: "d.docx")
        XCTAssertTrue(text.contains("全年实现地区生产总值38.6亿元"))
    }

    /// Found by the hostile set: a lone "**" was taken for Markdown bold and the redacted figure lost;
    /// bold running over two lines (as in 广州市 2021 and 武汉市 2026 of the corpus) is still markup.
    func testLoneDoubleStarIsARedactedFigureButLineEdgesAreBold() {
        let r = ReportReader.parse("政府工作报告\n一、工作回顾\n新建村级服务中心**个，完成投资xx亿元。\n", file: "a.txt")
        XCTAssertEqual(r.indicators.map(\.name), ["新建村级服务中心", "投资"])
        XCTAssertTrue(r.indicators.allSatisfy(\.redacted))
        let bold = ReportReader.parse("政府工作报告\n**——2021年1月29日在广州市第十五届人民代表大会第六次会议上\n广州市市长 温国辉**\n各位代表：\n", file: "b.txt")
        XCTAssertEqual(bold.speaker?.name, "温国辉")
        XCTAssertFalse(bold.paragraphs.contains { $0.text.contains("**") })
    }

    /// Found by the hostile set: a 400-digit number overflowed to infinity, which JSON cannot hold.
    func testHugeNumbersAreDroppedAndTheRestKept() throws {
        let big = String(repeating: "9", count: 400)
        let r = ReportReader.parse("地区生产总值\(big)亿元，增长\(big)%；粮食产量12.5万吨。", file: "c.txt")
        XCTAssertEqual(r.indicators.map(\.name), ["粮食产量"])
        XCTAssertNoThrow(try ExportDocument(reports: [r]).json())
        XCTAssertTrue(QuantityParser.parse("0.\(String(repeating: "0", count: 399))1亿元").isEmpty)
    }
}
