import XCTest
import ReportModel
@testable import ReportTUI

/// Where am I: the focused pane named without colour, lists that say rows are out of view, and the
/// year-over-year pane that shows its newest years and follows jumps.
final class OrientationTests: XCTestCase {
    /// The focused pane's title carries ▶ and the status line names it, in monochrome; Tab moves both.
    func testFocusedPaneIsMarkedWithoutColour() {
        var s = Seeds.state(width: 110, height: 34)
        var text = DashboardView.render(s, theme: .monochrome)
        XCTAssertTrue(text.line(1).contains("▶ 报告 Reports"), text.line(1))
        XCTAssertTrue(text.line(s.height - 1).hasPrefix(" ▶ Reports 报告"), text.line(s.height - 1))
        Seeds.press(&s, [.tab, .tab, .tab])
        XCTAssertEqual(s.focus, .indicators)
        text = DashboardView.render(s, theme: .monochrome)
        XCTAssertFalse(text.text.contains("▶ 报告 Reports"))
        XCTAssertTrue(text.line(s.layout.indicators.y).contains("▶ 指标 Indicators"), text.line(s.layout.indicators.y))
        XCTAssertTrue(text.line(s.height - 1).hasPrefix(" ▶ Indicators 指标"), text.line(s.height - 1))
    }

    /// A list longer than its box says so on the border: the report list of the provinces at 24 rows.
    func testHiddenRowsAreMarkedOnTheBorder() throws {
        var (s, _) = try Provinces.state()
        _ = s.update(.resize(width: 100, height: 20))
        let rows = s.browse.rows.count
        XCTAssertGreaterThan(rows, s.browse.list.page)
        var b = DashboardView.render(s, theme: .monochrome)
        let bottom = s.layout.browse.maxY - 1
        XCTAssertTrue(b.line(bottom).contains("↓ \(rows - s.browse.list.page) more"), b.line(bottom))
        XCTAssertFalse(b.line(s.layout.browse.y).contains("↑"))
        _ = s.update(.key(.char("G")))
        b = DashboardView.render(s, theme: .monochrome)
        XCTAssertTrue(b.line(s.layout.browse.y).contains("↑ \(rows - s.browse.list.page) more"), b.line(s.layout.browse.y))
        XCTAssertFalse(b.line(bottom).contains("↓"))
    }

    /// 北京市's GDP year over year at 120×30 shows its newest row (the target set for the year after the last
    /// review) without scrolling, and marks the older years above.
    func testYearOverYearOpensOnTheNewestYears() throws {
        var (s, q) = try Provinces.state()
        _ = s.update(.resize(width: 120, height: 30))
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 北京") + [.enter, .char("y")], q)
        let y = try XCTUnwrap(s.yoy)
        let rows = try XCTUnwrap(y.series?.rows)
        XCTAssertGreaterThan(rows.count, y.list.page, "more years than the table shows")
        XCTAssertEqual(y.list.visible(count: rows.count).upperBound, rows.count, "the newest year is in view")
        let b = DashboardView.render(s, theme: .monochrome)
        let pane = s.layout.detail
        let text = (pane.y..<pane.maxY).map { b.line($0) }.joined(separator: "\n")
        let newest = try XCTUnwrap(rows.last?.year)
        XCTAssertTrue(text.contains("│\(newest) "), text)
        XCTAssertTrue(b.line(pane.y).contains("↑ \(y.list.offset) more"), b.line(pane.y))
        XCTAssertNotNil(rows[y.list.cursor].value ?? rows[y.list.cursor].growth, "the cursor is on the latest year with a value")
    }

