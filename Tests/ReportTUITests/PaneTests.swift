import Foundation
import XCTest
import ReportModel
@testable import ReportTUI

/// The bundled seed reports with their in-memory answerer, loaded once.
enum Seeds {
    static let reports = Corpus.load(DashboardTests.reportsDir)
    static let queries = MemoryQueries(reports: reports.reports)

    static func state(width: Int = 100, height: Int = 30) -> DashboardState {
        DashboardState(corpusName: "bundled", reports: reports.reports, failures: reports.failures, width: width, height: height)
    }

    /// Sends keys one by one, answering what the state needs after each, as the runtime does.
    static func press(_ s: inout DashboardState, _ keys: [Key], _ q: any CorpusQueries = queries) {
        DashboardApp.settle(&s, q)
        for k in keys {
            _ = s.update(.key(k))
            DashboardApp.settle(&s, q)
        }
    }

    static func type(_ text: String) -> [Key] { text.map { $0 == " " ? .space : .char($0) } }
}

/// Reports of a few provinces of ../shared/corpus (11 years each), read directly; skipped when it is absent.
enum Provinces {
    static let folder = URL(fileURLWithPath: DashboardTests.reportsDir).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/lawtext-gov/province")

    static let reports: [Report]? = {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let wanted = names.filter { $0.hasPrefix("上海市_") || $0.hasPrefix("北京市_") }.sorted()
        return wanted.compactMap { try? ReportReader.read(path: folder.appendingPathComponent($0).path) }
    }()

    static func state() throws -> (DashboardState, MemoryQueries) {
        guard let r = reports, r.count >= 10 else { throw XCTSkip("../shared/corpus not present") }
        return (DashboardState(corpusName: "provinces", reports: r, width: 110, height: 36), MemoryQueries(reports: r))
    }
}

/// Screens compared with golden text files in Tests/ReportTUITests/Golden (REPORTDESK_UPDATE_GOLDEN=1 rewrites them).
final class GoldenScreenTests: XCTestCase {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The styled buffer as text: the screen, then one letter per column for each row's styles ('.' plain,
    /// a wide character's two columns alike), then what each letter means. A change of colour, highlight or
    /// damage marking changes the golden file as surely as a change of text.
    static func styled(_ b: Buffer) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var code: [Style: Character] = [:], order: [Style] = []
        var rows: [String] = []
        for y in 0..<b.height {
            var row = ""
            for x in 0..<b.width {
                let st = b.cells[y * b.width + x].style
                if st == .plain { row.append("."); continue }
                if code[st] == nil { code[st] = letters[min(order.count, letters.count - 1)]; order.append(st) }
                row.append(code[st] ?? "?")
            }
            while row.last == "." { row.removeLast() }
            rows.append(row)
        }
        let legend = order.map { st in
            let parts = [st.fg.map { "fg=\($0)" }, st.bg.map { "bg=\($0)" }, st.bold ? "bold" : nil, st.reverse ? "reverse" : nil,
                         st.underline ? "underline" : nil, st.dim ? "dim" : nil].compactMap { $0 }
            return "\(code[st] ?? "?") \(parts.joined(separator: " "))"
        }
        return b.text + "\n\nstyles (a letter per column, . plain):\n" + rows.joined(separator: "\n") + "\n" + legend.joined(separator: "\n") + "\n"
    }

    func check(_ name: String, _ s: DashboardState, file: StaticString = #filePath, line: UInt = #line) throws {
        let b = DashboardView.render(s, theme: .color)
        XCTAssertTrue(b.isWellFormed, name, file: file, line: line)
        let text = Self.styled(b)
        let url = Self.dir.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["REPORTDESK_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.dir, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden != text {
            let a = golden.split(separator: "\n", omittingEmptySubsequences: false), b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            XCTFail("\(name) differs from its golden file at line \((first?.offset ?? min(a.count, b.count)) + 1):\nwant: \(first.map { String($0.element.0) } ?? "")\ngot:  \(first.map { String($0.element.1) } ?? "")", file: file, line: line)
        }
    }

    func testBrowseScreen() throws { try check("browse", Seeds.state()) }

    func testIndicatorSearchScreen() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp"))
        try check("search-gdp", s)
    }

    func testTextSearchScreen() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("F")] + Seeds.type("高标准农田"))
        try check("search-text", s)
    }

    func testCompareScreen() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("c"), .enter] + Seeds.type("岑阳") + [.enter])
        try check("compare", s)
    }

    func testYearOverYearScreen() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 京东") + [.enter, .char("y")])
        try check("year-over-year", s)
    }

    /// 源潭镇's traditional text with its mojibake run drawn dim (damage marking is part of the golden file).
    func testDamagedTextScreen() throws {
        var s = Seeds.state()
        for _ in 0..<10 where s.currentReport?.place.name != "源潭镇" { Seeds.press(&s, [.down]) }
        XCTAssertEqual(s.currentReport?.place.name, "源潭镇")
        Seeds.press(&s, [.tab, .down, .down])
        try check("damaged-text", s)
    }

    /// Enter on a found figure's row opens its sentence with that figure, and only it, spotlit.
    func testFigureSpotlitScreen() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 京东") + [.enter, .enter])
        try check("figure-spotlit", s)
    }

    func testHelpAndTooSmall() throws {
        var s = Seeds.state()
        Seeds.press(&s, [.char("?")])
        try check("help", s)
        var small = Seeds.state(width: 40, height: 10)
        _ = small.update(.resize(width: 40, height: 10))
        try check("too-small", small)
    }
}

