import ReportModel

/// The dashboard's panes, in Tab order.
public enum Pane: Int, Sendable, CaseIterable { case reports, tree, text, indicators }

/// One visible row of the section tree: a section (by index) or the preamble before the first heading.
public struct TreeRow: Sendable, Equatable {
    public var section: Int?
    public var depth: Int
    public var hasChildren: Bool
    public var expanded: Bool
}

/// Everything the dashboard shows, as a value. `update` is the only way it changes; views only read it.
public struct DashboardState: Sendable {
    public var corpusName: String
    public private(set) var reports: [Report]
    public var failures: [ReadError]
    public var focus: Pane = .reports
    public var reportCursor = 0
    public var reportScroll = 0
    /// Expanded section ids of the open report.
    public var expanded: Set<String> = []
    public var treeCursor = 0
    public var treeScroll = 0
    public var textScroll = 0
    public var indicatorCursor = 0
    public var indicatorScroll = 0
    public var showHelp = false
    public var width: Int
    public var height: Int

    public init(corpusName: String, reports: [Report], failures: [ReadError] = [], width: Int = 80, height: Int = 24) {
        self.corpusName = corpusName
        // A list that comes sorted (the index lists it so) is checked in one pass instead of sorted again.
        let sorted = zip(reports, reports.dropFirst()).allSatisfy { !DashboardState.order($1, $0) }
        self.reports = sorted ? reports : reports.sorted(by: DashboardState.order)
        self.failures = failures
        self.width = width; self.height = height
        resetTree()
    }

    /// Province → city → county → township, then place name, then year.
    static func order(_ a: Report, _ b: Report) -> Bool {
        let ra = a.place.level?.rank ?? 9, rb = b.place.level?.rank ?? 9
        if ra != rb { return ra < rb }
        let na = a.place.name ?? "\u{10FFFF}", nb = b.place.name ?? "\u{10FFFF}"
        if na != nb { return na < nb }
        if (a.displayYear ?? 0) != (b.displayYear ?? 0) { return (a.displayYear ?? 0) < (b.displayYear ?? 0) }
        return a.file < b.file
    }

    /// The full report under the cursor once read (the list itself may hold only metadata, as read from the index).
    public private(set) var opened: Report?

    public var currentReport: Report? {
        guard reports.indices.contains(reportCursor) else { return nil }
        if let opened, opened.file == reports[reportCursor].file { return opened }
        return reports[reportCursor]
    }

    /// The file whose full text the runtime should read and hand to `open(_:)`: the report under the cursor when the
    /// list holds only its metadata. Nil when nothing needs reading.
    public var documentNeeded: String? {
        guard reports.indices.contains(reportCursor) else { return nil }
        let r = reports[reportCursor]
        guard r.paragraphs.isEmpty, opened?.file != r.file else { return nil }
        return r.file
    }

    /// Shows a report read in full (for the entry under the cursor; others are ignored).
    public mutating func open(_ report: Report) {
        guard reports.indices.contains(reportCursor), reports[reportCursor].file == report.file else { return }
        opened = report
        resetTree()
    }

    /// Level-1 sections start expanded so the outline shows two levels.
    mutating func resetTree() {
        expanded = Set(currentReport?.sections.filter { $0.level == 1 }.map(\.id) ?? [])
        treeCursor = 0; treeScroll = 0; textScroll = 0
        indicatorCursor = 0; indicatorScroll = 0
    }

    /// Indicators of the selected section and everything under it (the whole report for the preamble row's siblings).
    public var visibleIndicators: [Indicator] {
        guard let r = currentReport else { return [] }
        let range = visibleParagraphs
        return r.indicators.filter { range.contains($0.paragraph) }
    }

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

    // MARK: update

