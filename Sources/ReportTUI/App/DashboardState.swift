import Foundation
import ReportModel

/// The dashboard's panes on the browse screen, in Tab order. `detail` shows the section text or, once opened,
/// the year-over-year pane.
public enum Pane: Int, Sendable, CaseIterable { case browse, tree, detail, indicators }

/// What the detail pane shows.
public enum Detail: Sendable, Equatable { case text, yearOverYear }

/// Which screen fills the body.
public enum Screen: Sendable, Equatable { case browse, compare }

/// One visible row of the section tree: a section (by index) or the preamble before the first heading.
public struct TreeRow: Sendable, Equatable {
    public var section: Int?
    public var depth: Int
    public var hasChildren: Bool
    public var expanded: Bool
}

/// Everything the dashboard shows, as a value. `update` is the only way it changes; views only read it; `needs`
/// says what data it is waiting for, and the runtime answers with `.answer` events.
public struct DashboardState: Sendable {
    public var corpusName: String
    public private(set) var reports: [Report]
    public var failures: [ReadError]
    public var browse: BrowseModel
    public var screen: Screen = .browse
    public var focus: Pane = .browse
    public var detail: Detail = .text

    /// Expanded section ids of the open report.
    public var expanded: Set<String> = []
    public var treeCursor = 0
    public var treeScroll = 0
    public var textScroll = 0
    public var table = TableState()
    public var yoy: YearOverYearState?
    public var search = SearchState()
    public var compare = CompareState()
    /// The figure (or query words) a jump marked in the text, and the target's sentence pinned above it.
    public var spotlight: Spotlight?

    /// The full report under the cursor once read (the list itself may hold only metadata, as read from the index).
    public private(set) var opened: Report?
    var failedDocument: String?
    var pendingJump: Jump?

    /// A line for the status bar until the next key (an export written, a report that could not be read).
    public var message: String?
    public var showHelp = false
    public var helpScroll = 0
    public var mouse = true
    public var width: Int
    public var height: Int

    public init(corpusName: String, reports: [Report], failures: [ReadError] = [], width: Int = 80, height: Int = 24) {
        self.corpusName = corpusName
        // A list that comes sorted (the index lists it so) is checked in one pass instead of sorted again.
        let sorted = zip(reports, reports.dropFirst()).allSatisfy { !DashboardState.order($1, $0) }
        self.reports = sorted ? reports : reports.sorted(by: DashboardState.order)
        self.failures = failures
        self.browse = BrowseModel(self.reports)
        self.width = width; self.height = height
        resetReport()
    }

    /// Province → city → county → township, then place name, then year.
    static func order(_ a: Report, _ b: Report) -> Bool {
        let ra = a.place.level?.rank ?? 9, rb = b.place.level?.rank ?? 9
        if ra != rb { return ra < rb }
        if (a.place.name == nil) != (b.place.name == nil) { return b.place.name == nil }
        let na = a.place.name ?? "", nb = b.place.name ?? ""
        if na != nb { return na < nb }
        if (a.displayYear ?? 0) != (b.displayYear ?? 0) { return (a.displayYear ?? 0) < (b.displayYear ?? 0) }
        return a.file < b.file
    }

    public var layout: Layout { Layout(width: width, height: height) }

    public var currentReportIndex: Int? { browse.currentReport }

    public var currentReport: Report? {
        guard let i = currentReportIndex, reports.indices.contains(i) else { return nil }
        if let opened, opened.file == reports[i].file { return opened }
        return reports[i]
    }

    /// The place name of the report under the cursor.
    public var currentPlace: String? { currentReport?.place.name }

    /// The file whose full text is still to be read: the report under the cursor when the list holds only its metadata.
    public var documentNeeded: String? {
        guard let i = currentReportIndex, reports.indices.contains(i) else { return nil }
        let r = reports[i]
        guard r.paragraphs.isEmpty, opened?.file != r.file, failedDocument != r.file else { return nil }
        return r.file
    }

