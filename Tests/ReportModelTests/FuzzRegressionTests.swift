import Foundation
import XCTest
@testable import ReportModel

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
}