    public mutating func update(_ event: Event) -> Effect {
        switch event {
        case let .resize(w, h):
            width = w; height = h
            return .none
        case let .key(k):
            if showHelp {
                // Any key closes the help; q still quits.
                showHelp = false
                return KeyMap.action(for: k) == .quit ? .quit : .none
            }
            guard let action = KeyMap.action(for: k) else { return .none }
            return perform(action)
        }
    }

    mutating func perform(_ a: Action) -> Effect {
        let layout = Layout(width: width, height: height)
        switch a {
        case .quit: return .quit
        case .help: showHelp = true
        case .nextPane: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count) ?? .reports
        case .previousPane: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .reports
        case .open:
            switch focus {
            case .reports: focus = .tree
            case .tree: focus = .text; textScroll = 0
            case .text: break
            case .indicators: jumpToIndicatorSentence()
            }
        case .back:
            if focus == .text || focus == .indicators { focus = .tree } else if focus == .tree { focus = .reports }
        case .moveUp: move(-1, layout)
        case .moveDown: move(1, layout)
        case .pageUp: move(-max(1, pageSize(layout) - 1), layout)
        case .pageDown: move(max(1, pageSize(layout) - 1), layout)
        case .top: move(-Int.max / 2, layout)
        case .bottom: move(Int.max / 2, layout)
        case .collapse, .expand, .toggle:
            guard focus == .tree else { return .none }
            treeToggle(a)
        }
        return .none
    }

    func pageSize(_ l: Layout) -> Int {
        switch focus {
        case .reports: return l.reports.height - 2
        case .tree: return l.tree.height - 2
        case .text: return l.text.height - 2
        case .indicators: return l.indicators.height - 3
        }
    }

    mutating func move(_ delta: Int, _ l: Layout) {
        switch focus {
        case .reports:
            guard !reports.isEmpty else { return }
            let old = reportCursor
            reportCursor = clamp(reportCursor + delta, 0, reports.count - 1)
            if reportCursor != old { resetTree() }
            reportScroll = scrolled(reportScroll, cursor: reportCursor, rows: l.reports.height - 2)
        case .tree:
            let n = treeRows.count
            guard n > 0 else { return }
            let old = treeCursor
            treeCursor = clamp(treeCursor + delta, 0, n - 1)
            if treeCursor != old { textScroll = 0; indicatorCursor = 0; indicatorScroll = 0 }
            treeScroll = scrolled(treeScroll, cursor: treeCursor, rows: l.tree.height - 2)
        case .indicators:
            let n = visibleIndicators.count
            guard n > 0 else { return }
            indicatorCursor = clamp(indicatorCursor + delta, 0, n - 1)
            indicatorScroll = scrolled(indicatorScroll, cursor: indicatorCursor, rows: l.indicators.height - 3)
        case .text:
            let total = TextPane.lineCount(self, width: l.text.width - 2)
            textScroll = clamp(textScroll + delta, 0, max(0, total - (l.text.height - 2)))
        }
    }

    /// Enter on an indicator row: scroll the text pane to the line holding its sentence.
    mutating func jumpToIndicatorSentence() {
        let inds = visibleIndicators
        guard inds.indices.contains(indicatorCursor) else { return }
        let l = Layout(width: width, height: height)
        let target = inds[indicatorCursor]
        let lines = TextPane.lines(self, width: l.text.width - 3, theme: .color)
        if let row = lines.firstIndex(where: { $0.origins.first.map { Int($0) <= target.start } == true && $0.origins.last.map { Int($0) >= target.start } == true }) {
            textScroll = max(0, row - 1)
        }
        focus = .text
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
        treeScroll = scrolled(treeScroll, cursor: treeCursor, rows: Layout(width: width, height: height).tree.height - 2)
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }

/// Keeps the cursor row inside a window of `rows` rows.
func scrolled(_ scroll: Int, cursor: Int, rows: Int) -> Int {
    guard rows > 0 else { return cursor }
    if cursor < scroll { return cursor }
    if cursor >= scroll + rows { return cursor - rows + 1 }
    return scroll
}
