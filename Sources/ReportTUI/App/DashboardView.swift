import ReportModel

/// Renders the whole dashboard for a state into a buffer: header breadcrumb, panes, status line, help overlay.
public enum DashboardView {
    public static func render(_ s: DashboardState, theme: Theme = .color) -> Buffer {
        var b = Buffer(width: s.width, height: s.height)
        let l = Layout(width: s.width, height: s.height)
        if l.tooSmall {
            let msg = ["Terminal too small", "need \(Layout.minWidth)×\(Layout.minHeight), have \(s.width)×\(s.height)", "q quits"]
            for (i, m) in msg.enumerated() where i < s.height {
                b.put(DisplayWidth.fit(m, s.width, pad: false), x: max(0, (s.width - DisplayWidth.of(m)) / 2), y: max(0, s.height / 2 - 1) + i)
            }
            return b
        }
        header(s, l.header, &b, theme)
        ReportListPane.render(s, l.reports, &b, theme)
        SectionTreePane.render(s, l.tree, &b, theme)
        TextPane.render(s, l.text, &b, theme)
        IndicatorTablePane.render(s, l.indicators, &b, theme)
        status(s, l.status, &b, theme)
        if s.showHelp { help(l, &b, theme) }
        return b
    }

    /// "ReportDesk │ bundled │ 京东镇 › 2023 › 一、2022年工作回顾"
    static func header(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        b.fill(r, style: theme.header)
        var crumbs = ["ReportDesk", s.corpusName]
        if let rep = s.currentReport {
            crumbs.append(rep.place.name ?? "—")
            if let y = rep.displayYear { crumbs.append(String(y)) }
            if let sec = s.currentSection { crumbs.append((sec.kind == .topic || sec.kind == .part ? "" : sec.marker) + sec.title) }
        }
        b.put(" " + crumbs.joined(separator: " › "), x: 0, y: r.y, style: theme.header, clip: r)
        if !s.failures.isEmpty {
            let note = " \(s.failures.count) unreadable "
            b.put(note, x: r.maxX - DisplayWidth.of(note), y: r.y, style: theme.header, clip: r)
        }
    }

    static func status(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        b.fill(r, style: theme.status)
        let actions: [Action]
        switch s.focus {
        case .reports: actions = [.moveDown, .open, .nextPane, .help, .quit]
        case .tree: actions = [.moveDown, .toggle, .expand, .collapse, .open, .back, .help, .quit]
        case .text: actions = [.moveDown, .pageDown, .back, .nextPane, .help, .quit]
        case .indicators: actions = [.moveDown, .open, .back, .nextPane, .help, .quit]
        }
        let text = actions.map { a in "\(KeyMap.label(a)) \(shortHelp(a))" }.joined(separator: "  ")
        b.put(" " + text, x: 0, y: r.y, style: theme.status, clip: r)
    }

    static func shortHelp(_ a: Action) -> String {
        switch a {
        case .moveDown: return "move"
        case .open: return "open"
        case .nextPane: return "pane"
        case .help: return "help"
        case .quit: return "quit"
        case .toggle: return "fold"
        case .expand: return "expand"
        case .collapse: return "collapse"
        case .back: return "back"
        case .pageDown: return "page"
        default: return a.rawValue
        }
    }

    static func help(_ l: Layout, _ b: inout Buffer, _ theme: Theme) {
        let rows = KeyMap.bindings
        let w = min(l.width - 4, 56), h = min(l.height - 2, rows.count + 4)
        let r = Rect(x: (l.width - w) / 2, y: (l.height - h) / 2, width: w, height: h)
        b.fill(r)
        b.box(r, title: "Keys — any key closes", style: theme.borderFocused)
        let inner = r.inset(1)
        for (i, k) in rows.enumerated() where i + 1 < inner.height {
            b.put(DisplayWidth.fit(k.label, 8) + " " + k.help, x: inner.x + 1, y: inner.y + 1 + i, clip: inner)
        }
    }
}
