import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

/// The year, role and period of a figure: from the words before it in its sentence, from the paragraph's
/// opening (过去五年 …) and from the section (review or plan, and its year). Scans scalars, no Regex.
enum Timing {
    /// A paragraph that opens by naming a span of years (“十四五”时期是…的五年, 过去五年, 今后五年) is about
    /// that span; one that opens with 过去一年/去年 is about one year; otherwise the section decides (nil).
    static func multiYearParagraph(_ text: [Unicode.Scalar]) -> Bool? {
        var sc = text.prefix(48)
        // 各位代表！刚刚过去的2025年…: the salutation is not the opening.
        for v in salutationScalars where text.starts(with: v) {
            sc = sc.dropFirst(v.count).drop { salutationMarks.contains($0) }
            break
        }
        let head = sc.prefix(40)
        // The analysis text folds ，： to , : — both end the opening.
        let end = head.firstIndex { Sentence.fullStops.contains($0) || $0 == "，" || $0 == "：" || $0 == "," || $0 == ":" } ?? head.endIndex
        let opening = Array(head[..<end])
        if Lexicon.Find.singleYearOpenings.occurs(in: opening) { return false }
        // 经过2020年奋力冲刺和五年来不懈努力: the span wins over the year that ends it.
        if Lexicon.Find.multiYearReviewWords.occurs(in: opening) || Lexicon.Find.multiYearPlanOpenings.occurs(in: opening) { return true }
        // 本届政府以来 opens the term; 2022年是本届政府的起始之年 is about 2022.
        let year = hasYear(opening)
        if !year, Lexicon.Find.multiYearReviewOpenings.occurs(in: opening) { return true }
        return year ? false : nil
    }
    static let salutationScalars = Lexicon.salutations.map { Array($0.unicodeScalars) }
    static let salutationMarks: ScalarSet = ["！", "!", "，", ",", "：", ":", " "]

    /// A sentence after the paragraph's first opens with a span of years (…为本届省政府工作划上了圆满句号。5年来，
    /// 我们…): what follows in the chapter reviews the term.
    static func termOpensLater(_ sc: [Unicode.Scalar]) -> Bool {
        return sc.indices.contains { k in
            Sentence.fullStops.contains(sc[k]) && termOpenings.contains { sc.has($0, at: k + 1) }
        }
    }
    static let termOpenings = Lexicon.multiYearReviewOpenings.map { Array($0.unicodeScalars) }

    /// For each section: it, or a section above it, has a title about several years that names no single year
    /// (plan: 今后五年, “十四五”时期; review: 过去五年, 五年来). One pass, parents looked up by id.
    static func multiYearSections(_ sections: [Section]) -> [Bool] {
        let indexOf = sections.indexByID()
        var memo = [Bool?](repeating: nil, count: sections.count)
        func own(_ s: Section) -> Bool {
            // (全力以赴做好“十四五”开局工作: the opening year of a term is one year.)
            if s.role == .plan, Lexicon.multiYearWords.contains(where: s.title.includes), !hasYear(s.title),
               !Lexicon.termOpeningYearWords.contains(where: s.title.includes) { return true }
            return s.role == .review && Lexicon.Find.multiYearReviewOpenings.occurs(in: s.title) && !hasYear(s.title)
                && !Lexicon.Find.singleYearOpenings.occurs(in: s.title)
        }
        for start in sections.indices where memo[start] == nil {
            // Walk up to the first section already known (or the root), then fill the path back down.
            var path: [Int] = []
            var i: Int? = start
            var found = false
            while let k = i, path.count <= sections.count {
                if let m = memo[k] { found = m; break }
                if own(sections[k]) { found = true; memo[k] = true; break }
                path.append(k)
                i = sections[k].parent.flatMap { indexOf[$0] }
            }
            for k in path { memo[k] = found }
        }
        return memo.map { $0 ?? false }
    }

    /// The words after the last ；/; (the figure's clause of a long sentence).
    static func hasYear(_ t: String) -> Bool { hasYear(Array(scalarsOf: t)) }

    static func hasYear(_ sc: [Unicode.Scalar]) -> Bool { sc.indices.contains { year(endingAt: $0, sc) != nil } }

    /// When a figure is for and what it is: its role, year and period, and whether it is an estimate.
    package struct When {
        package var role: IndicatorRole
        package var year: Int?
        package var period: String?
        package var estimated = false
    }

    /// Role, year and period from the words before the figure in its sentence, and from the section.
    static func timing(before: String, context c: IndicatorExtractor.Context) -> When {
        timing(before: Array(scalarsOf: before), context: c)
    }

