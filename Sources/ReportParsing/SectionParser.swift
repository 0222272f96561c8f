import ReportText
import ReportReading

/// Builds the section tree from cleaned lines: numbered headings (own line or inline with their
/// body), unnumbered title lines, and topic-sentence sub-sections; in-paragraph enumerations
/// (一是/二是, 第一/第二, ——) become list items. Excerpt collections get one tree per part.
package enum SectionParser {
    package struct Output {
        package var sections: [Section]
        package var paragraphs: [Paragraph]
        package var fragments: Bool
        /// Each paragraph's text as scalars (the lines' own arrays), for the extraction that reads them next.
        package var scalars: [[Unicode.Scalar]] = []
    }

    static let sentenceEnd: ScalarSet = ["。", "！", "？", "；", "!", "?", ";"]
    static let titleEnd: ScalarSet = ["。", "！", "？", "；", "：", ":", "!", "?", ";"]
    static let clausePunct: ScalarSet = ["，", ",", "、", "；", ";"]
    /// Words that end a section title; used to cut a title run on into its body ("明年工作思路明年,…").
    static let titleWords = ["工作思路", "工作打算", "工作计划", "完成情况", "存在的问题", "主要做法", "工作回顾", "工作安排",
                             "思路", "打算", "计划", "情况", "问题", "做法", "回顾", "安排", "成效", "亮点", "不足", "任务", "目标"].map { Array($0.unicodeScalars) }

    /// `texts`, when given, are the lines' analysis strings already made (the reader makes them for metadata):
    /// paragraphs take them instead of making each again.
    package static func parse(_ lines: [MappedLine], texts: [String]? = nil) -> Output {
        if isFragments(lines) {
            return parseFragments(lines)
        }
        var b = Builder(idPrefix: "s", part: 0)
        let hasChineseComma = lines.contains { HeadingMarkers.match($0.analysis)?.kind == .chineseComma }
        let preambleEnd = lines.prefix(40).firstIndex { $0.count <= 16 && $0.analysisString.startsWith("各位代表") } ?? -1
        b.chapterLines = chapterTitleLines(lines, after: preambleEnd)
        for (i, line) in lines.enumerated() {
            b.add(line, text: texts.flatMap { i < $0.count ? $0[i] : nil }, allowUnnumbered: !hasChineseComma, inPreamble: i <= preambleEnd)
        }
        return Output(sections: b.finish(), paragraphs: b.paragraphs, fragments: false, scalars: b.scalars)
    }

    /// Unnumbered part titles above 一、 numbering ("“十三五”时期和2020年工作回顾" … 一、 … "2021年工作安排" … 一、):
    /// two or more such lines, with the 一、 numbering restarting after the second.
    static func chapterTitleLines(_ lines: [MappedLine], after preambleEnd: Int) -> Set<Int> {
        var found: [Int] = []
        for (i, l) in lines.enumerated() where i > preambleEnd && HeadingMarkers.match(l.analysis) == nil {
            guard Builder.looksLikeTitleLine(l.analysis), !Builder.isPreambleLine(l.analysis) else { continue }
            let t = l.analysisString
            let timed = t.includes("年") || t.includes("时期") || t.includes("今后") || t.includes("过去") || t.includes("自身建设")
            if timed { found.append(i) }
        }
        guard found.count >= 2 else { return [] }
        let restart = lines[(found[1] + 1)...].contains { l in
            guard let m = HeadingMarkers.match(l.analysis) else { return false }
            return m.kind == .chineseComma && m.ordinal == 1
        }
        return restart ? Set(found) : []
    }

    // MARK: fragments

    /// An excerpt collection: line-leading numbering restarts again and again (二、 then 二、, 1、 1、 1、 …).
    static func isFragments(_ lines: [MappedLine]) -> Bool {
        guard lines.count >= 5 else { return false }
        var last: [Int: Int] = [:]
        var marked = 0, restarts = 0, long = 0
        for l in lines {
            if l.count >= 300 { long += 1 }
            guard let m = HeadingMarkers.match(l.analysis) else { continue }
            marked += 1
            let r = m.kind.rank
            if let prev = last[r], m.ordinal <= prev { restarts += 1 }
            last[r] = m.ordinal
            for k in last.keys where k > r { last[k] = nil }
        }
        return restarts >= 3 && restarts * 3 >= marked && long * 2 >= lines.count
    }

    package static func parseFragments(_ lines: [MappedLine]) -> Output {
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        var scalars: [[Unicode.Scalar]] = []
        for (n, line) in lines.enumerated() {
            let pieces = splitInlineHeadings(line)
            var b = Builder(idPrefix: "p\(n + 1).", part: n + 1, firstParagraph: paragraphs.count)
            for p in pieces { b.add(p, allowUnnumbered: false, inPreamble: false) }
            var subs = b.finish()
            let firstTitle = subs.first?.title ?? String(scalars: line.analysis.prefix(16))
            let partID = "p\(n + 1)"
            for i in subs.indices {
                subs[i].level += 1
                if subs[i].parent == nil { subs[i].parent = partID }
            }
            let part = Section(id: partID, parent: nil, level: 1, marker: "part", kind: .part,
                               title: "片段\(n + 1)：\(firstTitle)", role: .other, year: nil,
                               start: Int(line.origin.first ?? 0), end: Int(line.endOrigin),
                               paragraphRange: paragraphs.count..<(paragraphs.count + (subs.isEmpty ? b.paragraphs.count : 0)), part: n + 1)
            sections.append(part)
            sections += subs
            paragraphs += b.paragraphs
            scalars += b.scalars
        }
        return Output(sections: sections, paragraphs: paragraphs, fragments: true, scalars: scalars)
    }

    /// Splits an excerpt line where a heading marker follows a sentence end, or wherever a （一） marker sits.
    static func splitInlineHeadings(_ line: MappedLine) -> [MappedLine] {
        let s = line.analysis
        var cuts: [Int] = []
        var i = 1
        while i < s.count {
            if let m = HeadingMarkers.match(s, at: i), m.length > 0, !HanClass.isSpace(s[i]) {
                let prev = s[i - 1]
                let okKind = m.kind == .chineseParen || m.kind == .chineseComma || m.kind == .arabicDot || m.kind == .arabicParen
                if okKind, m.kind == .chineseParen || sentenceEnd.contains(prev) || prev == "：" || prev == ":" {
                    cuts.append(i)
                    i += m.length
                    continue
                }
            }
            i += 1
        }
        guard !cuts.isEmpty else { return [line] }
        var out: [MappedLine] = []
        var start = 0
        for c in cuts + [s.count] where c > start {
            var piece = MappedLine()
            piece.display = Array(line.display[start..<c])
            piece.analysis = Array(line.analysis[start..<c])
            piece.origin = Array(line.origin[start..<c])
            piece.endOrigin = c < s.count ? line.origin[c] : line.endOrigin
            piece.damaged = line.damaged.compactMap { r in
                let lo = max(r.lowerBound, start), hi = min(r.upperBound, c)
                return lo < hi ? (lo - start)..<(hi - start) : nil
            }
            out.append(piece)
            start = c
        }
        return out
    }

    // MARK: titles

    /// Where the title of a heading line ends, and where its body starts.
    static func splitTitle(_ s: [Unicode.Scalar], from m: Int) -> (titleEnd: Int, bodyStart: Int) {
        let (te, bs) = rawSplitTitle(s, from: m)
        // A body that starts without punctuation: "…层级一是要…", "…工作计划1.继续…".
        var k = m + 2
        while k < te {
            if k + 1 < s.count, s[k + 1] == "是", HeadingMarkers.chineseDigits[s[k]] != nil || s[k] == "十" { return (k, k) }
            if HanClass.isHan(s[k - 1]), let mk = HeadingMarkers.match(s, at: k), mk.ordinal == 1, !HanClass.isSpace(s[k]),
               mk.kind == .arabicDot || mk.kind == .arabicParen || mk.kind == .chineseParen { return (k, k) }
            k += 1
        }
        return (te, bs)
    }

    static func rawSplitTitle(_ s: [Unicode.Scalar], from m: Int) -> (titleEnd: Int, bodyStart: Int) {
        let rest = s.count - m
        if let p = s[m...].firstIndex(where: { titleEnd.contains($0) }) {
            if p - m <= 45 {
                return (p, p + 1)
            }
        } else if rest <= 45 {
            return (s.count, s.count)
        }
        // A title run on into its body without punctuation: cut after a title word near the start.
        var best: Int?
        for w in titleWords {
            if let at = find(w, in: s, from: m, limit: m + 24) {
                let end = at + w.count
                if best == nil || end < best! { best = end }
            }
        }
        if let e = best { return (e, e) }
        if let c = s[m...].prefix(40).firstIndex(where: { clausePunct.contains($0) }) { return (c, c + 1) }
        let e = min(s.count, m + 30)
        return (e, e)
    }

    package static func find(_ w: [Unicode.Scalar], in s: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        (from..<max(from, min(s.count, limit + w.count) - w.count + 1)).first { s.has(w, at: $0) }
    }

    package static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: s).trimmedSpaces
    }

    /// A topic-sentence lead ("项目建设推动有力。全年实施…"): a short clause without commas ending in 。 or ：,
    /// followed by body text. Returns the title end and body start.
    static func topicLead(_ line: MappedLine) -> (Int, Int)? {
        let s = line.analysis
        if line.boldLead >= 2 {
            var e = line.boldLead
            while e > 0, titleEnd.contains(s[e - 1]) || HanClass.isSpace(s[e - 1]) { e -= 1 }
            return e >= 2 ? (e, line.boldLead) : nil
        }
        guard let p = s.prefix(27).firstIndex(where: { $0 == "。" || $0 == "：" || $0 == ":" || $0 == "！" }) else { return nil }
        guard p >= 4, s.count - p >= 10, !s[..<p].contains(where: { clausePunct.contains($0) }) else { return nil }
        // Dates and quantities do not make topic sentences, nor do dash bullets (——) or copular
        // sentences ("今后五年是…的关键时期。"); a lead-in ending in "是：" does ("主要预期目标是：").
        if s[..<p].contains(where: HanClass.isDigit) || s[0] == "—" { return nil }
        if s[p] == "。", let k = s[..<p].firstIndex(of: "是"), k >= 2 { return nil }
        return (p, p + 1)
    }

    // MARK: list items

    static let enumerators: [[Unicode.Scalar]] = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
                                                  "首先", "其次", "再次", "最后"].map { Array($0.unicodeScalars) }
    static let ordinalWords: [[Unicode.Scalar]] = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"].map { Array($0.unicodeScalars) }

    static let enumeratorSecond: ScalarSet = ["是", "先", "次", "后"]

    /// Starts of in-paragraph enumeration items at or after `from`.
    static func listItems(_ s: [Unicode.Scalar], from: Int) -> [Int] {
        var items: [Int] = []
        var i = from
        // The sets in locals: a static read in the loop is a lazy-initialisation check per scalar.
        let sentenceEnd = sentenceEnd, clausePunct = clausePunct, enumeratorSecond = enumeratorSecond
        while i + 1 < s.count {
            let u = s[i]
            // Only 第, — or a scalar before 是/先/次/后 can open an item; the clause start is asked of those alone.
            guard u == "第" || u == "—" || enumeratorSecond.contains(s[i + 1]) else { i += 1; continue }
            let atClauseStart = i == from || i == 0 || sentenceEnd.contains(s[i - 1]) || clausePunct.contains(s[i - 1]) || s[i - 1] == "：" || s[i - 1] == ":"
            if atClauseStart {
                if enumeratorSecond.contains(s[i + 1]), enumerators.contains(where: { s.has($0, at: i) }) {
                    items.append(i); i += 2; continue
                }
                if u == "第", let w = ordinalWords.first(where: { i + $0.count < s.count && s.has($0, at: i) }),
                   s[i + w.count] == "，" || s[i + w.count] == "," || s[i + w.count] == "、" {
                    items.append(i); i += 2; continue
                }
                if u == "—", s[i + 1] == "—" {
                    if i + 2 < s.count, !HanClass.isDigit(s[i + 2]) { items.append(i) }
                    i += 2; continue
                }
            }
            i += 1
        }
        return items
    }

    // MARK: builder

    /// Accumulates sections with a stack of open headings; ranks close headings of the same or a lower rank.
    struct Builder {
        let idPrefix: String
        package let part: Int
        var firstParagraph = 0
        package var sections: [Section] = []
        package var paragraphs: [Paragraph] = []
        /// The paragraphs' analysis scalars, in order.
        package var scalars: [[Unicode.Scalar]] = []
        /// Indices into `sections` of the open headings, outermost first.
        package var stack: [Int] = []
        var childCount: [Int: Int] = [:]
        var topLevelCount = 0
        /// Line numbers (in the order lines are added) of unnumbered part titles that rank above 一、.
        var chapterLines: Set<Int> = []
        var lineNumber = -1

        package init(idPrefix: String, part: Int, firstParagraph: Int = 0) {
            self.idPrefix = idPrefix; self.part = part; self.firstParagraph = firstParagraph
        }

        package mutating func add(_ line: MappedLine, text: String? = nil, allowUnnumbered: Bool, inPreamble: Bool) {
            let s = line.analysis
            let index = firstParagraph + paragraphs.count
            lineNumber += 1
            if chapterLines.contains(lineNumber) {
                open(kind: .chapter, marker: "", title: SectionParser.string(s[...]), line: line, paragraph: index)
                addParagraph(line, text: text, headingLength: s.count)
                return
            }
            if let m = HeadingMarkers.match(s), !inPreamble || m.kind == .chineseComma {
                let (te, bs) = SectionParser.splitTitle(s, from: m.length)
                let title = SectionParser.string(s[m.length..<max(m.length, te)])
                open(kind: m.kind, marker: SectionParser.string(s[..<m.length]), title: title, line: line, paragraph: index)
                addParagraph(line, text: text, headingLength: bs)
                return
            }
            if !inPreamble, line.emphasised || (allowUnnumbered && Self.looksLikeTitleLine(s)), s.count <= 40,
               !Self.isPreambleLine(s) {
                let numbered = stack.contains { sections[$0].kind != .unnumbered && sections[$0].kind != .topic }
                let special = ["名词解释", "注释", "附件", "附表", "说明"].contains { line.analysisString.startsWith($0) }
                // Appendices and glossaries rank above 一、 so their own numbering nests under them.
                let kind: HeadingKind = special ? (numbered ? .chapter : .unnumbered) : numbered ? .topic : .unnumbered
                var title = SectionParser.string(s[...])
                while let l = title.unicodeScalars.last, SectionParser.titleEnd.contains(l) { title.unicodeScalars.removeLast() }
                open(kind: kind, marker: "", title: title, line: line, paragraph: index)
                addParagraph(line, text: text, headingLength: s.count)
                return
            }
            if !stack.isEmpty, let (te, bs) = SectionParser.topicLead(line) {
                open(kind: .topic, marker: "", title: SectionParser.string(s[..<te]), line: line, paragraph: index)
                addParagraph(line, text: text, headingLength: bs)
                return
            }
            addParagraph(line, text: text, headingLength: 0)
        }

        /// A free-standing short title line such as "2023年工作回顾" in a text without 一、 numbering.
        static func looksLikeTitleLine(_ s: [Unicode.Scalar]) -> Bool {
            guard s.count >= 4, s.count <= 30, let last = s.last, !SectionParser.titleEnd.contains(last), last != "，", last != "," else { return false }
            let t = String(scalars: s)
            // 做好2023年工作, 2022年工作: a year's work named alone.
            if s.count <= 12, t.endsWith("年工作") || t.endsWith("年的工作"), t.contains(where: \.isNumber) { return true }
            return ["回顾", "安排", "打算", "计划", "思路", "目标", "任务", "问题", "自身建设", "完成情况", "成效", "亮点", "名词解释",
                    "重点工作", "主要工作", "工作要点", "工作建议"].contains { t.includes($0) }
        }

        static func isPreambleLine(_ s: [Unicode.Scalar]) -> Bool {
            let t = String(scalars: s)
            return t.includes("政府工作报告") || t.startsWith("各位代表") || t.startsWith("—") || t.includes("人民代表大会")
                || SpeakerLine.speaker(in: t) != nil
        }

        package mutating func open(kind: HeadingKind, marker: String, title: String, line: MappedLine, paragraph: Int) {
            while let top = stack.last, sections[top].kind.rank >= kind.rank { stack.removeLast() }
            let parent = stack.last
            let id: String
            if let p = parent {
                let n = (childCount[p] ?? 0) + 1
                childCount[p] = n
                id = sections[p].id + ".\(n)"
            } else {
                topLevelCount += 1
                id = idPrefix + "\(topLevelCount)"
            }
            let start = Int(line.origin.first ?? 0)
            sections.append(Section(id: id, parent: parent.map { sections[$0].id }, level: stack.count + 1, marker: marker,
                                    kind: kind, title: title, role: .other, year: nil, start: start, end: Int(line.endOrigin),
                                    paragraphRange: paragraph..<paragraph, part: part))
            stack.append(sections.count - 1)
        }

        mutating func addParagraph(_ line: MappedLine, text: String? = nil, headingLength: Int) {
            let origin = line.origin + [line.endOrigin]
            paragraphs.append(Paragraph(text: text ?? line.analysisString, display: line.displayString, origin: origin,
                                        damaged: line.damaged, listItems: SectionParser.listItems(line.analysis, from: headingLength),
                                        headingLength: headingLength))
            scalars.append(line.analysis)
            let index = firstParagraph + paragraphs.count - 1
            if let top = stack.last {
                sections[top].paragraphRange = sections[top].paragraphRange.lowerBound..<(index + 1)
            }
            // Every open section extends to the end of this paragraph.
            for k in stack { sections[k].end = Int(line.endOrigin) }
        }

        package func finish() -> [Section] { sections }
    }
}
