import ReportModel

/// The selected section's text in its original script, wrapped by display width; headings bold,
/// damaged (mojibake) spans marked.
enum TextPane {
    struct Line { var text: [Unicode.Scalar]; var styles: [Style]; var origins: [Int32]; var paragraph: Int }

    static func lines(_ s: DashboardState, width: Int, theme: Theme) -> [Line] {
        guard let rep = s.currentReport, width > 0 else { return [] }
        var out: [Line] = []
        let range = s.visibleParagraphs
        var figures: [Int: [Indicator]] = [:]
        for ind in rep.indicators where range.contains(ind.paragraph) { figures[ind.paragraph, default: []].append(ind) }
        for pi in range where rep.paragraphs.indices.contains(pi) {
            let p = rep.paragraphs[pi]
            let scalars = Array(p.display.unicodeScalars)
            var styles = [Style](repeating: .plain, count: scalars.count)
            for k in 0..<min(p.headingLength, scalars.count) { styles[k] = theme.heading }
            // Extracted figures are highlighted where they sit in the text.
            for ind in figures[pi] ?? [] {
                let lo = p.origin.firstIndex { Int($0) >= ind.start } ?? scalars.count
                let hi = p.origin.firstIndex { Int($0) >= ind.end } ?? scalars.count
                for k in lo..<max(lo, min(hi, styles.count)) { styles[k] = styles[k].merged(theme.highlight) }
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

    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .detail
        let title = s.currentSection.map { ($0.kind == .topic ? "" : $0.marker) + $0.title } ?? (s.currentReport == nil ? "正文 Text" : "（开篇）")
        b.box(r, title: title, style: focused ? theme.borderFocused : theme.border)
        let inner = r.inset(1)
        guard inner.height > 0 else { return }
        let all = lines(s, width: inner.width - 1, theme: theme)
        for row in 0..<inner.height {
            let i = s.textScroll + row
            guard i < all.count else { break }
            var x = inner.x + 1
            for (u, st) in zip(all[i].text, all[i].styles) {
                x = b.put(String(u), x: x, y: inner.y + row, style: st, clip: inner)
            }
        }
        if all.count > inner.height {
            let pct = min(100, (s.textScroll + inner.height) * 100 / max(1, all.count))
            b.put(" \(pct)% ", x: r.maxX - 8, y: r.maxY - 1, style: theme.muted, clip: r)
        }
    }
}
