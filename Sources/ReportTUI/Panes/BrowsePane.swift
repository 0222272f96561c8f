import ReportModel

/// The report list: level headings, places with their years, and a place's reports by year when unfolded.
enum BrowsePane {
    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .browse
        b.paneBox(r, title: "报告 Reports (\(s.reports.count))", focused: focused, theme)
        let inner = r.inset(1)
        guard inner.height > 0, inner.width > 0 else { return }
        if s.reports.isEmpty {
            b.put("No reports found.", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        let m = s.browse
        for (i, y, _, base) in b.listRows(m.list, count: m.rows.count, in: s.layout.browseList, box: r, focused: focused, theme) {
            switch m.rows[i] {
            case .level(let k):
                let level = m.levels[k]
                let sign = m.foldedLevels.contains(k) ? "▸ " : "▾ "
                b.put(sign + levelName(level.rank) + " · \(level.places.count)", x: inner.x, y: y, style: base.merged(theme.heading), clip: inner)
            case .place(let p):
                b.put(placeText(s, p, width: inner.width), x: inner.x, y: y, style: base, clip: inner)
            case .report(let ri, _):
                let rep = s.reports[ri]
                let text = "    " + (rep.displayYear.map(String.init) ?? "—   ") + " " + rep.kind.chinese
                b.put(text, x: inner.x, y: y, style: base, clip: inner)
            }
        }
    }

    static func levelName(_ rank: Int) -> String {
        switch rank {
        case 0: return "省级 Provinces"
        case 1: return "地级 Cities"
        case 2: return "县级 Counties"
        case 3: return "乡镇级 Townships"
        default: return "其他 Other"
        }
    }

    /// "▸ 北京市        2016–2024 (9)" or "  京东镇         2023 政府工作报告".
    static func placeText(_ s: DashboardState, _ p: Int, width: Int) -> String {
        let place = s.browse.places[p]
        let first = s.reports[place.reports[0]]
        let name = place.name ?? (first.kind == .fragments ? "（片段汇编）" : "（未知地点）")
        let nameW = max(6, min(16, width - 22))
        let many = place.reports.count > 1
        let sign = many ? (s.browse.expandedPlaces.contains(p) ? "▾ " : "▸ ") : "  "
        if many {
            let years = place.reports.compactMap { s.reports[$0].displayYear }
            let span = BrowseModel.yearSpan(years) ?? "—"
            return sign + DisplayWidth.fit(name, nameW) + " " + span + " (\(place.reports.count))"
        }
        let year = first.displayYear.map(String.init) ?? "—   "
        return sign + DisplayWidth.fit(name, nameW) + " " + year + " " + first.kind.chinese
    }
}
