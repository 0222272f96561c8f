import Foundation
import XCTest
import ReportModel
@testable import ReportTUI

/// The dashboard rendered into a buffer from the bundled seed reports, driven by events.
final class DashboardTests: XCTestCase {
    static let reportsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/reports").path

    func state(width: Int = 100, height: Int = 30) -> DashboardState {
        let c = Corpus.load(Self.reportsDir)
        return DashboardState(corpusName: "bundled", reports: c.reports, failures: c.failures, width: width, height: height)
    }

    func rendered(_ s: DashboardState) -> Buffer { DashboardView.render(s, theme: .monochrome) }

    func testReportListIsGroupedAndTheFirstReportsTreeIsShown() {
        let s = state()
        let b = rendered(s)
        XCTAssertTrue(b.isWellFormed)
        let text = b.text
        XCTAssertTrue(b.line(0).contains("ReportDesk › bundled › 京东镇 › 2023"), b.line(0))
        for row in ["京东镇", "岑阳镇", "源潭镇", "金鹅山管理处", "（片段汇编）"] { XCTAssertTrue(text.contains(row), row) }
        XCTAssertTrue(text.contains("▾ 一、2022年工作回顾 [回顾 2022]"))
        XCTAssertTrue(text.contains("二、2023年主要工作安排 [计划 2023]"))
        XCTAssertTrue(b.line(s.height - 1).contains("q quit"))
    }

    func testOpeningASectionShowsItsTextAndBreadcrumb() {
        var s = state()
        _ = s.update(.key(.down))          // 岑阳镇
        _ = s.update(.key(.enter))         // focus the tree
        XCTAssertEqual(s.focus, .tree)
        _ = s.update(.key(.down))          // （开篇） → 一、
        _ = s.update(.key(.down))          // （一）
        let b = rendered(s)
        XCTAssertTrue(b.line(0).contains("岑阳镇 › 2024 › (一)接续奋斗勇创新"), b.line(0))
        XCTAssertTrue(b.text.contains("项目建设推动有力。全年实施乡村振兴"), b.text)
        XCTAssertTrue(b.isWellFormed)
    }

    func testCollapseAndExpandWithHAndL() {
        var s = state()
        _ = s.update(.key(.tab))
        _ = s.update(.key(.down))          // 一、2022年工作回顾
        let expandedRows = s.treeRows.count
        _ = s.update(.key(.char("h")))
        XCTAssertLessThan(s.treeRows.count, expandedRows)
        XCTAssertTrue(rendered(s).text.contains("▸ 一、2022年工作回顾"))
        _ = s.update(.key(.char("l")))
        XCTAssertEqual(s.treeRows.count, expandedRows)
    }

    /// The cells that show `text` (its first occurrence on screen), continuation cells left out.
    static func cells(of text: String, in b: Buffer) -> [Cell]? {
        let want = Array(text.unicodeScalars)
        for y in 0..<b.height {
            let row = (0..<b.width).map { b.cells[y * b.width + $0] }.filter { $0.width != 0 }
            guard row.count >= want.count else { continue }
            for x in 0...(row.count - want.count) where row[x..<(x + want.count)].map(\.scalar) == want { return Array(row[x..<(x + want.count)]) }
        }
        return nil
    }

    func testTraditionalReportDisplaysOriginalScriptWithDamageMarked() throws {
        var s = state()
        while s.currentReport?.place.name != "源潭镇" { _ = s.update(.key(.down)) }
        _ = s.update(.key(.tab))
        _ = s.update(.key(.down))      // 一、
        _ = s.update(.key(.down))      // （一）
        let b = rendered(s)
        XCTAssertTrue(b.text.contains("全面推動經濟發展"), "original script in the text pane")
        // The mojibake run (…皟沙恰苯…, damaged span 993..<1006 of the file; 皟沙恰 ends a line at this width) is drawn dim;
        // the clean words around it are not.
        let damaged = try XCTUnwrap(Self.cells(of: "皟沙恰", in: b), "the damaged run is on screen")
        XCTAssertTrue(damaged.allSatisfy(\.style.dim), "\(damaged.map(\.style))")
        let clean = try XCTUnwrap(Self.cells(of: "全面推動經濟發展", in: b))
        XCTAssertFalse(clean.contains { $0.style.dim })
        XCTAssertTrue(b.isWellFormed)
    }

    func testResizeToTooSmallAndBack() {
        var s = state()
        _ = s.update(.resize(width: 30, height: 8))
        XCTAssertTrue(rendered(s).text.contains("Terminal too small"))
        _ = s.update(.resize(width: 60, height: 20))
        let b = rendered(s)
        XCTAssertFalse(b.text.contains("Terminal too small"))
        XCTAssertTrue(b.text.contains("京东镇"))
        XCTAssertTrue(b.isWellFormed)
        // Every row of the 60-column frame fits exactly.
        for y in 0..<b.height { XCTAssertLessThanOrEqual(DisplayWidth.of(b.line(y)), 60) }
    }

    func testHelpOverlayComesFromTheKeyMap() {
        var s = state()
        _ = s.update(.key(.char("?")))
        XCTAssertTrue(rendered(s).text.contains("Keys — any other key closes"))
        // Scrolling the overlay shows every binding of the key map.
        var text = ""
        for _ in 0..<80 { text += rendered(s).text; _ = s.update(.key(.down)) }
        XCTAssertTrue(s.showHelp, "moving keys scroll the help")
        for k in KeyMap.bindings { XCTAssertTrue(text.contains(k.help), k.help) }
        _ = s.update(.key(.char("x")))
        XCTAssertFalse(s.showHelp)
        XCTAssertEqual(s.update(.key(.char("q"))), .quit)
        XCTAssertEqual(s.update(.key(.ctrlC)), .quit)
    }

