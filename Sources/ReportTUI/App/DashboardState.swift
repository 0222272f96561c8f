import Foundation
import ReportModel

/// Everything the dashboard shows, as a value. `update` is the only way it changes; views only read it; `needs`
/// says what data it is waiting for, and the runtime answers with `.answer` events.
///
/// The state routes: each pane's own state (the report list, section tree, text, indicator table, year over
/// year, search box, compare screen) handles its own keys; this type decides which one a key goes to, keeps
/// them consistent when one changes what another shows (another report, another section, a jump), and sets
/// their page sizes from the layout when the terminal is resized.
public struct DashboardState: Sendable {
    public internal(set) var corpusName: String
    public private(set) var reports: [Report]
    public internal(set) var failures: [ReadError]
    public internal(set) var browse: BrowseModel
    public internal(set) var screen: Screen = .browse
    public internal(set) var focus: Pane = .browse
    public internal(set) var detail: Detail = .text

    public internal(set) var tree = TreeState()
    public internal(set) var text = TextState()
    public internal(set) var table = TableState()
    public internal(set) var yoy: YearOverYearState?
    public internal(set) var search = SearchState()
    public internal(set) var compare = CompareState()
    /// The figure (or query words) a jump marked in the text, and the target's sentence pinned above it.
    public internal(set) var spotlight: Spotlight?

    /// The full report under the cursor once read (the list itself may hold only metadata, as read from the index).
    public private(set) var opened: Report?
    var failedDocument: String?
    var pendingJump: Jump?

    /// A line for the status bar until the next key (an export written, a report that could not be read).
    public internal(set) var message: String?
    /// The overlay over the screen, if any: the keys, or the files that could not be read.
    public internal(set) var overlay: Overlay?
    public internal(set) var helpScroll = 0
    public var showHelp: Bool { overlay == .help }
    public private(set) var mouse: Bool
    /// The runtime has built what searching needs (asked for once, at start).
    public internal(set) var prepared = false
    public private(set) var width: Int
    public private(set) var height: Int

    public init(corpusName: String, reports: [Report], failures: [ReadError] = [], width: Int = 80, height: Int = 24,
                mouse: Bool = true, preferences: DashboardPreferences = DashboardPreferences()) {
        self.corpusName = corpusName
        // A list that comes sorted (the index lists it so) is checked in one pass instead of sorted again.
        let sorted = zip(reports, reports.dropFirst()).allSatisfy { !DashboardState.order($1, $0) }
        self.reports = sorted ? reports : reports.sorted(by: DashboardState.order)
        self.failures = failures
        self.browse = BrowseModel(self.reports)
        self.width = width; self.height = height; self.mouse = mouse
        table.catalogOnly = preferences.catalogOnly
        applyLayout()
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

    /// The choices worth keeping for the next launch, as they stand.
    public var preferences: DashboardPreferences { DashboardPreferences(catalogOnly: table.catalogOnly) }

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
        if !prepared { out.append(.prepare) }
        if let f = documentNeeded { out.append(.document(f)) }
        if screen == .browse, detail == .yearOverYear, let y = yoy, !y.isCurrent { out.append(y.request) }
        if let r = search.request, search.answered != r, search.active { out.append(r) }
        if screen == .compare, let r = compare.request, compare.answered != r { out.append(r) }
        if let sp = spotlight, let c = sp.companion, sp.quote == nil, !sp.quoteFailed { out.append(.quote(c)) }
        return out
    }

    /// Shows a report read in full (for the entry under the cursor; others are ignored).
    mutating func open(_ report: Report) {
        guard let i = currentReportIndex, reports[i].file == report.file else { return }
        opened = report
        resetSection(tree: true)
        applyPendingJump()
    }

    /// A different report came under the cursor: its tree starts fresh and the year-over-year pane follows its place.
    mutating func resetReport() {
        spotlight = nil
        resetSection(tree: true)
        if var y = yoy, let p = currentPlace, p != y.place {
            y.place = p; y.series = nil; y.answered = nil; y.list.reset()
            yoy = y
        }
    }