/// Indicator search: Chinese substrings, aliases and pinyin, ranked; Enter lands on the row; n/N step.
final class SearchPaneTests: XCTestCase {
    func testPinyinAliasAndChineseFindGDP() throws {
        for q in ["gdp", "GDP", "dqsczz", "diqushengchan", "地区生产总值", "地區生產總值", "生产总值"] {
            let hits = try Seeds.queries.searchIndicators(q, limit: 50)
            XCTAssertEqual(hits.first?.hit.indicator.canonicalId, "gdp", q)
            XCTAssertEqual(hits.first?.match.label, "地区生产总值", q)
        }
        let gsgy = try Seeds.queries.searchIndicators("gsgy", limit: 50)
        XCTAssertTrue(gsgy.first?.match.label.hasPrefix("规") == true, "\(gsgy.first?.match.label ?? "none")")
        XCTAssertTrue(try Seeds.queries.searchIndicators("zzzzqx", limit: 10).isEmpty)
    }

    func testPlaceWordNarrowsTheFigures() throws {
        let all = try Seeds.queries.searchIndicators("gdp", limit: 50)
        let one = try Seeds.queries.searchIndicators("gdp 京东", limit: 50)
        XCTAssertGreaterThan(all.count, one.count)
        XCTAssertFalse(one.isEmpty)
        XCTAssertTrue(one.allSatisfy { $0.hit.place == "京东镇" })
    }

    func testEnterLandsOnTheFiguresRowAndNStepsThroughResults() {
        var s = Seeds.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp"))
        XCTAssertTrue(s.search.active)
        XCTAssertGreaterThanOrEqual(s.search.count, 3)
        let first = s.search.indicatorHits[0].hit
        Seeds.press(&s, [.enter])
        XCTAssertFalse(s.search.active)
        XCTAssertEqual(s.focus, .indicators)
        XCTAssertEqual(s.currentReport?.file, first.file)
        let row = s.tableRows[s.table.list.cursor]
        XCTAssertEqual(row.canonical, "地区生产总值")
        XCTAssertEqual(row.start, first.indicator.start)
        let b = DashboardView.render(s, theme: .monochrome)
        XCTAssertTrue(b.line(0).contains("/gdp 1/"), b.line(0))
        // n moves to the next result (another report or another figure), N comes back.
        Seeds.press(&s, [.char("n")])
        XCTAssertEqual(s.search.list.cursor, 1)
        XCTAssertEqual(s.tableRows[s.table.list.cursor].canonicalId, "gdp")
        Seeds.press(&s, [.char("N")])
        XCTAssertEqual(s.currentReport?.file, first.file)
    }