    /// Of ``Lexicon/targetWords``, the firm ones (力争, 确保), 目标 and 计划, as bits of `Find.targetWords.occurring`.
    static let firmTargets = Lexicon.Find.targetWords.bit("力争") | Lexicon.Find.targetWords.bit("确保")
    static let goalTarget = Lexicon.Find.targetWords.bit("目标"), planTarget = Lexicon.Find.targetWords.bit("计划")

    static let ensureTarget = Lexicon.Find.targetWords.bit("确保")
    static let semicolonMarks: ScalarSet = ["；", ";"]

    /// `timing(before:context:)` for the words' scalars (each figure has them).
    static func timing(before bs: [Unicode.Scalar], context c: IndicatorExtractor.Context) -> When {
        var role: IndicatorRole
        switch c.role {
        case .plan: role = .target
        default: role = .actual
        }
        let estimate = estimateInScope(bs)
        if estimate { role = .forecast }
        // A target word counts within the figure's clause (after its last semicolon): …确保患者不因费用问题影响就医；
        // …2020年全市地区生产总值增长1.5% is an outcome.
        let clause = ((bs.lastIndex(where: Self.semicolonMarks.contains)).map { $0 + 1 } ?? 0)..<bs.count
        var targets = Lexicon.Find.targetWords.occurring(in: bs, clause)
        // review-target-clause: in a review, 确保 alone counts only within the figure's comma clause — 在确保疫情防控转段
        // 平稳有序的基础上，…全市生产总值增长4.8% is an outcome; 力争 and 争取 still reach over the commas.
        // (In a review only the firm words and 目标 count, so the others do not matter here.)
        if c.role == .review, targets & (firmTargets | goalTarget) == Self.ensureTarget, !IndicatorExtractor.isOff("review-target-clause") {
            let comma = ((bs.lastIndex(where: Sentence.clauseBreaks.contains)).map { $0 + 1 } ?? 0)..<bs.count
            targets = Lexicon.Find.targetWords.occurring(in: bs, comma)
        }
        let firm = targets & firmTargets != 0, goal = targets & goalTarget != 0
        if targets != 0, c.role != .review || firm || goal {
            if firm || goal || targets & planTarget != 0 || c.role == .plan { role = .target }
        }
        // targets-lead: 今年，全省经济社会发展主要预期目标是，地区生产总值增长7%以上；一般公共预算收入增长6.5%；… — every
        // figure of the sentence is a target of the plan year, whatever chapter the outline put it in.
        let listedTarget = !IndicatorExtractor.isOff("targets-lead") && Lexicon.Find.targetLeads.occurs(in: bs)
        if listedTarget { role = .target }
        if c.role == .review, role == .target, !firm, !listedTarget { role = .actual }
        var year: Int? = lastYear(in: bs)
        let termTargets = listedTarget && Lexicon.Find.multiYearPlanWords.occurs(in: bs)
        if listedTarget, year == nil, !termTargets { year = c.planYear }
        if year == nil {
            if mentions(yearWord: thisYear, in: bs) { year = c.role == .review ? c.reviewYear : (c.planYear ?? c.docYear) }
            else if mentions(yearWord: lastYearWord, in: bs) || mentions(yearWord: previousYearWord, in: bs) { year = c.reviewYear }
        }
        // multi-year-sentence: 五年来实际利用外资824亿美元 in a one-year review is a total over the years, not the year's.
        let spansYears = !IndicatorExtractor.isOff("multi-year-sentence") && year == nil
            && Lexicon.Find.multiYearReviewWords.occurs(in: bs)
        // (预计 with no year is said of the year just ended; only a target is for the plan year.)
        if year == nil, !c.multiYear, !spansYears, !termTargets { year = c.sectionYear ?? (role == .target ? c.planYear : c.reviewYear) }
        var when = When(role: role, year: year, period: period(in: bs))
        // estimated-actual: 预计 in the review of a year states that year's outcome as known when the report was
        // written; only a year after the one reviewed is a forecast.
        if role == .forecast, c.role != .plan, let y = year, y <= (c.reviewYear ?? y), !IndicatorExtractor.isOff("estimated-actual") {
            when.role = .actual
            when.estimated = true
        }
        return when
    }

