import ReportText

/// Repairs text copied out of PDFs: drops page footers and repeated running heads, and joins
/// lines broken mid-sentence or mid-number. Heading lines are never joined onto.
enum PDFRepair {
    package static let terminal: ScalarSet = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…"]
    static let closingQuotes: ScalarSet = ["”", "」", "』", "’", ")", "）"]
    /// Punctuation that never starts a line: a line starting with it continues the one before.
    package static let continuation: ScalarSet = ["。", "，", ",", "、", "；", "：", "！", "？", "）", "”", "’", "」", "』", "%"]

    /// A line ends a sentence: terminal punctuation, possibly followed by closing quotes ("…。”").
    static func endsSentence(_ a: [Unicode.Scalar]) -> Bool {
        var i = a.count - 1
        while i >= 0, closingQuotes.contains(a[i]) { i -= 1 }
        return i >= 0 && terminal.contains(a[i])
    }

    package static func repair(_ lines: inout [MappedLine], stats: inout NormalizedText.Stats) {
        // Page footers: "— 3 —", "- 12 -", "第1页共18页", "3/18".
        let before = lines.count
        lines.removeAll { isPageFooter($0.analysis) }
        stats.pageFooters += before - lines.count

        removeRunningHeads(&lines, stats: &stats)

        let width = pdfLineWidth(lines)
        // PDF copy that keeps paragraph indents: an unindented line continues the one before.
        let indents = width != nil && lines.filter(\.indented).count * 20 >= lines.count
        var out: [MappedLine] = []
        out.reserveCapacity(lines.count)
        for line in lines where !line.isEmpty {
            if let last = out.last, shouldJoin(last, line, width: width, indents: indents) {
                out[out.count - 1].append(contentsOf: line)
                out[out.count - 1].emphasised = false
                stats.joinedLines += 1
            } else {
                out.append(line)
            }
        }
        lines = out
    }

    static func isDash(_ u: Unicode.Scalar) -> Bool { "-—–－─―".unicodeScalars.contains(u) }

    static func isPageFooter(_ a: [Unicode.Scalar]) -> Bool {
        // Most lines are prose: counting up to 17 non-blank scalars rules them out before anything is copied.
        var n = 0
        for u in a where !HanClass.isSpace(u) { n += 1; if n > 16 { return false } }
        guard n > 0 else { return false }
        let s = a.filter { !HanClass.isSpace($0) }
        // — 3 — / - 12 -
        if let f = s.first, let l = s.last, isDash(f), isDash(l) {
            let mid = s.drop(while: isDash).reversed().drop(while: isDash)
            if !mid.isEmpty, mid.count <= 4, mid.allSatisfy(HanClass.isDigit) { return true }
        }
        // 第1页共18页 / 第 1 页
        let str = String(scalars: s)
        if str.startsWith("第"), str.endsWith("页") {
            let core = str.dropFirst().dropLast().replacingOccurrences(of: "页共", with: "").replacingOccurrences(of: "页,共", with: "")
                .replacingOccurrences(of: "页，共", with: "").replacingOccurrences(of: "/", with: "")
            if !core.isEmpty, core.unicodeScalars.allSatisfy(HanClass.isDigit) { return true }
        }
        // 3/18
        if let slash = s.firstIndex(of: "/"), slash > 0, slash < s.count - 1,
           s[..<slash].allSatisfy(HanClass.isDigit), s[(slash + 1)...].allSatisfy(HanClass.isDigit) { return true }
        return false
    }

    /// Short lines that repeat three or more times are running heads; the first one near the top stays (it is the title).
    static func removeRunningHeads(_ lines: inout [MappedLine], stats: inout NormalizedText.Stats) {
        var counts: [String: Int] = [:]
        for l in lines where l.count >= 2 && l.count <= 30 && !HeadingMarkers.startsWithMarker(l.analysis) {
            counts[l.analysisString, default: 0] += 1
        }
        let heads = Set(counts.filter { $0.value >= 3 }.keys).subtracting(["各位代表:", "各位代表：", "各位代表"])
        guard !heads.isEmpty else { return }
        var seenFirst = Set<String>()
        var kept: [MappedLine] = []
        for (i, l) in lines.enumerated() {
            let t = l.analysisString
            if heads.contains(t) {
                if i < 8, seenFirst.insert(t).inserted { kept.append(l); continue }
                stats.runningHeads += 1
                continue
            }
            kept.append(l)
        }
        lines = kept
    }