    func testFullTextSearchJumpsToTheParagraph() {
        var s = Seeds.state()
        Seeds.press(&s, [.char("F")] + Seeds.type("高标准农田"))
        XCTAssertFalse(s.search.textHits.isEmpty)
        let hit = s.search.textHits[0]
        XCTAssertTrue(hit.sentence.contains("高标准农田"))
        Seeds.press(&s, [.enter])
        XCTAssertEqual(s.focus, .detail)
        XCTAssertEqual(s.currentReport?.file, hit.file)
        let b = DashboardView.render(s, theme: .monochrome)
        let l = s.layout
        let pane = (l.detail.y..<l.detail.maxY).map { b.line($0) }.joined().replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(pane.contains("高标准农田"), pane)
    }

    func testTypingAheadKeepsOnlyTheLatestQueryWanted() {
        var s = Seeds.state()
        _ = s.update(.answer(.prepare, .prepared))
        _ = s.update(.key(.char("/")))
        for k in Seeds.type("gd") { _ = s.update(.key(k)) }
        XCTAssertEqual(s.needs, [.indicators("gd")])
        _ = s.update(.key(.char("p")))
        XCTAssertEqual(s.needs, [.indicators("gdp")])
        // A late answer to the old query is shown but the new one is still wanted.
        _ = s.update(.answer(.indicators("gd"), .indicators([])))
        XCTAssertEqual(s.needs, [.indicators("gdp")])
        _ = s.update(.answer(.indicators("gdp"), Request.indicators("gdp").run(Seeds.queries)))
        XCTAssertTrue(s.needs.isEmpty)
        XCTAssertFalse(s.search.indicatorHits.isEmpty)
    }

    func testPastingALongCJKStringIntoTheBoxStaysWithinTheFrame() {
        var s = Seeds.state(width: 80, height: 24)
        Seeds.press(&s, [.char("/")] + Seeds.type(String(repeating: "地区生产总值全年实现增长", count: 20)))
        let b = DashboardView.render(s, theme: .color)
        XCTAssertTrue(b.isWellFormed)
        for y in 0..<b.height { XCTAssertLessThanOrEqual(DisplayWidth.of(b.line(y)), 80) }
        XCTAssertTrue(b.line(2).hasSuffix("│"), b.line(2))
    }
}

/// The indicator table: sorting, role filter, catalog-only, export.
final class TablePaneTests: XCTestCase {
    func reviewSection() -> DashboardState {
        var s = Seeds.state(width: 110, height: 34)
        Seeds.press(&s, [.tab, .down, .tab, .tab])       // 京东镇 一、2022年工作回顾, focus the table
        XCTAssertEqual(s.focus, .indicators)
        return s
    }