    /// Data the state is waiting for; the runtime fetches each and answers with `.answer`.
    public var needs: [Request] {
        var out: [Request] = []
        if let f = documentNeeded { out.append(.document(f)) }
        if screen == .browse, detail == .yearOverYear, let y = yoy, !y.isCurrent { out.append(y.request) }
        if let r = search.request, search.answered != r, search.active { out.append(r) }
        if screen == .compare, let r = compare.request, compare.answered != r { out.append(r) }
        if let sp = spotlight, let c = sp.companion, sp.quote == nil, !sp.quoteFailed { out.append(.quote(c)) }
        return out
    }

    /// Shows a report read in full (for the entry under the cursor; others are ignored).
    public mutating func open(_ report: Report) {
        guard let i = currentReportIndex, reports[i].file == report.file else { return }
        opened = report
        resetTree()
        applyPendingJump()
    }

    /// A different report came under the cursor: its tree starts fresh and the year-over-year pane follows its place.
    mutating func resetReport() {
        spotlight = nil
        resetTree()
        if var y = yoy, let p = currentPlace, p != y.place {
            y.place = p; y.series = nil; y.answered = nil; y.cursor = 0; y.scroll = 0
            yoy = y
        }
    }

    /// Level-1 sections start expanded so the outline shows two levels.
    mutating func resetTree() {
        expanded = Set(currentReport?.sections.filter { $0.level == 1 }.map(\.id) ?? [])
        treeCursor = 0; treeScroll = 0; textScroll = 0
        table.cursor = 0; table.scroll = 0
    }

    /// Figures of the selected section and everything under it.
    public var visibleIndicators: [Indicator] {
        guard let r = currentReport else { return [] }
        let range = visibleParagraphs
        return r.indicators.filter { range.contains($0.paragraph) }
    }

    /// The indicator table's rows: the visible figures filtered and sorted.
    public var tableRows: [Indicator] { table.rows(visibleIndicators) }

    /// The visible rows of the section tree.
    public var treeRows: [TreeRow] {
        guard let r = currentReport else { return [] }
        var rows: [TreeRow] = []
        if let first = r.sections.first?.paragraphRange.lowerBound, first > 0 {
            rows.append(TreeRow(section: nil, depth: 0, hasChildren: false, expanded: false))
        } else if r.sections.isEmpty, !r.paragraphs.isEmpty {
            rows.append(TreeRow(section: nil, depth: 0, hasChildren: false, expanded: false))
        }
        var visible: [String: Bool] = [:]
        for (i, s) in r.sections.enumerated() {
            let shown = s.parent.map { (visible[$0] ?? false) && expanded.contains($0) } ?? true
            visible[s.id] = shown
            guard shown else { continue }
            let hasChildren = i + 1 < r.sections.count && r.sections[i + 1].parent == s.id
            rows.append(TreeRow(section: i, depth: s.level - 1, hasChildren: hasChildren, expanded: expanded.contains(s.id)))
        }
        return rows
    }

    public var currentSection: Section? {
        let rows = treeRows
        guard rows.indices.contains(treeCursor), let i = rows[treeCursor].section, let r = currentReport else { return nil }
        return r.sections[i]
    }

    /// Paragraph indices shown in the text pane: the selected section and everything under it.
    public var visibleParagraphs: Range<Int> {
        guard let r = currentReport else { return 0..<0 }
        let rows = treeRows
        guard rows.indices.contains(treeCursor) else { return 0..<r.paragraphs.count }
        guard let i = rows[treeCursor].section else {
            return 0..<(r.sections.first?.paragraphRange.lowerBound ?? r.paragraphs.count)
        }
        let s = r.sections[i]
        var end = s.paragraphRange.upperBound
        var j = i + 1
        while j < r.sections.count, r.sections[j].level > s.level || (s.kind == .part && r.sections[j].part == s.part) {
            end = max(end, r.sections[j].paragraphRange.upperBound)
            j += 1
        }
        return s.paragraphRange.lowerBound..<max(end, s.paragraphRange.lowerBound)
    }

