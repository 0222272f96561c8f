import XCTest
@testable import ReportTUI

/// The cell buffer keeps CJK characters whole: two columns each, never split at an edge, never smeared.
final class BufferTests: XCTestCase {
    func testDisplayWidthOfMixedText() {
        XCTAssertEqual(DisplayWidth.of("地区生产总值"), 12)
        XCTAssertEqual(DisplayWidth.of("GDP 93.8亿元"), 12)
        XCTAssertEqual(DisplayWidth.of("（一）"), 6)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)      // combining accent takes no column
        XCTAssertEqual(DisplayWidth.fit("源潭镇工作总结", 9), "源潭镇工…")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.fit("源潭镇工作总结", 9)), 9)
    }

    func testWideCharacterCutAtTheClipEdgeBecomesASpace() {
        var b = Buffer(width: 10, height: 1)
        let end = b.put("京东镇报告", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 7, height: 1))
        XCTAssertEqual(b.line(0), "京东镇")
        XCTAssertEqual(end, 7)
        XCTAssertEqual(b[6, 0].scalar, " ")
        XCTAssertTrue(b.isWellFormed)
    }

    func testOverwritingHalfAWideCharacterClearsTheOtherHalf() {
        var b = Buffer(width: 8, height: 1)
        b.put("源潭镇", x: 0, y: 0)
        b.put("|", x: 3, y: 0)           // lands on the second half of 潭
        XCTAssertEqual(b.line(0), "源 |镇")
        XCTAssertTrue(b.isWellFormed)
        b.put("ab", x: 4, y: 0)          // the first half of 镇
        XCTAssertEqual(b.line(0), "源 |ab")
        XCTAssertTrue(b.isWellFormed)
    }

    func testBordersSurviveCJKTitlesAndContent() {
        var b = Buffer(width: 12, height: 3)
        b.box(b.area, title: "章节目录很长很长")
        b.put("一、2023年工作回顾", x: 1, y: 1, clip: b.area.inset(1))
        XCTAssertEqual(b.line(0).unicodeScalars.first, "┌")
        XCTAssertEqual(b.line(0).unicodeScalars.last, "┐")
        XCTAssertEqual(b.line(1).unicodeScalars.last, "│")
        XCTAssertEqual(DisplayWidth.of(b.line(1)), 12)
        XCTAssertTrue(b.isWellFormed)
    }

    func testWrapBreaksByWidthAndKeepsClosingPunctuationOffLineStarts() {
        let text = "全年地区生产总值完成93.8亿元，增长5.4%；地方一般公共预算收入完成7130万元。"
        let lines = TextWrap.wrap(text, width: 20)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0.line) <= 20 })
        XCTAssertEqual(lines.map(\.line).joined(), text)
        XCTAssertFalse(lines.dropFirst().contains { "，。；、".contains($0.line.first ?? "a") })
        XCTAssertFalse(lines.contains { $0.line.hasSuffix("93.") || $0.line.hasSuffix("9") && !$0.line.hasSuffix("93.8") && $0.line.contains("93") })
    }
}