    func testSortByValueWithinUnitAndReverse() {
        var s = reviewSection()
        Seeds.press(&s, [.char("s"), .char("s")])       // name → value
        XCTAssertEqual(s.table.sort, .value)
        let rows = s.tableRows.filter { $0.baseUnit == "元" && $0.baseValue != nil }
        XCTAssertGreaterThan(rows.count, 2)
        XCTAssertEqual(rows.map { $0.baseValue ?? 0 }, rows.map { $0.baseValue ?? 0 }.sorted())
        Seeds.press(&s, [.char("S")])
        let desc = s.tableRows.filter { $0.baseUnit == "元" && $0.baseValue != nil }
        XCTAssertEqual(desc.map { $0.baseValue ?? 0 }, rows.map { $0.baseValue ?? 0 }.sorted(by: >))
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).text.contains("数值▼"))
    }

    /// The table opens on catalog indicators, says how many figures that hides, shows them all on `a`, and
    /// keeps that choice for the next report.
    func testRoleFilterAndCatalogOnly() {
        var s = reviewSection()
        let figures = s.visibleIndicators
        let named = figures.filter { $0.canonicalId != nil }
        XCTAssertTrue(s.table.catalogOnly)
        XCTAssertEqual(s.tableRows.count, named.count)
        XCTAssertGreaterThan(figures.count, named.count, "the section has figures without a catalog name")
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).text.contains("目录 \(named.count) · \(figures.count - named.count) more (a)"))
        Seeds.press(&s, [.char("r")])                    // actual only
        XCTAssertEqual(s.table.role, .actual)
        XCTAssertTrue(s.tableRows.allSatisfy { $0.canonicalId != nil && $0.role == .actual })
        Seeds.press(&s, [.char("a")])
        XCTAssertFalse(s.table.catalogOnly)
        XCTAssertEqual(s.tableRows.count, figures.filter { $0.role == .actual }.count)
        XCTAssertGreaterThan(s.tableRows.count, named.filter { $0.role == .actual }.count)
        XCTAssertTrue(DashboardView.render(s, theme: .monochrome).text.contains("· 实际"))
        // Another report keeps the choice.
        Seeds.press(&s, [.backTab, .backTab, .backTab, .down])
        XCTAssertFalse(s.table.catalogOnly)
    }

    func testExportWritesTheTableAsShown() throws {
        var s = reviewSection()
        Seeds.press(&s, [.char("r")])                    // actual only
        let effect = s.update(.key(.char("e")))
        guard case let .export(file, contents) = effect else { return XCTFail("no export: \(effect)") }
        XCTAssertTrue(file.hasPrefix("reportdesk-京东镇-2023") && file.hasSuffix(".csv"), file)
        let lines = contents.split(separator: "\n")
        XCTAssertEqual(lines.first.map(String.init), (IndicatorTable.csvHeader + IndicatorTable.reportColumns).joined(separator: ","))
        XCTAssertEqual(lines.count - 1, s.tableRows.count)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.contains(",actual,") && $0.contains(",京东镇,") })
        // The text is the sentence as the source writes it: 源潭镇's traditional characters, not the simplified
        // analysis text (成功為宏威… rather than 成功为宏威…).
        let trad = try XCTUnwrap(Seeds.reports.reports.first { $0.file.contains("源潭镇") })
        let i = try XCTUnwrap(trad.indicators.first { trad.sourceText(of: $0) != $0.text })
        let source = trad.sourceText(of: i)
        XCTAssertEqual(source.unicodeScalars.count, i.text.unicodeScalars.count)
        XCTAssertTrue(trad.paragraphs[i.paragraph].display.contains(source), source)
        XCTAssertTrue(IndicatorTable.csv([i], report: trad, sourceText: true).contains(source))
        XCTAssertFalse(IndicatorTable.csv([i], report: trad).contains(source), "indicators --csv keeps the analysis text")
        // Written twice into one folder: the second gets a numbered name, the first is kept.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try ExportFile.write(contents, as: file, in: dir)
        let second = try ExportFile.write("other\n", as: file, in: dir)
        XCTAssertEqual((first as NSString).lastPathComponent, file)
        XCTAssertEqual((second as NSString).lastPathComponent, (file as NSString).deletingPathExtension + "-2.csv")
        XCTAssertEqual(try String(contentsOfFile: first, encoding: .utf8), contents)
        XCTAssertThrowsError(try ExportFile.write(contents, as: file, in: dir + "/missing")) { e in
            XCTAssertTrue("\(e)".contains("no such folder"), "\(e)")
        }
    }
}