    /// term-review-years: in a review of several years, a figure compared with the year before (同比增长36.1%) and a
    /// level given with its average growth or its multiple of the first year (完成119.8亿元，是2011年的1.6倍，年均增长8.2%)
    /// are the last reviewed year's, as are figures said of 全年/去年; totals (累计) and the rest keep no year.
    static func termReviewYear(sentence: String, before: [Unicode.Scalar], lead: String, isRate: Bool, context c: IndicatorExtractor.Context) -> Int? {
        guard c.multiYear, c.role != .plan, !IndicatorExtractor.isOff("term-review-years"), !lead.includes("累计") else { return nil }
        // 本届政府的工作回顾 …全年实现地区生产总值…: one year's figure within the term.
        if Lexicon.Find.yearOnYearWords.occurs(in: sentence) || Lexicon.Find.singleYearMarkers.occurs(in: before) { return c.reviewYear }
        if !isRate, sentence.includes("年均") || sentence.includes("倍") { return c.reviewYear }
        return nil
    }

    static let estimateWord: [Unicode.Scalar] = ["预", "计"]
    static let estimateNoteScalars = Lexicon.estimateNotes.map { Array($0.unicodeScalars) }

    /// Where the sentence holding an estimate note (（预计数，下同）) starts in `text`, or nil.
    static func estimateNote(in text: String) -> Int? {
        guard text.includes("预计数") else { return nil }
        let s = Array(text.unicodeScalars)
        for k in s.indices where s[k] == "预" && estimateNoteScalars.contains(where: { s.has($0, at: k) }) {
            return Sentence.boundary(s, before: k, in: Sentence.sentenceEnds)
        }
        return nil
    }
    static let thisYear: [Unicode.Scalar] = ["今", "年"]
    static let lastYearWord: [Unicode.Scalar] = ["去", "年"]
    static let previousYearWord: [Unicode.Scalar] = ["上", "年"]

    /// 预计 before a figure reaches it when it is in the figure's own clause list: a 预计 that opens the sentence
    /// (预计全年地区生产总值…；一般公共预算收入…) covers the sentence; one inside a clause (地区生产总值预计完成60.7亿元；
    /// 固定资产投资完成53.7亿元) stops at the next semicolon.
    static func estimateInScope(_ bs: [Unicode.Scalar]) -> Bool {
        guard let k = bs.lastStart(of: estimateWord) else { return false }
        let opensSentence = k <= 4
        if opensSentence { return true }
        return !bs[(k + 2)...].contains { $0 == "；" || $0 == ";" }
    }

    /// 今年/去年/上年 as the time of the figure, not as the base it is compared with (比上年, 与上年持平, 较去年).
    package static func mentions(yearWord w: [Unicode.Scalar], in bs: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < bs.count {
            if bs[i] == w[0], bs[i + 1] == w[1], i == 0 || !Lexicon.baseMarkers.contains(bs[i - 1]) || IndicatorExtractor.isOff("base-years") {
                return true
            }
            i += 1
        }
        return false
    }

    /// relative-start-year: "五年前"/"10年前" ending at `i` (the index of 前): how many years before, and the length of
    /// the expression (从五年前的2万亿元跃升到3万亿元 starts five years before the year reviewed).
    static func yearsAgo(endingAt i: Int, _ s: [Unicode.Scalar]) -> (years: Int, length: Int)? {
        guard i >= 2, i < s.count, s[i] == "前", s[i - 1] == "年" else { return nil }
        var b = i - 1
        while b > 0, i - 1 - b < 3, HanClass.isDigit(s[b - 1]) || HeadingMarkers.chineseDigits[s[b - 1]] != nil || s[b - 1] == "十" { b -= 1 }
        guard b < i - 1 else { return nil }
        let parsed = HanClass.isDigit(s[b]) ? HeadingMarkers.digits(s, b) : HeadingMarkers.chineseNumeral(s, b)
        guard let (n, len) = parsed, b + len == i - 1, (1...30).contains(n) else { return nil }
        return (n, i + 1 - b)
    }

    /// A year "19xx年"/"20xx年" ending at `i` (the index of 年), or nil.
    package static func year(endingAt i: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard i >= 4, i < s.count, s[i] == "年" else { return nil }
        let d = s[(i - 4)..<i]
        guard d.allSatisfy(HanClass.isDigit), i - 5 < 0 || !HanClass.isDigit(s[i - 5]) else { return nil }
        let y = d.reduce(0) { $0 * 10 + Int($1.value - 48) }
        return (1900...2100).contains(y) ? y : nil
    }