    func testTextPaneScrollsWithinBounds() {
        var s = state(width: 80, height: 24)
        _ = s.update(.key(.tab)); _ = s.update(.key(.down)); _ = s.update(.key(.enter))
        XCTAssertEqual(s.focus, .detail)
        for _ in 0..<500 { _ = s.update(.key(.pageDown)) }
        let last = s.text.scroll
        XCTAssertGreaterThan(last, 0)
        _ = s.update(.key(.down))
        XCTAssertEqual(s.text.scroll, last, "cannot scroll past the end")
        _ = s.update(.key(.char("g")))
        XCTAssertEqual(s.text.scroll, 0)
    }
}

/// The indicator table pane and the highlighted figures in the text.
final class IndicatorPaneTests: XCTestCase {
    func state() -> DashboardState {
        let c = Corpus.load(DashboardTests.reportsDir)
        return DashboardState(corpusName: "bundled", reports: c.reports, failures: c.failures, width: 110, height: 34)
    }

    func testTableListsTheSectionsIndicatorsWithValueChangeRoleAndYear() {
        var s = state()
        _ = s.update(.key(.tab)); _ = s.update(.key(.down))          // 一、2022年工作回顾 of 京东镇
        let text = squeezed(DashboardView.render(s, theme: .monochrome).text)
        XCTAssertTrue(text.contains("│地区生产总值 93.8亿元 +5.4% 实际 2022 │"), text)
        XCTAssertTrue(text.contains("指标 Indicators · 目录 "), "the table opens on catalog indicators")
        // The plan section shows its targets.
        while s.currentSection?.title != "2023年主要工作安排" { _ = s.update(.key(.down)) }
        let plan = squeezed(DashboardView.render(s, theme: .monochrome).text)
        XCTAssertTrue(plan.contains("│地区生产总值 — ≈+8% 目标 2023 │"), plan)
    }

    func testFiguresAreHighlightedInTheText() {
        var s = state()
        _ = s.update(.key(.tab)); _ = s.update(.key(.down))
        let b = DashboardView.render(s, theme: .monochrome)
        let l = Layout(width: s.width, height: s.height)
        // Find "93.8" in the text pane and check its cells are underlined; a word outside any figure is not.
        var found = false
        for y in l.detail.y..<l.detail.maxY {
            let line = b.line(y)
            guard let r = line.range(of: "93.8") else { continue }
            let col = DisplayWidth.of(String(line[..<r.lowerBound]))
            XCTAssertTrue(b[col, y].style.underline, line)
            found = true
        }
        XCTAssertTrue(found)
        XCTAssertTrue(b.isWellFormed)
    }

    func testEnterOnARowJumpsTheTextToItsSentence() {
        var s = state()
        _ = s.update(.key(.tab)); _ = s.update(.key(.down))
        _ = s.update(.key(.tab)); _ = s.update(.key(.tab))           // text → indicators
        XCTAssertEqual(s.focus, .indicators)
        for _ in 0..<40 { _ = s.update(.key(.down)) }
        let target = s.tableRows[s.table.list.cursor]
        _ = s.update(.key(.enter))
        XCTAssertEqual(s.focus, .detail)
        XCTAssertGreaterThan(s.text.scroll, 0)
        let b = DashboardView.render(s, theme: .monochrome)
        let shown = (l(s).detail.y..<l(s).detail.maxY).map { b.line($0) }.joined()
        XCTAssertFalse(target.text.isEmpty, "the row has its sentence")
        let figure = String(target.text.prefix(4))
        XCTAssertTrue(shown.replacingOccurrences(of: " ", with: "").contains(figure.replacingOccurrences(of: " ", with: "")), "\(figure) not in \(shown)")
    }

    /// Runs of spaces as one, so assertions read the columns' contents, not their widths.
    func squeezed(_ t: String) -> String { t.replacingOccurrences(of: " +", with: " ", options: .regularExpression) }

    func l(_ s: DashboardState) -> Layout { Layout(width: s.width, height: s.height) }
}

/// A list of metadata-only reports (as the index gives them): the report under the cursor is asked for and shown
/// once read; moving on asks for the next one.
final class LazyDocumentTests: XCTestCase {
    func testOnlyTheReportUnderTheCursorIsReadInFull() throws {
        let full = Corpus.load(DashboardTests.reportsDir).reports
        let light = full.map { r -> Report in
            var m = Report(file: r.file, title: r.title, place: r.place, kind: r.kind, date: r.date, reviewYear: r.reviewYear, planYear: r.planYear)
            m.indicators = []
            return m
        }
        var s = DashboardState(corpusName: "bundled", reports: light, width: 100, height: 30)
        let first = try XCTUnwrap(s.documentNeeded)
        XCTAssertTrue(first.contains("京东镇"), first)
        XCTAssertFalse(DashboardView.render(s, theme: .monochrome).text.contains("▾ 一、2022年工作回顾"))
        s.open(try XCTUnwrap(full.first { $0.file == first }))
        XCTAssertNil(s.documentNeeded)
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).text.contains("▾ 一、2022年工作回顾 [回顾 2022]"))
        // A report read for another entry is not shown here.
        s.open(try XCTUnwrap(full.first { $0.file.contains("岑阳镇") }))
        XCTAssertEqual(s.currentReport?.file, first)
        _ = s.update(.key(.down))
        let second = try XCTUnwrap(s.documentNeeded)
        XCTAssertTrue(second.contains("岑阳镇"), second)
    }
}