/// Year over year and comparison, on the seeds and on two provinces of the shared corpus.
final class AnalysisPaneTests: XCTestCase {
    func testYearOverYearForAProvinceShowsEveryYearWithAttainmentInColour() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("y")], q)
        XCTAssertEqual(s.detail, .yearOverYear)
        let y = try XCTUnwrap(s.yoy)
        XCTAssertEqual(y.series?.place, "上海市")
        let rows = y.series?.rows ?? []
        XCTAssertGreaterThanOrEqual(rows.filter { $0.value != nil }.count, 5)
        let b = DashboardView.render(s, theme: .color)
        XCTAssertTrue(b.isWellFormed)
        let l = s.layout
        let pane = (l.detail.y..<l.detail.maxY).map { b.line($0) }
        XCTAssertTrue(pane[0].contains("同比 地区生产总值 · 上海市"), pane[0])
        // Met and missed years are drawn in green and red.
        let attained = rows.filter { $0.attainment != .noData }
        XCTAssertFalse(attained.isEmpty)
        let colours = Set(b.cells.filter { $0.scalar == "✓" || $0.scalar == "✗" }.compactMap(\.style.fg))
        XCTAssertTrue(colours.isSubset(of: [.green, .red]) && !colours.isEmpty, "\(colours)")
        // The chart has one bar per year with a level.
        XCTAssertGreaterThanOrEqual(pane.filter { $0.contains("█") }.count, 3)
        // Esc on the pane closes it, back to the text.
        Seeds.press(&s, [.backTab, .escape], q)
        XCTAssertEqual(s.detail, .text)
    }

    func testCompareTwoSeedTownshipsSideBySide() {
        var s = Seeds.state()
        Seeds.press(&s, [.char("c")])
        // Nothing picked yet: the current report's place is suggested first, with its years, and Enter adds it.
        XCTAssertEqual(s.compare.places, [])
        XCTAssertTrue(s.compare.picking)
        XCTAssertEqual(s.compare.matches.first?.name, "京东镇")
        let picker = DashboardView.render(s, theme: .monochrome).text
        XCTAssertTrue(picker.contains("Enter adds 京东镇"), picker)
        let years = s.compare.years(of: "京东镇")
        XCTAssertEqual(years, "2023", "京东镇's one seed report, 2023")
        XCTAssertTrue(picker.split(separator: "\n").contains { $0.contains("京东镇") && $0.contains(years) }, picker)
        Seeds.press(&s, [.enter])
        XCTAssertEqual(s.compare.places, ["京东镇"])
        Seeds.press(&s, Seeds.type("cy"))                 // pinyin initials of 岑阳镇
        XCTAssertEqual(s.compare.matches.first?.name, "岑阳镇")
        Seeds.press(&s, [.enter])
        XCTAssertEqual(s.compare.places, ["京东镇", "岑阳镇"])
        let c = try? XCTUnwrap(s.compare.result)
        XCTAssertEqual(c?.places, ["京东镇", "岑阳镇"])
        let year = c?.year
        XCTAssertNotNil(year)
        XCTAssertTrue(c?.rows.contains { $0.cells[1]?.value != nil } == true, "岑阳镇 has figures for the year shown")
        let text = DashboardView.render(s, theme: .monochrome).text
        XCTAssertTrue(text.contains("京东镇 ⇄ 岑阳镇"))
        // Each chosen place shows the years its reports cover.
        XCTAssertTrue(text.contains("京东镇 \(s.compare.years(of: "京东镇"))") && text.contains("岑阳镇 \(s.compare.years(of: "岑阳镇"))"), text)
        XCTAssertTrue(text.contains("地区生产总值"))
        XCTAssertTrue(text.contains("—"), "missing values show as —")
        // [ steps to the previous year that either place covers.
        Seeds.press(&s, [.char("[")])
        XCTAssertEqual(s.compare.result?.year, c?.years.last { $0 < (year ?? 0) })
        Seeds.press(&s, [.escape])
        XCTAssertEqual(s.screen, .browse)
    }

    func testCompareHighlightsTheHigherProvince() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("c"), .enter] + Seeds.type("北京") + [.enter], q)
        Seeds.press(&s, [.down], q)                       // off the GDP row, which the cursor draws reversed
        let c = try XCTUnwrap(s.compare.result)
        let gdp = try XCTUnwrap(c.rows.first { $0.indicatorId == "gdp" })
        let values = gdp.cells.map { $0?.value }
        XCTAssertTrue(values.allSatisfy { $0 != nil }, "\(values)")
        let b = DashboardView.render(s, theme: .color)
        let rowY = try XCTUnwrap((0..<b.height).first { b.line($0).hasPrefix("│地区生产总值") })
        let greens = (0..<b.width).filter { b[$0, rowY].style.fg == .green }
        XCTAssertFalse(greens.isEmpty, "the higher value is marked")
    }
}