    /// Where keys go now.
    public var context: KeyContext {
        if search.active { return .search }
        if screen == .compare { return compare.picking ? .comparePicker : .compareTable }
        switch focus {
        case .browse: return .browse
        case .tree: return .tree
        case .detail: return detail == .yearOverYear ? .yoy : .text
        case .indicators: return .indicators
        }
    }

    // MARK: update

    public mutating func update(_ event: Event) -> Effect {
        switch event {
        case let .resize(w, h):
            width = max(0, w); height = max(0, h)
            keepCursorsVisible()
            return .none
        case let .answer(request, answer):
            receive(request, answer)
            return .none
        case let .notice(text):
            message = text
            return .none
        case let .mouse(m):
            guard mouse else { return .none }
            click(m)
            return .none
        case let .key(k):
            message = nil
            if showHelp {
                // Moving keys scroll the help; any other key closes it, and q still quits.
                let a = KeyMap.action(for: k, in: .browse)
                let page = max(1, DashboardView.helpRect(layout).height - 3)
                let most = max(0, DashboardView.helpLines(self).count - (DashboardView.helpRect(layout).height - 2))
                switch a {
                case .moveDown?: helpScroll = min(most, helpScroll + 1)
                case .moveUp?: helpScroll = max(0, helpScroll - 1)
                case .pageDown?: helpScroll = min(most, helpScroll + page)
                case .pageUp?: helpScroll = max(0, helpScroll - page)
                default:
                    showHelp = false
                    return a == .quit ? .quit : .none
                }
                return .none
            }
            let ctx = context
            if ctx.isInput, type(k, in: ctx) { return .none }
            guard let action = KeyMap.action(for: k, in: ctx) else { return .none }
            return perform(action, in: ctx)
        }
    }

    /// Printable keys, Backspace (on a non-empty box) and Ctrl-U edit the input box; true when the key was used.
    mutating func type(_ k: Key, in ctx: KeyContext) -> Bool {
        var input = ctx == .search ? search.input : compare.input
        switch k {
        case .char(let c): input.append(c)
        case .space: input.append(" ")
        case .backspace where !input.isEmpty: input.removeLast()
        case .ctrlU: input = ""
        default: return false
        }
        if ctx == .search {
            search.input = input; search.cursor = 0; search.scroll = 0
        } else {
            compare.input = input; compare.pickerCursor = 0; compare.pickerScroll = 0
        }
        return true
    }

    mutating func perform(_ a: Action, in ctx: KeyContext) -> Effect {
        switch a {
        case .quit: return .quit
        case .help: showHelp = true; helpScroll = 0
        case .toggleMouse:
            mouse.toggle()
            message = mouse ? "mouse on" : "mouse off (the terminal selects text)"
            return .mouse(mouse)
        case .searchIndicators: openSearch(.indicators)
        case .searchText: openSearch(.text)
        case .nextHit: stepHit(1)
        case .previousHit: stepHit(-1)
        case .compare: openCompare()
        default:
            switch ctx {
            case .search: return searchAction(a)
            case .comparePicker, .compareTable: compareAction(a, picker: ctx == .comparePicker)
            default: return paneAction(a)
            }
        }
        return .none
    }