    /// Another section (or, with `tree`, another report) is selected: text and table start at the top.
    mutating func resetSection(tree all: Bool = false) {
        if all { tree.reset(currentReport) }
        text.scroll = 0
        table.list.reset()
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
    public var treeRows: [TreeRow] { tree.rows(currentReport) }
    public var currentSection: Section? { tree.section(currentReport) }
    /// Paragraph indices shown in the text pane: the selected section and everything under it.
    public var visibleParagraphs: Range<Int> { tree.paragraphs(currentReport) }

    /// What the text pane wraps: the selected section of the open report at the pane's width.
    var textKey: WrappedText.Key? {
        currentReport.map { WrappedText.Key(file: $0.file, paragraphs: visibleParagraphs, width: layout.detail.width - 3) }
    }
    /// The text pane's lines (cached by `update`).
    var textLines: WrappedText { text.lines(textKey, currentReport) }

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
        defer { text.rewrap(textKey, currentReport) }
        switch event {
        case let .resize(w, h):
            width = max(0, w); height = max(0, h)
            applyLayout()
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
            if overlay != nil { return helpKey(k) }
            let ctx = context
            if ctx.isInput, type(k, in: ctx) { return .none }
            guard let action = KeyMap.action(for: k, in: ctx) else { return .none }
            return perform(action, in: ctx)
        }
    }

    /// Every list's page is the height of its rows in the layout; cursors stay on screen.
    mutating func applyLayout() {
        let l = layout
        browse.list.setPage(l.browseList.height)
        tree.list.setPage(l.treeList.height)
        table.list.setPage(l.tableList.height)
        yoy?.list.setPage(l.yearOverYearList.height)
        search.list.setPage(l.searchList.height)
        compare.picker.setPage(l.comparePickerList(picking: true).height)
        compare.list.setPage(l.compareTableList(picking: compare.picking).height)
    }

    mutating func perform(_ a: Action, in ctx: KeyContext) -> Effect {
        switch a {
        case .quit: return .quit
        case .help: overlay = .help; helpScroll = 0
        case .failures:
            guard !failures.isEmpty else { message = "every file was read"; return .none }
            overlay = .failures; helpScroll = 0
        case .toggleMouse:
            mouse.toggle()
            message = mouse ? "mouse on" : "mouse off (the terminal selects text)"
            return .mouse(mouse)
        case .searchIndicators: search.open(.indicators)
        case .searchText: search.open(.text)
        case .nextHit: stepHit(1)
        case .previousHit: stepHit(-1)
        case .compare: openCompare()
        default:
            switch ctx {
            case .search: if case .jump(let k) = search.update(a) { jumpToHit(k) }
            case .comparePicker: handle(compare.pick(a))
            case .compareTable: handle(compare.update(a))
            default: return paneAction(a)
            }
        }
        return .none
    }

    /// Keys of the browse screen: Tab, Enter and Esc move between panes; the focused pane takes the rest.
    mutating func paneAction(_ a: Action) -> Effect {
        switch a {
        case .nextPane: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count) ?? .browse
        case .previousPane: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .browse
        case .open:
            switch focus {
            case .browse: focus = .tree
            case .tree: focus = .detail; detail = .text; text.scroll = 0
            case .detail: if detail == .yearOverYear { openSource(yoy?.row) }
            case .indicators:
                // With the year-over-year pane shown, Enter opens the row's series there (Esc then shows the text).
                if detail == .yearOverYear, tableRows[safe: table.list.cursor]?.canonicalId != nil {
                    yearOverYearFollowsTable(); focus = .detail
                } else {
                    jumpToIndicatorSentence()
                }
            }
        case .back:
            switch focus {
            case .detail where detail == .yearOverYear: detail = .text
            case .detail, .indicators: focus = .tree
            case .tree: focus = .browse
            case .browse: break
            }
        case .export: return exportTable()
        case .targetSource where focus == .detail && detail == .yearOverYear: openSource(yoy?.row, target: true)
        case .yearOverYear:
            guard let i = tableRows[safe: table.list.cursor] else { return .none }
            openYearOverYear(i, place: currentPlace)
        default:
            let before = preferences
            focusedPane(a)
            if preferences != before { return .preferences(preferences) }
        }
        return .none
    }

    /// The focused pane's own keys.
    mutating func focusedPane(_ a: Action) {
        switch focus {
        case .browse: select(in: .browse) { _ = $0.browse.update(a) }
        case .tree:
            let report = currentReport
            select(in: .tree) { _ = $0.tree.update(a, report) }
        case .indicators:
            let n = tableRows.count
            select(in: .indicators) { _ = $0.table.update(a, count: n) }
        case .detail:
            if detail == .yearOverYear, var y = yoy {
                y.list.move(a, count: y.series?.rows.count ?? 0)
                yoy = y
            } else {
                _ = text.update(a, lineCount: textLines.lines.count, bodyRows: TextPane.bodyHeight(self, layout.detail))
            }
        }
    }
}