/// Width and layout: every screen at many sizes keeps wide characters whole and borders in place.
final class LayoutTests: XCTestCase {
    func screens(_ w: Int, _ h: Int) -> [DashboardState] {
        var browse = Seeds.state(width: w, height: h)
        Seeds.press(&browse, [.tab, .down, .down])
        var search = Seeds.state(width: w, height: h)
        Seeds.press(&search, [.char("/")] + Seeds.type("gdp"))
        var yoy = Seeds.state(width: w, height: h)
        Seeds.press(&yoy, [.char("/")] + Seeds.type("gdp 京东") + [.enter, .char("y")])
        var compare = Seeds.state(width: w, height: h)
        Seeds.press(&compare, [.char("c"), .enter] + Seeds.type("岑阳") + [.enter])
        var help = Seeds.state(width: w, height: h)
        Seeds.press(&help, [.char("?")])
        return [browse, search, yoy, compare, help]
    }

    func testEverySizeFromTinyToHugeIsWellFormed() {
        for (w, h) in [(20, 5), (49, 11), (50, 12), (61, 17), (60, 20), (80, 24), (97, 31), (133, 41), (300, 100)] {
            for s in screens(w, h) {
                let b = DashboardView.render(s, theme: .color)
                XCTAssertTrue(b.isWellFormed, "\(w)×\(h)")
                for y in 0..<b.height { XCTAssertLessThanOrEqual(DisplayWidth.of(b.line(y)), w, "\(w)×\(h) row \(y)") }
            }
        }
    }

    func testPaneBordersStayPutWithCJKCutAtTheEdges() {
        // Odd widths put CJK characters across every pane edge.
        for w in [81, 83, 99, 101] {
            var s = Seeds.state(width: w, height: 30)
            Seeds.press(&s, [.down, .tab, .down, .down])
            let b = DashboardView.render(s, theme: .color)
            let l = s.layout
            for y in (l.body.y + 1)..<(l.body.maxY - 1) {
                XCTAssertEqual(b[l.browse.maxX - 1, y].scalar, y == l.tree.y ? "┐" : y == l.browse.maxY - 1 ? "┘" : "│", "\(w) row \(y): \(b.line(y))")
                XCTAssertTrue(["│", "┐", "┘", "┌", "└"].contains(b[w - 1, y].scalar), "\(w) row \(y): \(b.line(y))")
            }
        }
    }

    func testMixedCJKAndASCIIColumnsLineUp() {
        var s = Seeds.state(width: 110, height: 34)
        Seeds.press(&s, [.tab, .down])
        let b = DashboardView.render(s, theme: .monochrome)
        let l = s.layout
        // In the indicator table every row's value column starts at the same display column as its header.
        let header = (l.indicators.y..<l.indicators.maxY).first { b.line($0).contains("数值") } ?? 0
        let col = DisplayWidth.of(String(b.line(header).prefix { $0 != "数" }))
        var checked = 0
        for y in (header + 1)..<(l.indicators.maxY - 1) {
            let cell = b[col - 1, y]
            XCTAssertEqual(cell.scalar, " ", "column gap before the value in row \(y): \(b.line(y))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3)
    }
}

/// Mouse clicks and the wheel, and turning the mouse off.
final class MouseTests: XCTestCase {
    func testClickSelectsARowAndWheelScrolls() {
        var s = Seeds.state()
        let l = s.layout
        let target = s.browse.rows.firstIndex(of: .place(1)) ?? 2
        _ = s.update(.mouse(Mouse(x: l.browse.x + 3, y: l.browse.y + 1 + target, kind: .press)))
        XCTAssertEqual(s.currentPlace, "岑阳镇")
        _ = s.update(.mouse(Mouse(x: l.tree.x + 5, y: l.tree.y + 3, kind: .wheelDown)))
        XCTAssertEqual(s.focus, .tree)
        XCTAssertEqual(s.tree.list.cursor, 3)
        // A click on the section text focuses it.
        _ = s.update(.mouse(Mouse(x: l.detail.x + 5, y: l.detail.y + 3, kind: .press)))
        XCTAssertEqual(s.focus, .detail)
        XCTAssertEqual(s.update(.key(.char("m"))), .mouse(false))
        let before = s.focus
        _ = s.update(.mouse(Mouse(x: l.browse.x + 3, y: l.browse.y + 2, kind: .press)))
        XCTAssertEqual(s.focus, before, "ignored while the mouse is off")
    }
}