    /// A search jump while the year-over-year pane is shown moves it to the figure jumped to: the breadcrumb
    /// and the pane's title name the new indicator, not the previous one.
    func testYearOverYearFollowsASearchJump() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("y")], q)
        XCTAssertEqual(s.yoy?.indicatorId, "gdp")
        Seeds.press(&s, [.char("/")] + Seeds.type("一般公共预算收入 上海") + [.enter], q)
        let row = try XCTUnwrap(s.tableRows[safe: s.table.list.cursor])
        let id = try XCTUnwrap(row.canonicalId)
        XCTAssertNotEqual(id, "gdp")
        XCTAssertEqual(s.yoy?.indicatorId, id)
        XCTAssertEqual(s.detail, .yearOverYear)
        XCTAssertTrue(DashboardView.breadcrumb(s).last?.hasPrefix(row.canonical ?? "?") == true, "\(DashboardView.breadcrumb(s))")
    }

    /// Enter on a table row while the year-over-year pane is shown opens that row's series there instead of
    /// closing it; Esc returns to the text.
    func testEnterOnATableRowKeepsYearOverYear() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("y")], q)
        XCTAssertEqual(s.focus, .indicators)
        let other = try XCTUnwrap(s.tableRows.indices.first { s.tableRows[$0].canonicalId.map { $0 != "gdp" } ?? false })
        s.table.list.select(other, count: s.tableRows.count)
        Seeds.press(&s, [.enter], q)
        XCTAssertEqual(s.detail, .yearOverYear)
        XCTAssertEqual(s.focus, .detail)
        XCTAssertEqual(s.yoy?.indicatorId, s.tableRows[other].canonicalId)
        Seeds.press(&s, [.escape], q)
        XCTAssertEqual(s.detail, .text)
    }

    /// Esc from the compare screen returns to the pane that had the focus.
    func testEscFromCompareReturnsFocus() {
        var s = Seeds.state(width: 110, height: 34)
        Seeds.press(&s, [.tab, .tab, .tab])
        XCTAssertEqual(s.focus, .indicators)
        Seeds.press(&s, [.char("c"), .escape])
        XCTAssertEqual(s.screen, .browse)
        XCTAssertEqual(s.focus, .indicators)
        XCTAssertEqual(s.context, .indicators)
    }

    /// "1 unreadable" in the header leads to the list: ! names each file that could not be read and why.
    func testUnreadableFilesAreListedByName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try XCTUnwrap(Seeds.reports.reports.first { $0.file.contains("京东镇") }?.file)
        try FileManager.default.copyItem(atPath: seed, toPath: dir.appendingPathComponent("京东镇.txt").path)
        try Data("PK\u{3}\u{4} not a zip".utf8).write(to: dir.appendingPathComponent("损坏的报告.docx"))
        let c = Corpus.load(dir.path)
        XCTAssertEqual(c.failures.count, 1)
        var s = DashboardState(corpusName: "t", reports: c.reports, failures: c.failures, width: 100, height: 30)
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).line(0).contains("1 unreadable (!)"))
        _ = s.update(.key(.char("!")))
        XCTAssertEqual(s.overlay, .failures)
        let text = DashboardView.render(s, theme: .monochrome).text
        XCTAssertTrue(text.contains("损坏的报告.docx"), text)
        XCTAssertTrue(text.contains(c.failures[0].problem.prefix(20)), text)
        _ = s.update(.key(.char("x")))
        XCTAssertNil(s.overlay)
        // With every file read, ! says so instead of opening an empty list.
        var clean = Seeds.state()
        XCTAssertTrue(clean.failures.isEmpty)
        _ = clean.update(.key(.char("!")))
        XCTAssertNil(clean.overlay)
        XCTAssertEqual(clean.message, "every file was read")
    }

    /// What the first search needs is asked for at start, before any key, and only once; until it is ready a
    /// search says what it waits for.
    func testSearchIsPreparedAtStart() {
        var s = Seeds.state()
        XCTAssertEqual(s.needs.first, .prepare)
        _ = s.update(.key(.char("/")))
        for c in "gdp" { _ = s.update(.key(.char(c))) }
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).text.contains("reading the corpus's indicator names"))
        DashboardApp.settle(&s, Seeds.queries)
        XCTAssertTrue(s.prepared)
        XCTAssertFalse(s.needs.contains(.prepare))
        XCTAssertGreaterThan(s.search.count, 0)
    }

    /// The catalog filter is a preference: `a` asks the runtime to keep it, a state built with it opens so, and
    /// the file round-trips (a broken one gives the defaults).
    func testCatalogFilterIsKeptAsAPreference() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.tab, .tab, .tab])
        XCTAssertEqual(s.update(.key(.char("a"))), .preferences(DashboardPreferences(catalogOnly: false)))
        XCTAssertEqual(s.update(.key(.char("s"))), .none, "sorting is not kept")
        let reopened = DashboardState(corpusName: "t", reports: Seeds.reports.reports, preferences: DashboardPreferences(catalogOnly: false))
        XCTAssertFalse(reopened.table.catalogOnly)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-prefs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/reportdesk/dashboard.json"
        XCTAssertEqual(PreferencesFile.load(path), DashboardPreferences(), "no file: the defaults")
        try PreferencesFile.save(DashboardPreferences(catalogOnly: false), to: path)
        XCTAssertEqual(PreferencesFile.load(path), DashboardPreferences(catalogOnly: false))
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(PreferencesFile.load(path), DashboardPreferences())
    }
}