    /// The last year written in `t` that is the time of what follows: not a comparison base (比2019年, 较2015年,
    /// 是2011年的1.6倍) and not the end of a span of years (国土空间总体规划（2021―2035年）).
    static func lastYear(in t: [Unicode.Scalar]) -> Int? {
        var k = t.count - 1
        while k >= 4 {
            if let y = year(endingAt: k, t) {
                if IndicatorExtractor.isOff("base-years") { return y }
                let before = k - 5
                if before >= 0, Lexicon.baseMarkers.contains(t[before]) { k -= 1; continue }
                if before >= 1, Lexicon.spanMarks.contains(t[before]), HanClass.isDigit(t[before - 1]) { k -= 1; continue }
                // 是2011年的1.6倍: the year a multiple is taken of.
                if k + 1 < t.count, t[k + 1] == "的", t[(k + 2)..<min(t.count, k + 12)].contains("倍") { k -= 1; continue }
                return y
            }
            k -= 1
        }
        return nil
    }

    /// Length of a time expression at the start of `t`: 2023年(度), 1-10月(份), 11月(底), 截至…日/底/末/月, 前三季度 … (+以来).
    static func timePrefixLength(_ t: [Unicode.Scalar]) -> Int {
        var k = 0
        if t.count >= 5, year(endingAt: 4, t) != nil {
            k = 5
            if k < t.count, t[k] == "度" { k += 1 }
        } else if let m = monthSpan(t, 0) {
            k = m
        } else if t.count > 2, t[0] == "截", t[1] == "至" {
            var best = 0, j = 2
            while j < t.count, j < 16, t[j] != "，", t[j] != "," {
                if "底末日月".unicodeScalars.contains(t[j]) { best = j + 1 }
                j += 1
            }
            k = best
        } else {
            for ws in periodPrefixScalars where t.count >= ws.count && t[0..<ws.count].elementsEqual(ws) { k = ws.count; break }
        }
        guard k > 0 else { return 0 }
        for w in ["以来", "以后"] {
            let ws = Array(w.unicodeScalars)
            if t.count >= k + ws.count, Array(t[k..<(k + ws.count)]) == ws { k += ws.count }
        }
        return k
    }
    static let periodPrefixScalars = Lexicon.periodPrefixes.map { Array($0.unicodeScalars) }

    /// "1-10月", "1—10月份", "11月", "11月底" at `i`: the end, or nil.
    static func monthSpan(_ t: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        while j < t.count, j - i < 2, HanClass.isDigit(t[j]) { j += 1 }
        guard j > i, j < t.count else { return nil }
        if "-—–至".unicodeScalars.contains(t[j]) {
            var k = j + 1
            while k < t.count, k - j <= 2, HanClass.isDigit(t[k]) { k += 1 }
            guard k > j + 1, k < t.count, t[k] == "月" else { return nil }
            j = k
        } else if t[j] != "月" { return nil }
        j += 1
        if j < t.count, t[j] == "份" || t[j] == "底" || t[j] == "末" { j += 1 }
        return j
    }

    /// The period named in the words before a figure: 截至11月30日, 1—10月, 前三季度, 上半年, 全年.
    package static func period(in t: [Unicode.Scalar]) -> String? {
        var i = 0
        while i + 1 < t.count {
            if t[i] == "截", t[i + 1] == "至" {
                let n = timePrefixLength(Array(t[i...]))
                if n > 2 { return String(scalars: t[i..<(i + n)]).replacingAll("以来", with: "") }
            }
            if HanClass.isDigit(t[i]), i == 0 || !HanClass.isDigit(t[i - 1]), let e = monthSpan(t, i), e - i >= 4, "-—–至".unicodeScalars.contains(where: { t[i..<e].contains($0) }) {
                return String(scalars: t[i..<e]).replacingAll("-", with: "—")
            }
            i += 1
        }
        // The period nearest the figure: 上半年由负转正，全年地区生产总值增长3.7% is the year's.
        // (Ends compared, so 前三季度 is not read as its tail 三季度.)
        var best: (end: Int, word: Int)?
        let words = Lexicon.Find.periods
        words.forEachMatch(in: t, 0..<t.count) { k, w in
            let end = k + words.words[w].count
            if end > best?.end ?? -1 || end == best?.end && w < best?.word ?? 0 { best = (end, w) }
        }
        return best.map { Lexicon.periods[$0.word] }
    }

    /// "比2015年增长": a change against a year before the one reviewed.
    static func comparedWithEarlierYear(_ lead: String, _ c: IndicatorExtractor.Context) -> Bool {
        guard let r = lead.fastRange(of: "比") else { return false }
        let sc = Array(lead[r.upperBound...].unicodeScalars)
        guard sc.count >= 5, let y = year(endingAt: 4, sc), let reviewed = c.reviewYear else { return false }
        return y < reviewed - 1
    }
}
