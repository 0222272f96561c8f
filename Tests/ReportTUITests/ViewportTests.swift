import XCTest
@testable import ReportTUI
@testable import ReportModel

/// The lists share one viewport whose page is the rows the layout gives them; the text pane's wrap is kept by
/// the state and made again only when the section or the width changes.
final class ViewportTests: XCTestCase {
    /// Every list pages by the rows its box shows, after any resize.
    func testEveryListPagesByTheRowsTheLayoutGivesIt() {
        var s = Seeds.state(width: 100, height: 30)
        for (w, h) in [(160, 48), (60, 14), (100, 30)] {
            _ = s.update(.resize(width: w, height: h))
            let l = s.layout
            XCTAssertEqual(s.browse.list.page, l.browseList.height, "\(w)×\(h)")
            XCTAssertEqual(s.tree.list.page, l.treeList.height, "\(w)×\(h)")
            XCTAssertEqual(s.table.list.page, l.tableList.height, "\(w)×\(h)")
            XCTAssertEqual(s.search.list.page, l.searchList.height, "\(w)×\(h)")
            XCTAssertEqual(s.compare.list.page, l.compareTableList(picking: s.compare.picking).height, "\(w)×\(h)")
        }
    }

    /// G in the indicator table puts the last row on the last drawn line, highlighted (京东镇's seed report has
    /// a section with more figures than the table shows).
    func testLastRowOfTheTableIsDrawnHighlightedOnTheBottomLine() throws {
        var s = Seeds.state(width: 100, height: 30)
        Seeds.press(&s, [.tab])
        while s.tableRows.count <= s.table.list.page, s.tree.list.cursor + 1 < s.treeRows.count { _ = s.update(.key(.down)) }
        let rows = s.tableRows
        XCTAssertGreaterThan(rows.count, s.table.list.page, "a section with more figures than the table shows")
        Seeds.press(&s, [.tab, .tab, .char("G")])
        XCTAssertEqual(s.context, .indicators)
        XCTAssertEqual(s.table.list.cursor, rows.count - 1)
        let list = s.layout.tableList
        let y = list.y + s.table.list.cursor - s.table.list.offset
        XCTAssertEqual(y, list.maxY - 1, "the last row sits on the last line of the list")
        let b = DashboardView.render(s, theme: .monochrome)
        XCTAssertTrue(b[list.x, y].style.reverse, "the cursor row is highlighted")
        let name = try XCTUnwrap(rows.last?.name.unicodeScalars.prefix(2)).map(String.init).joined()
        XCTAssertTrue(b.line(y).contains(name), "\(b.line(y)) shows \(name)")
        // Another page up keeps a row of the old page in view.
        _ = s.update(.key(.pageUp))
        XCTAssertEqual(s.table.list.cursor, rows.count - 1 - (s.table.list.page - 1))
    }

