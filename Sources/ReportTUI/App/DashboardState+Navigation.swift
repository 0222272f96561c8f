import Foundation
import ReportModel

/// Moves that cross panes: a selection the other panes follow, opening a figure's sentence, a source behind a year-over-year row or comparison cell,
/// a search result; opening the year-over-year pane and the compare screen; exporting the table.
extension DashboardState {
    /// Changes a pane's selection (by key or click), then keeps the other panes consistent with it: another
    /// report starts its tree afresh and moves the year-over-year pane to its place; another section puts text
    /// and table at the top and clears a spotlight; the table's row moves the year-over-year pane to its indicator.
    mutating func select(in pane: Pane, _ change: (inout DashboardState) -> Void) {
        let report = currentReportIndex, section = tree.list.cursor
        change(&self)
        switch pane {
        case .browse: if currentReportIndex != report { resetReport() }
        case .tree: if tree.list.cursor != section { resetSection(); spotlight = nil }
        case .indicators: yearOverYearFollowsTable()
        case .detail: break
        }
    }

    /// Enter on an indicator row: scroll the text pane to the line holding its sentence, that figure alone marked.
    mutating func jumpToIndicatorSentence() {
        guard let i = tableRows[safe: table.list.cursor], let r = currentReport else { return }
        spotlight = Spotlight(Jump(file: r.file, paragraph: i.paragraph, start: i.start, end: i.end))
        text.rewrap(textKey, r)
        text.show(paragraph: i.paragraph, offset: i.start, in: r)
        detail = .text
        focus = .detail
    }

    /// Enter on a year-over-year row or a comparison cell: the report the value was read from, at its sentence,
    /// the figure marked, and the target's sentence (from the report that set it) pinned above.
    /// With `target`, the target's sentence in the report that set it instead.
    mutating func openSource(_ row: SeriesRow?, target: Bool = false) {
        guard let row else { message = "no value here"; return }
        if target {
            guard let t = row.targetSource else { message = "\(row.year): no target was set"; return }
            jump(Jump(file: t.file, paragraph: t.paragraph, start: t.start, end: t.end, readText: true))
            return
        }
        guard let src = row.outcomeSource else {
            message = row.derived != nil ? "\(row.year) is derived from the next year's level and growth: no sentence states it"
                : "\(row.year): no statement behind this row"
            return
        }
        let companion = src == row.targetSource ? nil : row.targetSource
        jump(Jump(file: src.file, paragraph: src.paragraph, start: src.start, end: src.end, companion: companion, readText: true))
    }

    /// n / N: the next or previous result of the last search, without opening the box.
    mutating func stepHit(_ d: Int) {
        let n = search.count
        guard n > 0 else { message = "no search results; / searches"; return }
        search.list.select((search.list.cursor + d + n) % n, count: n)
        jumpToHit(search.list.cursor)
        message = "result \(search.list.cursor + 1) of \(n)" + (n >= SearchState.limit ? "+" : "")
    }

    mutating func jumpToHit(_ k: Int) {
        switch search.kind {
        case .indicators:
            guard let h = search.indicatorHits[safe: k]?.hit else { return }
            jump(Jump(file: h.file, paragraph: h.indicator.paragraph, start: h.indicator.start, end: h.indicator.end))
        case .text:
            guard let h = search.textHits[safe: k] else { return }
            // The query as it matched (in the report's script), so the opened text marks the same words.
            let scalars = Array(h.sentence.unicodeScalars)
            var terms: [String] = []
            for m in h.matches where m.lowerBound >= 0 && m.upperBound <= scalars.count && !m.isEmpty {
                let t = String(String.UnicodeScalarView(scalars[m]))
                if !terms.contains(t) { terms.append(t) }
            }
            jump(Jump(file: h.file, paragraph: h.paragraph, start: nil, terms: terms))
        }
    }

    /// Opens the report of a result, selects the section holding it and, for a figure, its table row.
    mutating func jump(_ j: Jump) {
        screen = .browse
        guard let r = reports.firstIndex(where: { $0.file == j.file }) else {
            message = "\(j.file) is not in this list"
            return
        }
        let before = currentReportIndex
        browse.reveal(report: r)
        if before != currentReportIndex { resetReport() }
        pendingJump = j
        applyPendingJump()
    }

