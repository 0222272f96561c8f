import ReportModel

/// The selected report's section tree, with expand/collapse markers and each level-1 section's role and year.
enum SectionTreePane {
    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .tree
        b.paneBox(r, title: "章节 Sections", focused: focused, theme)
        let inner = r.inset(1)
        guard inner.height > 0, let rep = s.currentReport else { return }
        let rows = s.treeRows
        if rows.isEmpty {
            b.put("(no sections)", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        for (i, y, _, base) in b.listRows(s.tree.list, count: rows.count, in: s.layout.treeList, box: r, focused: focused, theme) {
            let row = rows[i]
            var x = inner.x + row.depth * 2
            let sign = row.hasChildren ? (row.expanded ? "▾ " : "▸ ") : "  "
            x = b.put(sign, x: x, y: y, style: base, clip: inner)
            guard let si = row.section else {
                b.put("（开篇）", x: x, y: y, style: base.merged(theme.muted), clip: inner)
                continue
            }
            let sec = rep.sections[si]
            let marker = sec.kind == .topic || sec.kind == .part ? "" : sec.marker
            x = b.put(marker + sec.title, x: x, y: y, style: sec.level == 1 ? base.merged(theme.heading) : base, clip: inner)
            if sec.level == 1 || sec.kind == .part {
                let tag = " " + roleLabel(sec)
                b.put(tag, x: x, y: y, style: base.merged(theme.role(roleStyle(sec.role))), clip: inner)
            }
        }
    }

    static func roleLabel(_ s: Section) -> String {
        let name: String
        switch s.role {
        case .review: name = "回顾"
        case .plan: name = "计划"
        case .problems: name = "问题"
        case .other: name = "其他"
        }
        return "[" + name + (s.year.map { " \($0)" } ?? "") + "]"
    }

    static func roleStyle(_ r: SectionRole) -> SectionRoleStyle {
        switch r {
        case .review: return .review
        case .plan: return .plan
        case .problems: return .problems
        case .other: return .other
        }
    }
}

extension Style {
    /// This style with the colours and attributes `other` sets added on top.
    func merged(_ other: Style) -> Style {
        var s = self
        if let f = other.fg, !reverse { s.fg = f }
        if let g = other.bg { s.bg = g }
        s.bold = s.bold || other.bold
        s.underline = s.underline || other.underline
        s.dim = s.dim || other.dim
        s.reverse = s.reverse || other.reverse
        return s
    }
}