    /// The wrap is made by `update` for the section and width the pane shows: scrolling leaves it as it is, a
    /// narrower terminal makes it again, and the pane draws from it.
    func testTextIsWrappedPerSectionAndWidth() {
        var s = Seeds.state(width: 100, height: 30)
        Seeds.press(&s, [.tab, .down, .enter])
        XCTAssertEqual(s.context, .text)
        let wrapped = s.text.wrapped
        XCTAssertEqual(wrapped.key, s.textKey)
        XCTAssertGreaterThan(wrapped.lines.count, 1)
        _ = s.update(.key(.down))
        XCTAssertEqual(s.text.wrapped, wrapped, "a key that only scrolls keeps the wrap")
        _ = s.update(.resize(width: 70, height: 30))
        XCTAssertEqual(s.text.wrapped.key?.width, s.layout.detail.width - 3)
        XCTAssertGreaterThan(s.text.wrapped.lines.count, wrapped.lines.count, "narrower text takes more lines")
        // What the pane draws is the kept wrap: its first line starts the section's first paragraph.
        _ = s.update(.key(.char("g")))
        let b = DashboardView.render(s, theme: .monochrome)
        let first = s.text.wrapped.lines[s.text.scroll]
        let inner = s.layout.detail.inset(1)
        let paragraph = s.currentReport?.paragraphs[first.paragraph].display ?? ""
        let expected = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(first.start).prefix(min(first.count, 4))))
        XCTAssertFalse(expected.isEmpty)
        XCTAssertTrue(b.line(inner.y).contains(expected), "\(b.line(inner.y)) starts with \(expected)")
    }

    /// The compare table's cursor stops on the last row drawn (it used to go one row past the rows shown).
    func testCompareCursorStaysOnADrawnRow() throws {
        var (s, q) = try Provinces.state()
        Seeds.press(&s, [.char("/")] + Seeds.type("gdp 上海") + [.enter, .char("c"), .enter] + Seeds.type("北京") + [.enter], q)
        let result = try XCTUnwrap(s.compare.result)
        Seeds.press(&s, [.char("G")], q)
        XCTAssertEqual(s.compare.list.cursor, result.rows.count - 1)
        let list = s.layout.compareTableList(picking: s.compare.picking)
        let y = list.y + s.compare.list.cursor - s.compare.list.offset
        XCTAssertLessThan(y, list.maxY)
        let b = DashboardView.render(s, theme: .monochrome)
        XCTAssertTrue(b[list.x, y].style.reverse)
        let name = String(String.UnicodeScalarView(try XCTUnwrap(result.rows.last?.indicator).unicodeScalars.prefix(3)))
        XCTAssertTrue(b.line(y).contains(name), "\(b.line(y)) shows \(name)")
    }
}

/// Wrapping the seed reports at every width from 14 to 60 columns: no line break falls inside a figure (its
/// value, unit and sign, as extracted) that fits a line, nor inside a number (分别增长6. / 5%和7.5% was seen).
final class FigureWrapTests: XCTestCase {
    func testNoBreakInsideAFigureOrANumber() throws {
        var checked = 0
        for r in Seeds.reports.reports where !r.paragraphs.isEmpty {
            for width in stride(from: 14, through: 60, by: 3) {
                let key = WrappedText.Key(file: r.file, paragraphs: 0..<r.paragraphs.count, width: width)
                let wrapped = WrappedText(key, r)
                // Where each paragraph's lines break (scalar offsets inside the paragraph).
                var breaks: [Int: [Int]] = [:]
                for line in wrapped.lines where line.count > 0 && line.start > 0 { breaks[line.paragraph, default: []].append(line.start) }
                for ind in r.indicators {
                    guard let p = r.paragraphs[safe: ind.paragraph] else { continue }
                    let span = p.scalars(fromOriginal: ind.start, to: ind.end)
                    let scalars = Array(p.display.unicodeScalars)
                    guard !span.isEmpty, span.upperBound <= scalars.count,
                          DisplayWidth.of(String(String.UnicodeScalarView(scalars[span]))) <= width else { continue }
                    for b in breaks[ind.paragraph] ?? [] {
                        XCTAssertFalse(span.lowerBound < b && b < span.upperBound,
                                       "\(r.file) width \(width): break inside \(String(String.UnicodeScalarView(scalars[span])))")
                        checked += 1
                    }
                }
                for (pi, bs) in breaks {
                    let s = Array(r.paragraphs[pi].display.unicodeScalars)
                    for b in bs where b > 0 && b < s.count {
                        XCTAssertFalse(TextWrap.isWordChar(s[b - 1]) && TextWrap.isWordChar(s[b]) && Self.numeric(s, around: b, width: width),
                                       "\(r.file) width \(width): number split at \(String(String.UnicodeScalarView(s[max(0, b - 6)..<min(s.count, b + 6)])))")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    /// The run of number characters around offset `b` fits a line (a longer one must break somewhere).
    static func numeric(_ s: [Unicode.Scalar], around b: Int, width: Int) -> Bool {
        var lo = b, hi = b
        while lo > 0, TextWrap.isWordChar(s[lo - 1]) { lo -= 1 }
        while hi < s.count, TextWrap.isWordChar(s[hi]) { hi += 1 }
        return hi - lo <= width
    }
}
