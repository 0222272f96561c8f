import ReportModel

/// The selected section's text in its original script, wrapped by display width; headings bold,
/// damaged (mojibake) spans marked. Figures are underlined; after a jump only the figure jumped to is marked
/// (spotlit), with the words of a full-text query, and a second source (the target's sentence) pinned on top.
enum TextPane {
    struct Line { var text: [Unicode.Scalar]; var styles: [Style]; var origins: [Int32]; var paragraph: Int }

    static func lines(_ s: DashboardState, width: Int, theme: Theme) -> [Line] {
        guard let rep = s.currentReport, width > 0 else { return [] }
        var out: [Line] = []
        let range = s.visibleParagraphs
        var figures: [Int: [Indicator]] = [:]
        let spot = s.spotlight.flatMap { $0.applies(to: rep.file) ? $0 : nil }
        // A spotlight marks its figure alone: the other figures lose their underline.
        if spot?.start == nil {
            for ind in rep.indicators where range.contains(ind.paragraph) { figures[ind.paragraph, default: []].append(ind) }
        }
        let terms = (spot?.terms ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        for pi in range where rep.paragraphs.indices.contains(pi) {
            let p = rep.paragraphs[pi]
            let scalars = Array(p.display.unicodeScalars)
            var styles = [Style](repeating: .plain, count: scalars.count)
            for k in 0..<min(p.headingLength, scalars.count) { styles[k] = theme.heading }
            // Extracted figures are highlighted where they sit in the text.
            for ind in figures[pi] ?? [] {
                for k in p.scalars(fromOriginal: ind.start, to: ind.end) { styles[k] = styles[k].merged(theme.highlight) }
            }
            if let spot, spot.paragraph == pi, let start = spot.start {
                for k in p.scalars(fromOriginal: start, to: spot.end ?? start + 1) { styles[k] = styles[k].merged(theme.spotlight) }
            }
            for t in terms {
                for k in scalars.starts(of: t, in: 0..<scalars.count) {
                    for m in k..<(k + t.count) { styles[m] = styles[m].merged(theme.spotlight) }
                }
            }
            for r in p.damaged { for k in r where k < styles.count { styles[k] = theme.damaged } }
            for (line, start) in TextWrap.wrap(p.display, width: width) {
                let n = line.unicodeScalars.count
                out.append(Line(text: Array(scalars[start..<(start + n)]), styles: Array(styles[start..<(start + n)]),
                                origins: Array(p.origin[start..<min(p.origin.count, start + n)]), paragraph: pi))
            }
            out.append(Line(text: [], styles: [], origins: [], paragraph: pi))
        }
        if out.last?.text.isEmpty == true { out.removeLast() }
        return out
    }

    static func lineCount(_ s: DashboardState, width: Int) -> Int { lines(s, width: width, theme: .color).count }

    /// The second source pinned above the text: a label line, the sentence wrapped (at most four lines) and a rule.
    static func pinned(_ s: DashboardState, width: Int, theme: Theme) -> [Line] {
        guard width > 0, let sp = s.spotlight, sp.applies(to: s.currentReport?.file), sp.companion != nil else { return [] }
        var out: [Line] = []
        func line(_ text: String, _ style: Style) -> Line {
            let u = Array(text.unicodeScalars)
            return Line(text: u, styles: Array(repeating: style, count: u.count), origins: [], paragraph: -1)
        }
        guard let q = sp.quote else {
            out.append(line(sp.quoteFailed ? "目标 target: cannot read its sentence" : "目标 target · 读取中… loading", theme.muted))
            out.append(line(String(repeating: "─", count: width), theme.border))
            return out
        }
        out.append(line(DisplayWidth.fit("目标 target · \(q.report) · \(q.file.split(separator: "/").last.map(String.init) ?? q.file)", width), theme.heading))
        let scalars = Array(q.text.unicodeScalars)
        var styles = [Style](repeating: .plain, count: scalars.count)
        for k in q.mark where k < styles.count { styles[k] = theme.spotlight }
        let wrapped = TextWrap.wrap(q.text, width: width)
        for (k, (text, start)) in wrapped.enumerated() where k < 4 {
            let n = text.unicodeScalars.count
            var l = Line(text: Array(scalars[start..<(start + n)]), styles: Array(styles[start..<(start + n)]), origins: [], paragraph: -1)
            if k == 3, wrapped.count > 4, !l.text.isEmpty { l.text[l.text.count - 1] = "…"; l.styles[l.styles.count - 1] = theme.muted }
            out.append(l)
        }
        out.append(line(String(repeating: "─", count: width), theme.border))
        return out
    }

    /// Rows left for the text under the pinned source.
    static func bodyHeight(_ s: DashboardState, _ r: Rect) -> Int {
        let inner = r.inset(1)
        return max(1, inner.height - pinned(s, width: inner.width - 1, theme: .color).count)
    }

    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .detail
        let title = s.currentSection.map { ($0.kind == .topic ? "" : $0.marker) + $0.title } ?? (s.currentReport == nil ? "正文 Text" : "（开篇）")
        b.box(r, title: title, style: focused ? theme.borderFocused : theme.border)
        let inner = r.inset(1)
        guard inner.height > 0 else { return }
        let pins = pinned(s, width: inner.width - 1, theme: theme)
        let top = min(pins.count, max(0, inner.height - 1))
        for (row, l) in pins.prefix(top).enumerated() {
            var x = inner.x + 1
            for (u, st) in zip(l.text, l.styles) { x = b.put(String(u), x: x, y: inner.y + row, style: st, clip: inner) }
        }
        let height = inner.height - top
        let all = lines(s, width: inner.width - 1, theme: theme)
        for row in 0..<height {
            let i = s.textScroll + row
            guard i < all.count else { break }
            var x = inner.x + 1
            for (u, st) in zip(all[i].text, all[i].styles) {
                x = b.put(String(u), x: x, y: inner.y + top + row, style: st, clip: inner)
            }
        }
        if all.count > height {
            let pct = min(100, (s.textScroll + height) * 100 / max(1, all.count))
            b.put(" \(pct)% ", x: r.maxX - 8, y: r.maxY - 1, style: theme.muted, clip: r)
        }
    }
}
