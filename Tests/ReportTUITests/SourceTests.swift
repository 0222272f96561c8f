import Foundation
import XCTest
import ReportModel
@testable import ReportTUI

/// Provenance: Enter on a year-over-year row, a comparison cell or a search result opens the sentence the value
/// came from with that figure — and only it — spotlit, and the target's sentence pinned above it.
final class SourceTests: XCTestCase {
    /// The runs of spotlit cells (yellow background) in a rectangle, top to bottom.
    static func spotlit(_ b: Buffer, in r: Rect) -> [String] {
        var runs: [String] = []
        for y in r.y..<r.maxY {
            var run = ""
            for x in r.x..<r.maxX {
                let c = b.cells[y * b.width + x]
                if c.style.bg == .yellow { if c.width > 0 { run.unicodeScalars.append(c.scalar) } }
                else if !run.isEmpty { runs.append(run); run = "" }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    /// 上海市's 2019 GDP: the 2020 report's 全市生产总值增长6% against the 2019 report's 增长6%—6.5%.
    func testEnterOnAYearOverYearRowOpensTheOutcomeWithTheTargetBeside() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("y"), .backTab], q)
        XCTAssertEqual(s.context, .yoy)
        let rows = try XCTUnwrap(s.yoy?.series?.rows)
        let k = try XCTUnwrap(rows.firstIndex { $0.year == 2019 })
        let cursor = try XCTUnwrap(s.yoy?.list.cursor)
        Seeds.press(&s, Array(repeating: k < cursor ? .up : .down, count: abs(k - cursor)) + [.enter], q)
        XCTAssertTrue(try XCTUnwrap(s.currentReport?.file).hasSuffix("上海市_2020.txt"), s.currentReport?.file ?? "")
        XCTAssertEqual(s.context, .text)
        XCTAssertTrue(try XCTUnwrap(s.spotlight?.companion?.file).hasSuffix("上海市_2019.txt"))
        let b = DashboardView.render(s, theme: .color)
        XCTAssertTrue(b.isWellFormed)
        let pane = s.layout.detail.inset(1)
        let text = (pane.y..<pane.maxY).map { b.line($0) }.joined(separator: "\n")
        XCTAssertTrue(text.contains("目标 target · 上海市 2019"), text)
        XCTAssertTrue(text.contains("增长6%-6.5%"), text)
        XCTAssertTrue(text.contains("全市生产总值增长6%"), text)
        // Two figures are spotlit: the target in the pinned sentence and the outcome in the text; no other figure
        // of the section keeps its mark.
        XCTAssertEqual(Self.spotlit(b, in: pane), ["6%-6.5%", "6%"], text)
        XCTAssertFalse(b.cells.contains { $0.style.underline && $0.style.fg == .yellow }, "other figures lose their underline")
        // Another section clears the marks.
        Seeds.press(&s, [.backTab, .down], q)
        XCTAssertNil(s.spotlight)
    }

    /// Compare 北京市 and 上海市 for 2019: 北京市's cell opens 北京市_2020 at 初步预计，全市地区生产总值比上年增长6.2%左右
    /// (preliminary), the 2019 report's 地区生产总值增长6%-6.5% beside.
    func testEnterOnACompareCellOpensThatPlacesSource() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("c"), .enter] + Seeds.type("北京") + [.enter], q)
        XCTAssertEqual(s.compare.result?.places, ["上海市", "北京市"])
        let years = try XCTUnwrap(s.compare.result?.years)
        let now = try XCTUnwrap(s.compare.result?.year)
        let steps = (years.firstIndex(of: now) ?? 0) - (years.firstIndex(of: 2019) ?? 0)
        Seeds.press(&s, Array(repeating: Key.char("["), count: steps), q)
        XCTAssertEqual(s.compare.result?.year, 2019)
        let result = try XCTUnwrap(s.compare.result)
        let gdp = try XCTUnwrap(result.rows.firstIndex { $0.indicatorId == "gdp" })
        // The table shows each place's actual and target in labelled columns.
        let table = DashboardView.render(s, theme: .monochrome).text
        XCTAssertTrue(table.contains("上海市 实际") && table.contains("北京市 实际") && table.contains("目标"), table)
        let cell = try XCTUnwrap(result.rows[gdp].cells[1])
        XCTAssertEqual(cell.growth, 6.2)
        XCTAssertTrue(cell.preliminary)
        XCTAssertTrue(table.contains("6–6.5%✓?"), table)
        Seeds.press(&s, Array(repeating: .down, count: gdp) + [.right, .enter], q)
        XCTAssertEqual(s.screen, .browse)
        XCTAssertTrue(try XCTUnwrap(s.currentReport?.file).hasSuffix("北京市_2020.txt"))
        let b = DashboardView.render(s, theme: .color)
        let runs = Self.spotlit(b, in: s.layout.detail.inset(1))
        XCTAssertEqual(runs.last, "6.2%左右", "\(runs)")
        XCTAssertEqual(runs.count, 2, "the target's figure above and the outcome's: \(runs)")
        XCTAssertTrue(try XCTUnwrap(s.spotlight?.quote?.text).contains("地区生产总值增长6%-6.5%"), s.spotlight?.quote?.text ?? "")
    }

    /// A full-text hit marks the query's words in the opened text (the seeds' 秸秆 paragraph).
    func testFullTextHitMarksTheQueryInTheOpenedText() {
        var s = Seeds.state()
        Seeds.press(&s, [.char("F")] + Seeds.type("秸秆") + [.enter])
        XCTAssertEqual(s.context, .text)
        let b = DashboardView.render(s, theme: .color)
        let runs = Self.spotlit(b, in: s.layout.detail.inset(1))
        let pane = s.layout.detail.inset(1)
        XCTAssertFalse(runs.isEmpty, (pane.y..<pane.maxY).map { b.line($0) }.joined(separator: "\n") + "\(String(describing: s.spotlight)) \(s.search.textHits.first.map { "\($0.sentence) \($0.matches)" } ?? "")")
        XCTAssertTrue(runs.allSatisfy { $0 == "秸秆" }, "\(runs)")
    }

    /// Enter on an indicator row marks that figure alone.
    func testEnterOnATableRowSpotlightsThatFigureAlone() {
        var s = Seeds.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp") + [.enter, .enter])
        XCTAssertEqual(s.context, .text)
        let row = s.tableRows[s.table.list.cursor]
        let b = DashboardView.render(s, theme: .color)
        let runs = Self.spotlit(b, in: s.layout.detail.inset(1))
        XCTAssertEqual(runs.count, 1, "\(runs)")
        let figure = runs.first ?? ""
        XCTAssertTrue(row.text.contains(figure), "\(figure) in \(row.text)")
    }
}
