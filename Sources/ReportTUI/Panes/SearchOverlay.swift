import ReportModel

/// The search box over the dashboard: the query as typed and its ranked results — figures (name, place, year,
/// value, growth, how the name matched) for indicator search, sentences with the terms marked for full-text search.
enum SearchOverlay {
    /// The box covers the body, so no pane border shows beside it.
    static func rect(_ l: Layout) -> Rect { l.body }

    static func render(_ s: DashboardState, _ l: Layout, _ b: inout Buffer, _ theme: Theme) {
        let r = rect(l)
        b.fill(r)
        let q = s.search
        let title = q.kind == .indicators ? "搜索指标 Indicator search" : "全文搜索 Full-text search"
        b.paneBox(r, title: title + " — Tab switches, Enter jumps, Esc closes", focused: true, theme)
        let inner = r.inset(1)
        guard inner.height > 2, inner.width > 4 else { return }
        var x = b.put(q.kind == .indicators ? "指标 › " : "全文 › ", x: inner.x + 1, y: inner.y, style: theme.heading, clip: inner)
        x = b.put(q.input, x: x, y: inner.y, style: theme.input, clip: inner)
        b.put("▏", x: x, y: inner.y, style: theme.input, clip: inner)
        // Summary line.
        let summary: String
        if q.query.isEmpty {
            summary = q.kind == .indicators ? "type a name, alias or pinyin: 地区生产总值, GDP, gdp, dqsczz, gsgy" : "type words from the text: 高标准农田"
        } else if let f = q.failure {
            summary = "search failed: " + f
        } else if q.answered != q.request {
            summary = s.prepared ? "searching… (\(q.count) results so far)" : "searching… reading the corpus's indicator names (once, after start)"
        } else if q.count == 0 {
            summary = "no results"
        } else if q.kind == .indicators {
            var names: [String] = []
            for h in q.indicatorHits where !names.contains(h.match.label + " (" + h.match.how + ")") { names.append(h.match.label + " (" + h.match.how + ")") }
            summary = "\(q.count)\(q.count >= SearchState.limit ? "+" : "") figures · " + names.prefix(4).joined(separator: " · ")
        } else {
            summary = "\(q.count)\(q.count >= SearchState.limit ? "+" : "") paragraphs"
        }
        b.put(summary, x: inner.x + 1, y: inner.y + 1, style: theme.muted, clip: inner)
        let list = l.searchList
        for (i, y, _, base) in b.listRows(q.list, count: q.count, in: list, box: r, theme) {
            switch q.kind {
            case .indicators:
                let m = q.indicatorHits[i]
                let ind = m.hit.indicator
                let nameW = max(8, min(24, list.width - 52))
                let text = DisplayWidth.fit(IndicatorTablePane.nameText(ind), nameW) + " " + DisplayWidth.fit(m.hit.place ?? "—", 12) + " "
                    + DisplayWidth.fit(ind.year.map(String.init) ?? "—", 4) + " " + DisplayWidth.fit(IndicatorTablePane.valueText(ind), 14) + " "
                    + DisplayWidth.fit(IndicatorTablePane.changeText(ind), 8) + " " + IndicatorTablePane.roleText(ind)
                b.put(" " + text, x: list.x, y: y, style: ind.canonical == nil ? base.merged(theme.muted) : base, clip: list)
            case .text:
                let h = q.textHits[i]
                let head = " " + DisplayWidth.fit(h.place ?? "—", 10) + " " + DisplayWidth.fit(h.year.map(String.init) ?? "—", 4) + " "
                    + DisplayWidth.fit(h.section ?? "", 12) + " "
                var cx = b.put(head, x: list.x, y: y, style: base.merged(theme.muted), clip: list)
                for (k, u) in h.sentence.unicodeScalars.enumerated() {
                    let hit = h.matches.contains { $0.contains(k) }
                    cx = b.put(String(u), x: cx, y: y, style: hit ? base.merged(theme.match) : base, clip: list)
                    if cx >= list.maxX { break }
                }
            }
        }
    }
}
