import ReportModel

/// One visible row of the section tree: a section (by index) or the preamble before the first heading.
public struct TreeRow: Sendable, Equatable {
    public var section: Int?
    public var depth: Int
    public var hasChildren: Bool
    public var expanded: Bool
}

/// The section tree of the open report: which sections are unfolded and the highlighted row. The selected row
/// decides what the text pane and the indicator table show (`paragraphs`).
public struct TreeState: Sendable, Equatable {
    /// Expanded section ids.
    public var expanded: Set<String> = []
    public var list = ListViewport()

    /// A report was opened: level-1 sections start expanded so the outline shows two levels.
    mutating func reset(_ r: Report?) {
        expanded = Set(r?.sections.filter { $0.level == 1 }.map(\.id) ?? [])
        list.reset()
    }

    /// The visible rows.
    public func rows(_ r: Report?) -> [TreeRow] {
        guard let r else { return [] }
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

    /// The section under the cursor (nil on the preamble row).
    public func section(_ r: Report?) -> Section? {
        let rows = rows(r)
        guard let r, rows.indices.contains(list.cursor), let i = rows[list.cursor].section else { return nil }
        return r.sections[i]
    }

    /// Paragraph indices the selected row covers: the section and everything under it.
    public func paragraphs(_ r: Report?) -> Range<Int> {
        guard let r else { return 0..<0 }
        let rows = rows(r)
        guard rows.indices.contains(list.cursor) else { return 0..<r.paragraphs.count }
        guard let i = rows[list.cursor].section else {
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

    /// The tree's own keys: moving, and folding (← folds, or goes to the parent; → unfolds; Space toggles).
    /// False for any other action.
    mutating func update(_ a: Action, _ r: Report?) -> Bool {
        let rows = rows(r)
        if list.move(a, count: rows.count) { return true }
        guard [.expand, .collapse, .toggle].contains(a) else { return false }
        guard rows.indices.contains(list.cursor), let r, let si = rows[list.cursor].section else { return true }
        let row = rows[list.cursor], s = r.sections[si]
        switch a {
        case .expand:
            if row.hasChildren { expanded.insert(s.id) }
        case .collapse:
            if row.hasChildren && row.expanded {
                expanded.remove(s.id)
            } else if let p = s.parent, let pi = rows.firstIndex(where: { $0.section.map { r.sections[$0].id } == p }) {
                list.select(pi, count: rows.count)
            }
        default:
            if row.hasChildren { if row.expanded { expanded.remove(s.id) } else { expanded.insert(s.id) } }
        }
        return true
    }

    /// Unfolds the deepest section holding paragraph `p` and puts the cursor on it.
    mutating func reveal(paragraph p: Int, in r: Report) {
        let holding = r.sections.indices.filter { r.sections[$0].paragraphRange.contains(p) }
        list.offset = 0
        guard let si = holding.max(by: { r.sections[$0].level < r.sections[$1].level }) else { list.select(0, count: 1); return }
        var parent = r.sections[si].parent
        while let id = parent {
            expanded.insert(id)
            parent = r.sections.first { $0.id == id }?.parent
        }
        let rows = rows(r)
        list.select(rows.firstIndex { $0.section == si } ?? 0, count: rows.count)
    }
}