    mutating func paneAction(_ a: Action) -> Effect {
        let l = layout
        switch a {
        case .nextPane: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count) ?? .browse
        case .previousPane: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .browse
        case .open:
            switch focus {
            case .browse: focus = .tree
            case .tree: focus = .detail; detail = .text; textScroll = 0
            case .detail: if detail == .yearOverYear { openSource(yoy?.series?.rows[safe: yoy?.cursor ?? 0]) }
            case .indicators: jumpToIndicatorSentence()
            }
        case .back:
            switch focus {
            case .detail where detail == .yearOverYear: detail = .text
            case .detail, .indicators: focus = .tree
            case .tree: focus = .browse
            case .browse: break
            }
        case .moveUp: move(-1, l)
        case .moveDown: move(1, l)
        case .pageUp: move(-max(1, pageSize(l) - 1), l)
        case .pageDown: move(max(1, pageSize(l) - 1), l)
        case .top: move(-Int.max / 2, l)
        case .bottom: move(Int.max / 2, l)
        case .collapse, .expand, .toggle:
            if focus == .tree { treeToggle(a) }
            if focus == .browse {
                let before = currentReportIndex
                browse.fold(expand: a == .expand ? true : a == .collapse ? false : nil)
                browse.scroll = scrolled(browse.scroll, cursor: browse.cursor, rows: l.browse.height - 2)
                if currentReportIndex != before { resetReport() }
            }
        case .sortNext: table.nextSort()
        case .sortReverse: table.descending.toggle(); table.cursor = 0; table.scroll = 0
        case .roleFilter: table.nextRole()
        case .catalogOnly: table.catalogOnly.toggle(); table.cursor = 0; table.scroll = 0
        case .export: return exportTable()
        case .targetSource where focus == .detail && detail == .yearOverYear:
            openSource(yoy?.series?.rows[safe: yoy?.cursor ?? 0], target: true)
        case .yearOverYear:
            let rows = tableRows
            guard rows.indices.contains(table.cursor) else { return .none }
            openYearOverYear(rows[table.cursor], place: currentPlace)
        default: break
        }
        return .none
    }

    func pageSize(_ l: Layout) -> Int {
        switch focus {
        case .browse: return l.browse.height - 2
        case .tree: return l.tree.height - 2
        case .detail: return l.detail.height - 2
        case .indicators: return l.indicators.height - 3
        }
    }

    mutating func move(_ delta: Int, _ l: Layout) {
        switch focus {
        case .browse:
            guard !browse.rows.isEmpty else { return }
            let before = currentReportIndex
            browse.cursor = clamp(browse.cursor + delta, 0, browse.rows.count - 1)
            browse.scroll = scrolled(browse.scroll, cursor: browse.cursor, rows: l.browse.height - 2)
            if currentReportIndex != before { resetReport() }
        case .tree:
            let n = treeRows.count
            guard n > 0 else { return }
            let old = treeCursor
            treeCursor = clamp(treeCursor + delta, 0, n - 1)
            if treeCursor != old { textScroll = 0; table.cursor = 0; table.scroll = 0; spotlight = nil }
            treeScroll = scrolled(treeScroll, cursor: treeCursor, rows: l.tree.height - 2)
        case .indicators:
            let rows = tableRows
            guard !rows.isEmpty else { return }
            table.cursor = clamp(table.cursor + delta, 0, rows.count - 1)
            table.scroll = scrolled(table.scroll, cursor: table.cursor, rows: l.indicators.height - 3)
            // The year-over-year pane follows the table to the next catalog indicator.
            if detail == .yearOverYear, let id = rows[table.cursor].canonicalId, id != yoy?.indicatorId {
                openYearOverYear(rows[table.cursor], place: currentPlace)
            }
        case .detail:
            if detail == .yearOverYear, var y = yoy {
                let n = y.series?.rows.count ?? 0
                y.cursor = clamp(y.cursor + delta, 0, max(0, n - 1))
                y.scroll = scrolled(y.scroll, cursor: y.cursor, rows: YearOverYearPane.tableRows(l.detail))
                yoy = y
            } else {
                let total = TextPane.lineCount(self, width: l.detail.width - 3)
                textScroll = clamp(textScroll + delta, 0, max(0, total - TextPane.bodyHeight(self, l.detail)))
            }
        }
    }

    /// After a resize, every cursor stays on screen.
    mutating func keepCursorsVisible() {
        let l = layout
        browse.scroll = scrolled(browse.scroll, cursor: browse.cursor, rows: l.browse.height - 2)
        treeScroll = scrolled(treeScroll, cursor: treeCursor, rows: l.tree.height - 2)
        table.scroll = scrolled(table.scroll, cursor: table.cursor, rows: l.indicators.height - 3)
    }

    /// Enter on an indicator row: scroll the text pane to the line holding its sentence, that figure alone marked.
    mutating func jumpToIndicatorSentence() {
        let rows = tableRows
        guard rows.indices.contains(table.cursor), let file = currentReport?.file else { return }
        let i = rows[table.cursor]
        spotlight = Spotlight(Jump(file: file, paragraph: i.paragraph, start: i.start, end: i.end))
        scrollText(toParagraph: i.paragraph, offset: i.start)
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

    mutating func scrollText(toParagraph p: Int, offset: Int?) {
        let l = layout
        let lines = TextPane.lines(self, width: l.detail.width - 3, theme: .color)
        let row = lines.firstIndex { line in
            guard line.paragraph == p else { return false }
            guard let offset else { return true }
            return line.origins.last.map { Int($0) >= offset } ?? false
        } ?? lines.firstIndex { $0.paragraph == p }
        if let row { textScroll = max(0, row - 1) }
    }

    mutating func treeToggle(_ a: Action) {
        let rows = treeRows
        guard rows.indices.contains(treeCursor), let r = currentReport else { return }
        let row = rows[treeCursor]
        guard let si = row.section else { return }
        let s = r.sections[si]
        switch a {
        case .expand:
            if row.hasChildren { expanded.insert(s.id) }
        case .collapse:
            if row.hasChildren && row.expanded {
                expanded.remove(s.id)
            } else if let p = s.parent, let pi = rows.firstIndex(where: { $0.section.map { r.sections[$0].id } == p }) {
                treeCursor = pi
            }
        default:
            if row.hasChildren { if row.expanded { expanded.remove(s.id) } else { expanded.insert(s.id) } }
        }
        treeScroll = scrolled(treeScroll, cursor: treeCursor, rows: layout.tree.height - 2)
    }

    // MARK: the indicator table

    /// The table as CSV (the `indicators --csv` columns), named after place, year and section.
    mutating func exportTable() -> Effect {
        let rows = tableRows
        guard let r = currentReport, !rows.isEmpty else {
            message = "nothing to export: the table is empty"
            return .none
        }
        var name = "reportdesk-" + (r.place.name ?? "report") + "-" + (r.displayYear.map(String.init) ?? "")
        if let s = currentSection { name += "-" + String(s.title.prefix(12)) }
        let safe = String(name.unicodeScalars.map { "/\\:*?\"<>| ".unicodeScalars.contains($0) ? "_" : Character($0) })
        return .export(file: safe + ".csv", contents: IndicatorTable.csv(rows) + "\n")
    }

    // MARK: year over year

    mutating func openYearOverYear(_ i: Indicator, place: String?) {
        guard let id = i.canonicalId else {
            message = "“\(i.name)” has no catalog name; year over year needs one (a to list catalog indicators only)"
            return
        }
        guard let place else { message = "this report has no place"; return }
        let name = i.canonical ?? IndicatorCatalog.bundled.entry(id: id)?.name ?? id
        if yoy?.place != place || yoy?.indicatorId != id {
            yoy = YearOverYearState(place: place, indicatorId: id, indicatorName: name)
        }
        detail = .yearOverYear
    }

    // MARK: search

    mutating func openSearch(_ kind: SearchState.Kind) {
        if search.kind != kind { search.answered = nil }
        search.kind = kind
        search.active = true
        search.input = ""
        search.cursor = 0; search.scroll = 0
    }

    mutating func searchAction(_ a: Action) -> Effect {
        let n = search.count
        let rows = SearchOverlay.listRows(layout)
        if let c = listCursor(a, search.cursor, count: n, page: rows) { search.cursor = c }
        switch a {
        case .nextPane:
            search.kind = search.kind == .indicators ? .text : .indicators
            search.cursor = 0; search.scroll = 0
        case .back: search.active = false
        case .open:
            guard n > 0 else { return .none }
            search.active = false
            jumpToHit(search.cursor)
        default: break
        }
        search.scroll = scrolled(search.scroll, cursor: search.cursor, rows: rows)
        return .none
    }

    /// n / N: the next or previous result of the last search, without opening the box.
    mutating func stepHit(_ d: Int) {
        let n = search.count
        guard n > 0 else { message = "no search results; / searches"; return }
        search.cursor = (search.cursor + d + n) % n
        jumpToHit(search.cursor)
        message = "result \(search.cursor + 1) of \(n)" + (n >= SearchState.limit ? "+" : "")
    }

    mutating func jumpToHit(_ k: Int) {
        switch search.kind {
        case .indicators:
            guard search.indicatorHits.indices.contains(k) else { return }
            let h = search.indicatorHits[k].hit
            jump(Jump(file: h.file, paragraph: h.indicator.paragraph, start: h.indicator.start, end: h.indicator.end))
        case .text:
            guard search.textHits.indices.contains(k) else { return }
            let h = search.textHits[k]
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
        browse.scroll = scrolled(browse.scroll, cursor: browse.cursor, rows: layout.browse.height - 2)
        if before != currentReportIndex { resetReport() }
        pendingJump = j
        applyPendingJump()
    }

    mutating func applyPendingJump() {
        guard let j = pendingJump, let rep = currentReport, rep.file == j.file, !rep.paragraphs.isEmpty else { return }
        pendingJump = nil
        spotlight = Spotlight(j)
        // The deepest section holding the paragraph, with its ancestors unfolded.
        let holding = rep.sections.indices.filter { rep.sections[$0].paragraphRange.contains(j.paragraph) }
        if let si = holding.max(by: { rep.sections[$0].level < rep.sections[$1].level }) {
            var parent = rep.sections[si].parent
            while let p = parent {
                expanded.insert(p)
                parent = rep.sections.first { $0.id == p }?.parent
            }
            treeCursor = treeRows.firstIndex { $0.section == si } ?? 0
        } else {
            treeCursor = 0
        }
        treeScroll = scrolled(0, cursor: treeCursor, rows: layout.tree.height - 2)
        textScroll = 0
        scrollText(toParagraph: j.paragraph, offset: j.start ?? firstTerm(j.terms, in: rep.paragraphs[safe: j.paragraph]))
        if let start = j.start {
            var rows = tableRows
            if !rows.contains(where: { $0.paragraph == j.paragraph && $0.start == start }) {
                table.role = nil; table.catalogOnly = false
                rows = tableRows
            }
            table.cursor = rows.firstIndex { $0.paragraph == j.paragraph && $0.start == start } ?? 0
            table.scroll = scrolled(0, cursor: table.cursor, rows: layout.indicators.height - 3)
            if j.readText { detail = .text; focus = .detail } else { focus = .indicators }
        } else {
            detail = .text
            focus = .detail
        }
    }

    /// Original-text offset of the first of `terms` in a paragraph (a long paragraph opens where the query is).
    func firstTerm(_ terms: [String], in p: Paragraph?) -> Int? {
        guard let p else { return nil }
        let scalars = Array(p.display.unicodeScalars)
        let best = terms.compactMap { scalars.starts(of: Array($0.unicodeScalars), in: 0..<scalars.count).first }.min()
        return best.flatMap { p.origin[safe: $0] }.map(Int.init)
    }

    // MARK: compare

    mutating func openCompare() {
        screen = .compare
        if compare.candidates.isEmpty {
            var seen = Set<String>()
            var names: [(String, String)] = []
            for p in browse.places { if let n = p.name, seen.insert(n).inserted { names.append((n, reports[p.reports[0]].place.level?.chinese ?? "")) } }
            var all = String.UnicodeScalarView()
            for (n, _) in names { all.append(contentsOf: n.unicodeScalars) }
            let table = PinyinTable.syllables(for: all)
            compare.candidates = names.map { n, level in (n, level, PinyinTable.spell(n, table: table)) }
        }
        if compare.places.isEmpty, let p = currentPlace { compare.places = [p] }
        compare.picking = compare.places.count < 2
        compare.input = ""; compare.pickerCursor = 0; compare.pickerScroll = 0
    }

    mutating func compareAction(_ a: Action, picker: Bool) {
        let l = layout
        if picker {
            let n = compare.matches.count
            let rows = ComparePane.pickerRows(l)
            if let c = listCursor(a, compare.pickerCursor, count: n, page: rows + 1) { compare.pickerCursor = c }
            switch a {
            case .addPlace:
                let m = compare.matches
                guard m.indices.contains(compare.pickerCursor) else { return }
                compare.places.append(m[compare.pickerCursor].name)
                compare.year = nil
                compare.input = ""; compare.pickerCursor = 0; compare.pickerScroll = 0
                compare.cursor = 0; compare.scroll = 0
                if compare.places.count >= 2 { compare.picking = false }
            case .removePlace:
                if !compare.places.isEmpty { compare.places.removeLast(); compare.year = nil }
            case .nextPane: compare.picking = false
            case .back: screen = .browse
            default: break
            }
            compare.pickerScroll = scrolled(compare.pickerScroll, cursor: compare.pickerCursor, rows: rows)
            return
        }
        let n = compare.result?.rows.count ?? 0
        let rows = ComparePane.tableRows(l, self)
        if let c = listCursor(a, compare.cursor, count: n, page: rows) { compare.cursor = c }
        switch a {
        case .previousYear, .nextYear:
            guard let r = compare.result, let y = r.year, let k = r.years.firstIndex(of: y) else { return }
            let next = k + (a == .nextYear ? 1 : -1)
            guard r.years.indices.contains(next) else { message = "no \(a == .nextYear ? "later" : "earlier") year"; return }
            compare.year = r.years[next]
        case .previousColumn, .nextColumn:
            let n = compare.result?.places.count ?? compare.places.count
            compare.column = clamp(compare.column + (a == .nextColumn ? 1 : -1), 0, n - 1)
        case .open, .targetSource:
            guard let r = compare.result, r.rows.indices.contains(compare.cursor) else { return }
            let cells = r.rows[compare.cursor].cells
            guard cells.indices.contains(compare.column), let cell = cells[compare.column] else {
                message = "\(r.places[safe: compare.column] ?? "this place") has no \(r.rows[compare.cursor].indicator) for the year"
                return
            }
            openSource(cell, target: a == .targetSource)
        case .addPlace: compare.picking = true
        case .removePlace:
            if !compare.places.isEmpty { compare.places.removeLast(); compare.year = nil }
            if compare.places.count < 2 { compare.picking = true }
            compare.column = min(compare.column, max(0, compare.places.count - 1))
        case .back: screen = .browse
        default: break
        }
        compare.scroll = scrolled(compare.scroll, cursor: compare.cursor, rows: rows)
    }

    // MARK: answers

    mutating func receive(_ request: Request, _ answer: Answer) {
        if case .interrupted = answer { return }
        if case .failed(let why) = answer {
            switch request {
            case .document(let f):
                failedDocument = f
                message = "cannot read \(f): \(why)"
            case .indicators, .paragraphs:
                if search.request == request { search.failure = why; search.answered = request }
            case .series:
                if yoy?.request == request { yoy?.failure = why; yoy?.answered = request }
            case .compare:
                if compare.request == request { compare.failure = why; compare.answered = request }
            case .quote(let ref):
                if spotlight?.companion == ref { spotlight?.quoteFailed = true; message = "cannot read the target's sentence: \(why)" }
            }
            return
        }
        switch (request, answer) {
        case let (.document(f), .document(r)):
            guard let i = currentReportIndex, reports[i].file == f else { return }
            open(r)
        case let (.indicators, .indicators(hits)):
            search.indicatorHits = hits; search.answered = request; search.failure = nil
            search.cursor = clamp(search.cursor, 0, hits.count - 1)
        case let (.paragraphs, .paragraphs(hits)):
            search.textHits = hits; search.answered = request; search.failure = nil
            search.cursor = clamp(search.cursor, 0, hits.count - 1)
        case let (.series, .series(s)):
            guard var y = yoy, y.request == request else { return }
            y.series = s; y.answered = request; y.failure = nil
            // Start on the latest year with a value.
            y.cursor = s.rows.lastIndex { $0.value != nil || $0.growth != nil } ?? max(0, s.rows.count - 1)
            y.scroll = scrolled(0, cursor: y.cursor, rows: YearOverYearPane.tableRows(layout.detail))
            yoy = y
        case let (.quote(ref), .quote(q)):
            if spotlight?.companion == ref { spotlight?.quote = q }
        case let (.compare, .comparison(c)):
            guard compare.request == request else { return }
            compare.result = c; compare.answered = request; compare.failure = nil
            compare.cursor = clamp(compare.cursor, 0, c.rows.count - 1)
            // Left to choose, the year is the latest with actual figures: the latest shared year is often the
            // one the newest reports only set targets for.
            let actual = c.rows.contains { $0.cells.contains { $0?.value != nil || $0?.growth != nil } }
            if compare.year == nil, !actual, let y = c.year, let earlier = c.years.last(where: { $0 < y }) { compare.year = earlier }
        default: break
        }
    }

    // MARK: mouse

    mutating func click(_ m: Mouse) {
        if showHelp { showHelp = false; return }
        let l = layout
        guard !l.tooSmall else { return }
        let wheel = m.kind == .press ? 0 : (m.kind == .wheelUp ? -3 : 3)
        if search.active {
            let list = SearchOverlay.listRect(l)
            if wheel != 0 { search.cursor = clamp(search.cursor + wheel, 0, search.count - 1) }
            else if list.contains(m.x, m.y) { search.cursor = clamp(search.scroll + m.y - list.y, 0, search.count - 1) }
            search.scroll = scrolled(search.scroll, cursor: search.cursor, rows: SearchOverlay.listRows(l))
            return
        }
        if screen == .compare {
            if wheel != 0 { compareAction(wheel < 0 ? .moveUp : .moveDown, picker: false); return }
            let picker = ComparePane.pickerListRect(l, self)
            if compare.picking, picker.contains(m.x, m.y) {
                compare.pickerCursor = compare.pickerScroll + m.y - picker.y
                compareAction(.addPlace, picker: true)
            }
            return
        }
        let panes: [(Pane, Rect)] = [(.browse, l.browse), (.tree, l.tree), (.detail, l.detail), (.indicators, l.indicators)]
        guard let (pane, r) = panes.first(where: { $0.1.contains(m.x, m.y) }) else { return }
        focus = pane
        if wheel != 0 {
            if pane == .detail, detail == .text { move(wheel, l) } else { for _ in 0..<abs(wheel) { move(wheel < 0 ? -1 : 1, l) } }
            return
        }
        let row = m.y - r.y - 1
        guard row >= 0, row < r.height - 2 else { return }
        switch pane {
        case .browse: move(browse.scroll + row - browse.cursor, l)
        case .tree:
            let target = treeScroll + row
            if target == treeCursor { treeToggle(.toggle) } else { move(target - treeCursor, l) }
        case .indicators where row >= 1: move(table.scroll + row - 1 - table.cursor, l)
        default: break
        }
    }
}

extension Rect {
    func contains(_ px: Int, _ py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }

/// Where a moving action puts the cursor of a list of `count` rows showing `page` at a time (a page moves one
/// row less, so a row stays in view); nil for other actions.
func listCursor(_ a: Action, _ cursor: Int, count n: Int, page rows: Int) -> Int? {
    switch a {
    case .moveUp: return clamp(cursor - 1, 0, n - 1)
    case .moveDown: return clamp(cursor + 1, 0, n - 1)
    case .pageUp: return clamp(cursor - max(1, rows - 1), 0, n - 1)
    case .pageDown: return clamp(cursor + max(1, rows - 1), 0, n - 1)
    case .top: return 0
    case .bottom: return max(0, n - 1)
    default: return nil
    }
}

/// Keeps the cursor row inside a window of `rows` rows.
func scrolled(_ scroll: Int, cursor: Int, rows: Int) -> Int {
    guard rows > 0 else { return cursor }
    if cursor < scroll { return cursor }
    if cursor >= scroll + rows { return cursor - rows + 1 }
    return scroll
}