    /// The typical full-line width of hard-wrapped text, or nil when lines are paragraphs.
    static func pdfLineWidth(_ lines: [MappedLine]) -> Int? {
        var hist: [Int: Int] = [:]
        var unterminated = 0, considered = 0
        for l in lines where l.count >= 12 {
            considered += 1
            hist[l.count, default: 0] += 1
            if let last = l.analysis.last, !terminal.contains(last) { unterminated += 1 }
        }
        guard considered >= 8 else { return nil }
        var best = 0, bestCount = 0
        for (w, _) in hist {
            let c = (hist[w - 1] ?? 0) + (hist[w] ?? 0) + (hist[w + 1] ?? 0)
            if c > bestCount || (c == bestCount && w > best) { best = w; bestCount = c }
        }
        guard bestCount * 10 >= considered * 3, unterminated * 2 >= considered else { return nil }
        return best
    }

    /// Verbs of a change that a line copied out of a PDF may end with, its rate on the next line.
    static let changeVerbs: [[Unicode.Scalar]] = ["增长", "下降", "增加", "提高", "减少", "增长了", "下降了"].map { Array($0.unicodeScalars) }

    /// The line starts with a rate: digits (and a decimal part) then % or 个百分点.
    static func startsRate(_ b: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k < b.count, k < 8, HanClass.isDigit(b[k]) || b[k] == "." { k += 1 }
        guard k > 0, k < b.count else { return false }
        return b[k] == "%" || b[k] == "％" || b.has("个百分点", at: k)
    }

    static let numberContinuation: ScalarSet = ["万", "亿", "千", "百", "元", "%", "个", "吨", "亩", "人", "户", "家", "项", "公", "平", "米", "."]

    static func shouldJoin(_ a: MappedLine, _ b: MappedLine, width: Int?, indents: Bool) -> Bool {
        guard let last = a.analysis.last, let first = b.analysis.first else { return false }
        if a.emphasised || b.emphasised { return false }
        if HeadingMarkers.startsWithMarker(b.analysis) { return false }
        // Cover lines keep their breaks: the speaker and the salutation.
        if b.count <= 16 && b.hasPrefix("各位代表") { return false }
        if b.count <= 30, SpeakerLine.speaker(in: b.analysisString) != nil { return false }
        if let w = width, indents {
            if b.indented || first == "—" { return false }
            return a.count >= w - 3 || continuation.contains(first)
        }
        if continuation.contains(first), width != nil { return true }
        if endsSentence(a.analysis) { return false }
        // Without indents the "——date 在…会议上" line keeps its break too.
        if first == "—" || a.analysis.first == "—" { return false }
        // A number broken across lines: "总产量2.1" / "5万吨".
        if HanClass.isDigit(last) || last == ".", a.count >= 10,
           HanClass.isDigit(first) || numberContinuation.contains(first) {
            return !HeadingMarkers.startsWithMarker(a.analysis) || a.count > 40
        }
        // A change broken after its verb: "…增长" / "6.1%，…" (the verb never ends a paragraph).
        if a.count >= 10, HanClass.isDigit(first), changeVerbs.contains(where: { a.analysis.count > $0.count && a.analysis.suffix($0.count).elementsEqual($0) }),
           startsRate(b.analysis) {
            return true
        }
        guard let w = width else { return false }
        // A full-width line that does not end a sentence continues on the next line.
        if a.count >= w - 2, !HeadingMarkers.startsWithMarker(a.analysis) || a.count > 40 { return true }
        return false
    }
}
