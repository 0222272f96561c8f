import ReportModel

/// The selected section's text in its original script, wrapped by display width; headings bold,
/// damaged (mojibake) spans marked. Figures are underlined; after a jump only the figure jumped to is marked
/// (spotlit), with the words of a full-text query, and a second source (the target's sentence) pinned on top.
enum TextPane {
    struct Line { var text: [Unicode.Scalar]; var styles: [Style] }

    /// What marks a paragraph's scalars: figures underlined (all of them, or after a jump only the spotlit one),
    /// the query words of a full-text jump, headings bold, damaged runs dimmed.
    struct Marks {
        var figures: [Int: [Indicator]] = [:]
        var spot: Spotlight?
        var terms: [[Unicode.Scalar]] = []

        init(_ s: DashboardState, _ rep: Report) {
            let range = s.visibleParagraphs
            spot = s.spotlight.flatMap { $0.applies(to: rep.file) ? $0 : nil }
            // A spotlight marks its figure alone: the other figures lose their underline.
            if spot?.start == nil {
                for ind in rep.indicators where range.contains(ind.paragraph) { figures[ind.paragraph, default: []].append(ind) }
            }
            terms = (spot?.terms ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        }

        func styles(_ p: Paragraph, _ pi: Int, _ scalars: [Unicode.Scalar], _ theme: Theme) -> [Style] {
            var styles = [Style](repeating: .plain, count: scalars.count)
            for k in 0..<min(p.headingLength, scalars.count) { styles[k] = theme.heading }
            for ind in figures[pi] ?? [] {
                for k in p.scalars(fromOriginal: ind.start, to: ind.end) where k < styles.count { styles[k] = styles[k].merged(theme.highlight) }
            }
            if let spot, spot.paragraph == pi, let start = spot.start {
                for k in p.scalars(fromOriginal: start, to: spot.end ?? start + 1) where k < styles.count {
                    styles[k] = styles[k].merged(theme.spotlight)
                }
            }
            for t in terms {
                for k in scalars.starts(of: t, in: 0..<scalars.count) {
                    for m in k..<(k + t.count) { styles[m] = styles[m].merged(theme.spotlight) }
                }
            }
            for r in p.damaged { for k in r where k < styles.count { styles[k] = theme.damaged } }
            return styles
        }
    }

    /// The second source pinned above the text: a label line, the sentence wrapped (at most four lines) and a rule.
    static func pinned(_ s: DashboardState, width: Int, theme: Theme) -> [Line] {
        guard width > 0, let sp = s.spotlight, sp.applies(to: s.currentReport?.file), sp.companion != nil else { return [] }
        var out: [Line] = []
        func line(_ text: String, _ style: Style) -> Line {
            let u = Array(text.unicodeScalars)
            return Line(text: u, styles: Array(repeating: style, count: u.count))
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
            var l = Line(text: Array(scalars[start..<(start + n)]), styles: Array(styles[start..<(start + n)]))
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
        b.paneBox(r, title: title, focused: focused, theme)
        let inner = r.inset(1)
        guard inner.height > 0 else { return }
        let pins = pinned(s, width: inner.width - 1, theme: theme)
        let top = min(pins.count, max(0, inner.height - 1))
        for (row, l) in pins.prefix(top).enumerated() {
            var x = inner.x + 1
            for (u, st) in zip(l.text, l.styles) { x = b.put(String(u), x: x, y: inner.y + row, style: st, clip: inner) }
        }
        let height = inner.height - top
        // Only the lines on screen are styled, from the wrap the state keeps.
        guard let rep = s.currentReport else { return }
        let all = s.textLines.lines
        let marks = Marks(s, rep)
        var styled: (paragraph: Int, scalars: [Unicode.Scalar], styles: [Style])?
        for row in 0..<height {
            let i = s.text.scroll + row
            guard i < all.count else { break }
            let line = all[i]
            guard line.count > 0, let p = rep.paragraphs[safe: line.paragraph] else { continue }
            if styled?.paragraph != line.paragraph {
                let scalars = Array(p.display.unicodeScalars)
                styled = (line.paragraph, scalars, marks.styles(p, line.paragraph, scalars, theme))
            }
            guard let st = styled, line.start + line.count <= st.scalars.count else { continue }
            var x = inner.x + 1
            for k in line.start..<(line.start + line.count) {
                x = b.put(String(st.scalars[k]), x: x, y: inner.y + top + row, style: st.styles[k], clip: inner)
            }
        }
        if all.count > height {
            let pct = min(100, (s.text.scroll + height) * 100 / max(1, all.count))
            b.put(" \(pct)% ", x: r.maxX - 8, y: r.maxY - 1, style: theme.muted, clip: r)
        }
    }
}
