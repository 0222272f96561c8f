import ReportModel

/// Renders the whole dashboard for a state into a buffer: breadcrumb, the screen's panes, status line, overlays.
public enum DashboardView {
    public static func render(_ s: DashboardState, theme: Theme = .color) -> Buffer {
        var b = Buffer(width: s.width, height: s.height)
        let l = s.layout
        if l.tooSmall {
            let msg = ["Terminal too small", "need \(Layout.minWidth)×\(Layout.minHeight), have \(s.width)×\(s.height)", "q quits"]
            for (i, m) in msg.enumerated() where i < s.height {
                b.put(DisplayWidth.fit(m, s.width, pad: false), x: max(0, (s.width - DisplayWidth.of(m)) / 2), y: max(0, s.height / 2 - 1) + i)
            }
            return b
        }
        header(s, l.header, &b, theme)
        switch s.screen {
        case .browse:
            BrowsePane.render(s, l.browse, &b, theme)
            SectionTreePane.render(s, l.tree, &b, theme)
            if s.detail == .yearOverYear, s.yoy != nil {
                YearOverYearPane.render(s, l.detail, &b, theme)
            } else {
                TextPane.render(s, l.detail, &b, theme)
            }
            IndicatorTablePane.render(s, l.indicators, &b, theme)
        case .compare:
            ComparePane.render(s, l, &b, theme)
        }
        if s.search.active { SearchOverlay.render(s, l, &b, theme) }
        status(s, l.status, &b, theme)
        if s.overlay != nil { help(s, l, &b, theme) }
        return b
    }

    /// The place › year › section (or what the screen shows) the user is looking at.
    public static func breadcrumb(_ s: DashboardState) -> [String] {
        var crumbs = ["ReportDesk", s.corpusName]
        if s.screen == .compare {
            crumbs.append("比较 Compare")
            if !s.compare.places.isEmpty { crumbs.append(s.compare.places.joined(separator: " ⇄ ")) }
            if let y = s.compare.result?.year { crumbs.append(String(y)) }
            return crumbs
        }
        if let rep = s.currentReport {
            crumbs.append(rep.place.name ?? "—")
            if let y = rep.displayYear { crumbs.append(String(y)) }
            if let sec = s.currentSection { crumbs.append((sec.kind == .topic || sec.kind == .part ? "" : sec.marker) + sec.title) }
        }
        if s.detail == .yearOverYear, let y = s.yoy { crumbs.append(y.indicatorName + " 同比") }
        return crumbs
    }

    static func header(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        b.fill(r, style: theme.header)
        var right = ""
        if !s.failures.isEmpty { right += " \(s.failures.count) unreadable (!) " }
        if !s.search.active, s.search.count > 0, !s.search.query.isEmpty { right = " /\(s.search.query) \(s.search.list.cursor + 1)/\(s.search.count) " + right }
        let rightW = DisplayWidth.of(right)
        let clip = Rect(x: r.x, y: r.y, width: max(0, r.width - rightW), height: 1)
        b.put(" " + breadcrumb(s).joined(separator: " › "), x: 0, y: r.y, style: theme.header, clip: clip)
        if rightW > 0, rightW < r.width { b.put(right, x: r.maxX - rightW, y: r.y, style: theme.header, clip: r) }
    }

    /// The keys of the current context from the key map, or a message when there is one.
    static func status(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        b.fill(r, style: theme.status)
        if let m = s.message {
            b.put(" " + m, x: 0, y: r.y, style: theme.status, clip: r)
            return
        }
        let ctx = s.context
        let skip: Set<Action> = [.moveUp, .pageUp, .top, .bottom, .previousPane, .previousHit, .toggleMouse, .pageDown, .help, .quit]
        let text = KeyMap.bindings(in: ctx).filter {
            !skip.contains($0.action) && !(s.search.count == 0 && $0.action == .nextHit) && !(s.failures.isEmpty && $0.action == .failures)
        }
            .map { "\($0.label) \($0.short)" }.joined(separator: "  ")
        // Help and quit stay visible at the right whatever the width.
        let pinned = ctx.isInput ? "" : "  ? help  q quit "
        let pw = DisplayWidth.of(pinned)
        // The focused pane by name first, so where keys go is readable without colour.
        var x = b.put(" ▶ " + ctx.title + " ", x: 0, y: r.y, style: theme.status.merged(theme.heading), clip: r)
        x = b.put("│", x: x, y: r.y, style: theme.status, clip: r)
        b.put(" " + text, x: x, y: r.y, style: theme.status, clip: Rect(x: r.x, y: r.y, width: max(0, r.width - pw), height: 1))
        if pw < r.width { b.put(pinned, x: r.maxX - pw, y: r.y, style: theme.status, clip: r) }
    }

    /// Every binding, grouped by where it applies — the current context first — from the same table that handles
    /// keys. Scrolls when the terminal is too short for all of it.
    public static func helpLines(_ s: DashboardState) -> [(text: String, heading: Bool)] {
        var lines: [(String, Bool)] = []
        let ctx = s.context
        for c in [ctx] + KeyContext.allCases.filter({ $0 != ctx }) {
            let own = KeyMap.bindings.filter { $0.contains(c) }
            guard !own.isEmpty else { continue }
            lines.append((c.title, true))
            for k in own { lines.append(("  " + DisplayWidth.fit(k.label, 7) + " " + k.help, false)) }
        }
        lines.append(("Everywhere 全局", true))
        for k in KeyMap.bindings where k.contexts.isEmpty { lines.append(("  " + DisplayWidth.fit(k.label, 7) + " " + k.help, false)) }
        return lines
    }

    /// The lines of the open overlay: the keys, or each unreadable file with its problem.
    static func overlayLines(_ s: DashboardState) -> [(text: String, heading: Bool)] {
        guard s.overlay == .failures else { return helpLines(s) }
        var lines: [(String, Bool)] = [("\(s.failures.count) file\(s.failures.count == 1 ? "" : "s") could not be read 未能读取", true)]
        for f in s.failures {
            lines.append(("  " + f.file, false))
            lines.append(("      " + f.problem, false))
        }
        return lines
    }

    /// The overlay box over the body, scrolled with j/k.
    static func help(_ s: DashboardState, _ l: Layout, _ b: inout Buffer, _ theme: Theme) {
        let lines = overlayLines(s)
        let r = l.help
        b.fill(r)
        let inner = r.inset(1)
        let scroll = min(s.helpScroll, max(0, lines.count - inner.height))
        let more = lines.count > inner.height ? " · j/k scroll \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count)" : ""
        b.box(r, title: (s.overlay == .failures ? "Unreadable files" : "Keys") + " — any other key closes" + more, style: theme.borderFocused)
        for row in 0..<inner.height {
            let i = scroll + row
            guard i < lines.count else { break }
            b.put(lines[i].text, x: inner.x + 1, y: inner.y + row, style: lines[i].heading ? theme.heading : .plain, clip: inner)
        }
    }
}

extension KeyBinding {
    /// Bindings listed under a context in the help: those made for it (moving keys are listed once, under Reports).
    func contains(_ ctx: KeyContext) -> Bool {
        guard contexts.contains(ctx) else { return false }
        if contexts == KeyMap.lists || contexts == KeyMap.panes { return ctx == .browse }
        return true
    }
}