    /// Carries out a jump once its report is read in full.
    mutating func applyPendingJump() {
        guard let j = pendingJump, let rep = currentReport, rep.file == j.file, !rep.paragraphs.isEmpty else { return }
        pendingJump = nil
        spotlight = Spotlight(j)
        tree.reveal(paragraph: j.paragraph, in: rep)
        text.scroll = 0
        text.rewrap(textKey, rep)
        text.show(paragraph: j.paragraph, offset: j.start ?? firstTerm(j.terms, in: rep.paragraphs[safe: j.paragraph]), in: rep)
        guard let start = j.start else { detail = .text; focus = .detail; return }
        var rows = tableRows
        if !rows.contains(where: { $0.paragraph == j.paragraph && $0.start == start }) {
            table.role = nil; table.catalogOnly = false
            rows = tableRows
        }
        table.list.offset = 0
        table.list.select(rows.firstIndex { $0.paragraph == j.paragraph && $0.start == start } ?? 0, count: rows.count)
        if j.readText { detail = .text; focus = .detail } else { focus = .indicators; yearOverYearFollowsTable() }
    }

    /// Original-text offset of the first of `terms` in a paragraph (a long paragraph opens where the query is).
    func firstTerm(_ terms: [String], in p: Paragraph?) -> Int? {
        guard let p else { return nil }
        let scalars = Array(p.display.unicodeScalars)
        let best = terms.compactMap { scalars.starts(of: Array($0.unicodeScalars), in: 0..<scalars.count).first }.min()
        return best.flatMap { p.origin[safe: $0] }.map(Int.init)
    }

    /// The year-over-year pane, while shown, follows the table's row to its catalog indicator (a row without one
    /// leaves it on the last).
    mutating func yearOverYearFollowsTable() {
        guard detail == .yearOverYear, let row = tableRows[safe: table.list.cursor], let id = row.canonicalId,
              id != yoy?.indicatorId || currentPlace != yoy?.place else { return }
        openYearOverYear(row, place: currentPlace)
    }

    mutating func openYearOverYear(_ i: Indicator, place: String?) {
        guard let id = i.canonicalId else {
            message = "“\(i.name)” has no catalog name; year over year needs one (a to list catalog indicators only)"
            return
        }
        guard let place else { message = "this report has no place"; return }
        let name = i.canonical ?? IndicatorCatalog.bundled.entry(id: id)?.name ?? id
        if yoy?.place != place || yoy?.indicatorId != id {
            var y = YearOverYearState(place: place, indicatorId: id, indicatorName: name)
            y.list.setPage(layout.yearOverYearList.height)
            yoy = y
        }
        detail = .yearOverYear
    }

    /// The compare screen, every place of the corpus a candidate with its reports' years. Opened with no place
    /// picked, the current report's place is suggested first, so Enter adds it and typing finds another.
    mutating func openCompare() {
        screen = .compare
        if compare.candidates.isEmpty {
            var all = Set<Unicode.Scalar>()
            var names: [(name: String, level: String, years: [Int])] = []
            var seen = [String: Int]()
            for p in browse.places {
                guard let n = p.name else { continue }
                let years = p.reports.compactMap { reports[$0].displayYear }
                // One name at two levels or spellings: one candidate with every year.
                if let k = seen[n] { names[k].years += years; continue }
                seen[n] = names.count
                names.append((n, reports[p.reports[0]].place.level?.chinese ?? "", years))
                all.formUnion(n.unicodeScalars)
            }
            let table = PinyinTable.syllables(for: all)
            compare.candidates = names.map { ($0.name, $0.level, BrowseModel.yearSpan($0.years) ?? "", PinyinTable.spell($0.name, table: table)) }
        }
        compare.suggested = currentPlace
        compare.picking = compare.places.count < 2
        compare.input = ""; compare.picker.reset()
        compare.list.setPage(layout.compareTableList(picking: compare.picking).height)
    }

    /// Carries out what a key on the compare screen asked for.
    mutating func handle(_ o: CompareState.Outcome) {
        compare.list.setPage(layout.compareTableList(picking: compare.picking).height)
        switch o {
        case .none: break
        case .back: screen = .browse
        case .message(let m): message = m
        case let .source(row, target): openSource(row, target: target)
        }
    }

    /// The table as shown, as CSV: the `indicators --csv` columns with place, file and report year, the text as
    /// the source writes it; named after place, year and section (the runtime never overwrites a file).
    mutating func exportTable() -> Effect {
        let rows = tableRows
        guard let r = currentReport, !rows.isEmpty else {
            message = "nothing to export: the table is empty"
            return .none
        }
        var name = "reportdesk-" + (r.place.name ?? "report") + "-" + (r.displayYear.map(String.init) ?? "")
        if let s = currentSection { name += "-" + String(s.title.prefix(12)) }
        let safe = String(name.unicodeScalars.map { "/\\:*?\"<>| ".unicodeScalars.contains($0) ? "_" : Character($0) })
        return .export(file: safe + ".csv", contents: IndicatorTable.csv(rows, report: r, sourceText: true) + "\n")
    }
}
