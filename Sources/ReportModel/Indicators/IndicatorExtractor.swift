import Foundation

/// Turns the quantities of a report into indicators: each figure bound to the noun phrase before it
/// in its clause, growth rates attached to the level they follow, 分别 lists paired in order, from–to
/// statements split by year, and every figure given a role, year and period from its sentence and section.
public enum IndicatorExtractor {
    static let growthVerbs = ["同比增长", "比上年增长", "比去年增长", "同比增加", "同比提高", "年均增长", "增长", "增加", "提高", "上升", "提升",
                              "增幅", "增速", "同比下降", "比上年下降", "同比减少", "下降", "减少", "降低", "回落", "降幅", "缩小", "下滑", "持平"]
    static let growthVerbsLongestFirst = growthVerbs.sorted { $0.count > $1.count }
    static let negativeVerbs = ["下降", "减少", "降低", "回落", "降幅", "缩小", "下滑"]
    /// Dropped from the end of a name: the verb that introduces the figure.
    static let trailingWords = ["累计完成", "完成了", "完成", "实现了", "实现", "达到了", "达到", "达", "为", "增至", "增加到", "增长到", "提高到",
                                "提升到", "突破", "超过", "共计", "合计", "总计", "共", "约", "近", "逾", "超", "累计", "预计", "保持在", "控制在",
                                "稳定在", "从", "由", "迈上", "跃上", "站上", "先后跨越", "跨越", "全部", "是", "分别", "分别为", "分别达到", "的", "已", "已达", "已经", "有", "新增", "投入"]
    /// Dropped from the start of a name: scope words, connectors and time words.
    static let leadingWords = ["全年", "全镇", "全县", "全市", "全区", "全省", "全乡", "全街道", "镇域", "县域", "我镇", "我县", "我市", "我区", "我省",
                               "其中", "累计", "完成", "实现", "共", "共计", "年内", "年末", "当年度", "当年", "预计", "力争", "确保", "今年", "去年", "同时", "并",
                               "和", "及", "以及", "其", "另", "此外", "全年共", "已", "当年", "一年来", "截至目前", "目前", "主要预期目标是",
                               "同比", "比上年", "分别", "同口径", "可比口径", "按可比价格计算", "按可比价计算", "现价", "名义"]
    static let bareWords: Set<String> = ["和", "及", "与", "以及", "或", "、", "增加到", "增长到", "提高到", "提升到", "增加", "增长", "建成", "打造",
                                          "实施", "新建", "建设", "完成", "达到", "开展", "推进", "总数", "总量", "比重", "措施", "方面工作"]
    static let targetWords = ["力争", "确保", "争取", "目标", "计划", "预期", "要", "将", "努力"]

    /// Extracts the indicators of a parsed report.
    public static func extract(_ r: Report, catalog: IndicatorCatalog = .bundled) -> [Indicator] {
        var sectionOf = [String?](repeating: nil, count: r.paragraphs.count)
        var sectionIndexOf = [Int?](repeating: nil, count: r.paragraphs.count)
        for (si, s) in r.sections.enumerated() {
            for p in s.paragraphRange where p < sectionOf.count { sectionOf[p] = s.id; sectionIndexOf[p] = si }
        }
        let docYear = r.date.flatMap { Int($0.prefix(4)) }
        let multiYearSection = multiYearSections(r.sections)
        var out: [Indicator] = []
        for (pi, p) in r.paragraphs.enumerated() {
            let section = sectionIndexOf[pi].map { r.sections[$0] }
            var ctx = Context(role: section?.role ?? .other, sectionYear: section?.year, reviewYear: r.reviewYear,
                              planYear: r.planYear, docYear: docYear, sectionId: sectionOf[pi], paragraph: pi, place: r.place.name)
            ctx.multiYear = multiYearParagraph(p.text) ?? (sectionIndexOf[pi].map { multiYearSection[$0] } ?? false)
            out += extract(paragraph: p, context: ctx, catalog: catalog)
        }
        return out
    }

    struct Context {
        var role: SectionRole
        var sectionYear: Int?
        var reviewYear: Int?
        var planYear: Int?
        var docYear: Int?
        var sectionId: String?
        var paragraph: Int
        var place: String?
        /// The section plans for several years (今后五年, “十四五”时期): no single year is implied.
        var multiYear = false
    }

    static let multiYearWords = ["今后五年", "未来五年", "十二五", "十三五", "十四五", "十五五", "五年规划", "时期的", "时期主要", "时期经济"]
    static let multiYearReviewWords = ["过去五年", "过去的五年", "五年来", "这五年", "五年间", "本届政府", "十二五”时期", "十三五”时期", "十四五”时期",
                                       "十二五”期间", "十三五”期间", "十四五”期间", "十二五时期", "十三五时期", "十四五时期"]
    static let multiYearPlanOpenings = ["今后五年", "未来五年"]
    static let singleYearOpenings = ["过去一年", "一年来", "去年", "今年", "这一年", "刚刚过去的一年"]

    /// A paragraph that opens by naming a span of years (“十四五”时期是…的五年, 过去五年, 今后五年) is about
    /// that span; one that opens with 过去一年/去年 is about one year; otherwise the section decides (nil).
    static func multiYearParagraph(_ text: String) -> Bool? {
        let sc = Array(text.unicodeScalars.prefix(40))
        var end = sc.count
        for (k, u) in sc.enumerated() where fullStops.contains(u) || u == "，" || u == "：" { end = k; break }
        let opening = String(scalars: sc[..<end])
        if singleYearOpenings.contains(where: opening.includes) || hasYear(opening) { return false }
        if multiYearReviewWords.contains(where: opening.includes) || multiYearPlanOpenings.contains(where: opening.includes) { return true }
        return nil
    }

    /// For each section: it, or a section above it, has a title about several years that names no single year
    /// (plan: 今后五年, “十四五”时期; review: 过去五年, 五年来). One pass, parents looked up by id.
    static func multiYearSections(_ sections: [Section]) -> [Bool] {
        let indexOf = sections.indexByID()
        var memo = [Bool?](repeating: nil, count: sections.count)
        func own(_ s: Section) -> Bool {
            if s.role == .plan, multiYearWords.contains(where: s.title.includes), !hasYear(s.title) { return true }
            return s.role == .review && multiYearReviewWords.contains(where: s.title.includes) && !hasYear(s.title)
                && !singleYearOpenings.contains(where: s.title.includes)
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

    static func hasYear(_ t: String) -> Bool {
        let sc = Array(t.unicodeScalars)
        return sc.indices.contains { year(endingAt: $0, sc) != nil }
    }

    static let sentenceEnds: ScalarSet = ["。", "；", ";", "！", "？", "!", "?"]
    static let fullStops: ScalarSet = ["。", "！", "？", "!", "?"]
    static let clauseEnds: ScalarSet = ["，", ",", "：", ":", "。", "；", ";", "！", "？", "（", "(", "）", ")"]

    static func extract(paragraph p: Paragraph, context c: Context, catalog: IndicatorCatalog) -> [Indicator] {
        let s = Array(p.text.unicodeScalars)
        let quantities = QuantityParser.parse(s, mode: .report, damaged: p.damaged)
        return figures(s, p, quantities, c, catalog) + flat(s, p, quantities, c, catalog)
    }

    /// "一般公共预算收入与上年持平", "同比持平": a change of 0 written without a number. 持平 against another
    /// place ("增长与区持平") is a comparison, not a change, and is left out.
    static func flat(_ s: [Unicode.Scalar], _ p: Paragraph, _ quantities: [Quantity], _ c: Context, _ catalog: IndicatorCatalog) -> [Indicator] {
        let word: [Unicode.Scalar] = ["持", "平"]
        var out: [Indicator] = []
        var i = 0
        while i + 1 < s.count {
            defer { i += 1 }
            guard s[i] == word[0], s[i + 1] == word[1], !p.damaged.contains(where: { $0.contains(i) }) else { continue }
            // 保持平稳, 维持平衡: not 持平.
            // 支持平台, 扶持平台, 坚持平等: 持 belongs to the word before it.
            if i > 0, "保维支扶坚主把秉操".unicodeScalars.contains(s[i - 1]) { continue }
            if i + 2 < s.count, "台稳衡等".unicodeScalars.contains(s[i + 2]) { continue }
            let clauseStart = boundary(s, before: i, in: clauseEnds)
            guard !quantities.contains(where: { $0.start >= clauseStart && $0.start < i }) else { continue }
            var lead = s.text(clauseStart, i)
            if lead.hasSuffix("与区") || lead.hasSuffix("与市") || lead.hasSuffix("与县") || lead.hasSuffix("与全省") || lead.hasSuffix("与全国") { continue }
            for w in ["与上年", "与去年", "同比", "基本", "保持", "总体"] { lead = lead.replacingAll(w, with: "") }
            for v in growthVerbsLongestFirst where lead.hasSuffix(v) { lead.removeLast(v.count); break }
            let name = cleanName(lead)
            guard name.count >= 2 else { continue }
            let sentStart = boundary(s, before: i, in: sentenceEnds)
            let (role, year, period) = timing(before: s.text(boundary(s, before: i, in: fullStops), i), context: c)
            let span = (Int(p.origin[min(i, p.origin.count - 1)]), Int(p.origin[min(i + 2, p.origin.count - 1)]))
            var ind = make(name: name, q: nil, catalog: catalog, role: role, year: year, period: period, c: c,
                           sentence: s.text(sentStart, boundaryAfter(s, from: i, in: sentenceEnds)), span: span)
            ind.change = Change(percent: 0)
            out.append(ind)
        }
        return out
    }

    static func figures(_ s: [Unicode.Scalar], _ p: Paragraph, _ quantities: [Quantity], _ c: Context, _ catalog: IndicatorCatalog) -> [Indicator] {
        guard !quantities.isEmpty else { return [] }
        var out: [Indicator] = []
        var lastInSentence: Int?          // index into `out` of the last indicator of the current sentence
        var sentenceStartOfLast = -1
        var pendingRespectively: [Int] = []   // indicators created by the last 分别 list
        var respectivelyChangeIndex = 0
        var fromToName: String?
        // Years between a from–to's end points: −2015 after 由2015年的…, then +2020 at 增加到2020年的… gives 5.
        var fromToSpan = 0
        var skipUntil = -1

        for (qi, q) in quantities.enumerated() {
            // Figures already taken by a 分别 list.
            if q.end <= skipUntil { continue }
            let sentStart = boundary(s, before: q.start, in: sentenceEnds)
            let sentEnd = boundaryAfter(s, from: q.end, in: sentenceEnds)
            let clauseStart = max(boundary(s, before: q.start, in: clauseEnds), sentStart)
            let leadStart = max(clauseStart, qi > 0 && quantities[qi - 1].end > clauseStart ? quantities[qi - 1].end : clauseStart)
            let lead = s.text(leadStart, q.start).trimmingCharacters(in: .whitespaces)
            let sentence = s.text(sentStart, sentEnd)
            if sentStart != sentenceStartOfLast { lastInSentence = nil; pendingRespectively = []; fromToName = nil; fromToSpan = 0; sentenceStartOfLast = sentStart }
            let before = s.text(boundary(s, before: q.start, in: fullStops), q.start)
            let (role, year, period) = timing(before: before, context: c)
            let span = (Int(p.origin[min(q.start, p.origin.count - 1)]), Int(p.origin[min(q.end, p.origin.count - 1)]))

            // 分别增长5.3%和7.1%: the rates after the first one in the list.
            if q.dimension == .percent || q.dimension == .percentagePoint, respectivelyChangeIndex > 0,
               respectivelyChangeIndex < pendingRespectively.count, lead.count <= 2, lead.allSatisfy({ "和、及与,，".contains($0) }),
               let prev = out[pendingRespectively[respectivelyChangeIndex - 1]].change {
                let sign: Double = (prev.percent ?? prev.points ?? 1) < 0 ? -1 : 1
                out[pendingRespectively[respectivelyChangeIndex]].change = q.dimension == .percentagePoint
                    ? Change(points: q.value.map { $0 * sign }) : Change(percent: q.value.map { $0 * sign })
                respectivelyChangeIndex += 1
                continue
            }
            // A growth rate or a change in points.
            if q.dimension == .percent || q.dimension == .percentagePoint, let verb = growthVerb(atEndOf: lead) {
                var ch = Change()
                let sign: Double = negativeVerbs.contains(where: verb.includes) ? -1 : 1
                if q.dimension == .percentagePoint { ch.points = q.value.map { $0 * sign } } else { ch.percent = q.value.map { $0 * sign } }
                let subject = cleanName(String(lead.dropLast(verb.count)))
                // 分别增长5.3%和7.1%: the changes go to the 分别 list in order.
                if !pendingRespectively.isEmpty, lead.includes("分别") || (respectivelyChangeIndex > 0 && respectivelyChangeIndex < pendingRespectively.count && subject.isEmpty) {
                    if lead.includes("分别") { respectivelyChangeIndex = 0 }
                    if respectivelyChangeIndex < pendingRespectively.count {
                        out[pendingRespectively[respectivelyChangeIndex]].change = ch
                        respectivelyChangeIndex += 1
                        continue
                    }
                }
                // An average over several years (年均增长) is not the year's change: it stands on its own.
                let average = lead.includes("年均")
                // 累计增长44.44%, 比2015年增长36.6%, or a rate right after 由2015年的…增加到2020年的…: over several years.
                let cumulative = !average && (lead.includes("累计") || lead.includes("五年") || comparedWithEarlierYear(lead, c) || (fromToSpan > 1 && subject.isEmpty))
                if subject.isEmpty, !average, !cumulative, let li = lastInSentence, out[li].change == nil {
                    out[li].change = ch
                    continue
                }
                let name = subject.isEmpty ? (lastInSentence.map { out[$0].name } ?? "") : subject
                guard !name.isEmpty else { continue }
                var ind = make(name: name, q: nil, catalog: catalog, role: role, year: cumulative ? nil : year,
                               period: average ? "年均" : cumulative ? "累计" : period, c: c, sentence: sentence, span: span)
                ind.change = ch
                ind.qualifier = q.qualifier; ind.range = q.range; ind.redacted = q.redacted
                out.append(ind)
                // A cumulative rate is an aside: later rates in the sentence still belong to the level before it.
                if !cumulative { lastInSentence = out.count - 1 }
                continue
            }
            if lead.hasSuffix("持平") || lead.hasSuffix("与上年持平") {
                if let li = lastInSentence, out[li].change == nil { out[li].change = Change(percent: 0) }
            }

            // 城镇、农村居民人均可支配收入分别达到45210元和24380元.
            if lead.includes("分别") {
                let subject = cleanName(String(lead[..<(lead.fastRange(of: "分别")?.lowerBound ?? lead.endIndex)]))
                let names = splitRespectively(subject)
                var group = [q]
                var k = qi + 1
                while k < quantities.count, group.count < names.count {
                    let gap = s.text(quantities[k - 1].end, quantities[k].start)
                    guard gap.count <= 2, gap.allSatisfy({ "和、,，及与".contains($0) }) else { break }
                    group.append(quantities[k]); k += 1
                }
                if names.count >= 2, group.count == names.count {
                    pendingRespectively = []
                    respectivelyChangeIndex = 0
                    for (n, gq) in zip(names, group) {
                        let gspan = (Int(p.origin[min(gq.start, p.origin.count - 1)]), Int(p.origin[min(gq.end, p.origin.count - 1)]))
                        out.append(make(name: n, q: gq, catalog: catalog, role: role, year: year, period: period, c: c, sentence: sentence, span: gspan))
                        pendingRespectively.append(out.count - 1)
                    }
                    lastInSentence = out.count - 1
                    skipUntil = group.last?.end ?? q.end
                    continue
                }
            }

            // From–to: 由2019年的1.05亿元增加到2023年的1.62亿元.
            var name = cleanName(lead)
            // Counts name what follows them: 动员424名干部, 开展73轮全员核酸检测.
            if q.dimension == .count, let follow = followingNoun(s, from: q.end, next: qi + 1 < quantities.count ? quantities[qi + 1].start : s.count) {
                name = follow
            }
            var ownYear = year
            let ls = Array(lead.unicodeScalars)
            var ye = ls.count - 1
            if ye >= 0, "的底末".unicodeScalars.contains(ls[ye]) { ye -= 1 }
            if ye >= 4, let y = IndicatorExtractor.year(endingAt: ye, ls) {
                ownYear = y
                let rest = String(scalars: ls[..<(ye - 4)])
                if let fromAt = rest.fastRange(of: "由") ?? rest.fastRange(of: "从") {
                    fromToName = cleanName(String(rest[..<fromAt.lowerBound]))
                    fromToSpan = -y
                    name = fromToName ?? name
                } else if let ft = fromToName, fromToEndings.contains(where: rest.hasSuffix) {
                    name = ft
                    if fromToSpan < 0 { fromToSpan += y }
                } else {
                    name = cleanName(rest)
                }
            }
            // "从2.69万亿元增加到3.87万亿元": the start of a from–to without a year is some earlier year, not this one.
            if ownYear == year, ls.count >= 1, ls.last == "从" || ls.last == "由" {
                let subject = cleanName(String(lead.dropLast()))
                fromToName = subject.isEmpty ? (lastInSentence.map { out[$0].name } ?? "") : subject
                if let ft = fromToName, !ft.isEmpty { name = ft }
                ownYear = nil
            }
            // "从2015年的4342.38亿元提高到6733.79亿元": the end point without a year of its own is the latest year
            // reviewed, not the start year the sentence named.
            if ownYear == year, fromToName != nil, lastInSentence != nil, role == .actual, fromToVerbs.contains(where: lead.hasSuffix) {
                ownYear = c.reviewYear
                if let ft = fromToName, !ft.isEmpty { name = ft }
            }
            if name.isEmpty, let li = lastInSentence { name = out[li].name }
            if name.isEmpty { name = cleanName(s.text(clauseStart, q.start)) }
            // "全省地区生产总值迈上5万亿台阶,达5.38万亿元": the sentence's subject, up to its first verb.
            if name.isEmpty { name = sentenceSubject(s.text(sentStart, q.start)) }
            guard !name.isEmpty else { continue }
            let share = lead.hasPrefix("占") || lead.includes("占年度") || lead.includes("占全")
            var ind = make(name: name, q: q, catalog: catalog, role: role, year: ownYear, period: period, c: c, sentence: sentence, span: span)
            ind.milestone = isMilestone(s, q, lead: lead)
            // Shares and progress: 占年度计划的108.4% belongs to the figure before it.
            if share, let li = lastInSentence { ind.name = out[li].name + lead.replacingAll("的", with: ""); ind.canonical = nil; ind.canonicalId = nil }
            out.append(ind)
            // A figure in parentheses is an aside: later growth rates still belong to the figure before it.
            if !insideParentheses(s, q.start) { lastInSentence = out.count - 1 }
        }
        return out
    }

    /// "比2015年增长": a change against a year before the one reviewed.
    static func comparedWithEarlierYear(_ lead: String, _ c: Context) -> Bool {
        guard let r = lead.fastRange(of: "比") else { return false }
        let sc = Array(lead[r.upperBound...].unicodeScalars)
        guard sc.count >= 5, let y = year(endingAt: 4, sc), let reviewed = c.reviewYear else { return false }
        return y < reviewed - 1
    }

    /// The verbs that lead to the end point of a from–to (由…增加到…).
    static let fromToVerbs = ["增加到", "增长到", "提高到", "提升到", "达到", "增至", "提升至", "提高至", "增加至", "扩大到", "扩大至"]
    /// The same, and a bare 到, before an end point that names its own year (由2015年的…到2020年的…).
    static let fromToEndings = fromToVerbs + ["到"]

    static let subAreaWords = ["新区", "开发区", "高新区", "经开区", "园区", "兵团", "都市圈", "示范区", "自贸区", "试验区", "合作区", "直管区", "县域"]

    /// The sentence up to its first comma or semicolon (leading separators skipped), or nil when it is empty.
    static func firstClause(_ sentence: String) -> String? {
        let u = sentence.unicodeScalars
        func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "," || c == "；" }
        guard let start = u.firstIndex(where: { !isSeparator($0) }) else { return nil }
        let end = u[start...].firstIndex(where: isSeparator) ?? u.endIndex
        return String(u[start..<end])
    }

    static let milestoneNouns: [[Unicode.Scalar]] = ["台阶", "大关", "关口", "级台阶", "量级"].map { Array($0.unicodeScalars) }
    static let milestoneVerbs = ["迈上", "跨上", "跨越", "跃上", "站上", "迈过", "跨过", "越过", "跨入", "迈入", "跃升至", "连跨", "连续跨越"]

    /// A threshold crossed rather than a level: 迈上4万亿元台阶, 跨过千亿元大关, 跨越3个千亿元台阶.
    static func isMilestone(_ s: [Unicode.Scalar], _ q: Quantity, lead: String) -> Bool {
        var k = q.end
        if k < s.count, s[k] == "新" { k += 1 }
        if milestoneNouns.contains(where: { s.has($0, at: k) }) { return true }
        return milestoneVerbs.contains(where: lead.hasSuffix)
    }

    static func make(name raw: String, q: Quantity?, catalog: IndicatorCatalog, role: IndicatorRole, year: Int?, period: String?,
                     c: Context, sentence: String, span: (Int, Int)) -> Indicator {
        var name = raw
        // The report's own place, with or without its suffix (四川省 / 四川), is not part of the name.
        if let place = c.place {
            for p in [place, PlaceIndex.key(place)] where p.count >= 2 && name.hasPrefix(p) && name.count > p.count + 1 { name.removeFirst(p.count); break }
        }
        var entry = catalog.match(name)
        // "兰州新区经济增速持续领跑…，生产总值由…增加到342亿元": a bare name takes the sentence's subject, which here is a part of the place.
        if entry != nil, entry?.name == name || entry?.aliases.contains(name) == true, let first = firstClause(sentence),
           subAreaWords.contains(where: first.includes) { entry = nil }
        return Indicator(name: name, canonical: entry?.name, canonicalId: entry?.id, value: q?.value, unit: q?.unit,
                         baseValue: q?.baseValue, baseUnit: q?.baseUnit, qualifier: q?.qualifier, range: q?.range,
                         redacted: q?.redacted ?? false, change: nil, role: role, year: year, period: period,
                         section: c.sectionId, text: sentence, start: span.0, end: span.1, paragraph: c.paragraph)
    }

    /// True when position `i` sits inside （…） or (…).
    static func insideParentheses(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - maxReach) {
            if s[k] == "）" || s[k] == ")" { return false }
            if s[k] == "（" || s[k] == "(" { return true }
            if sentenceEnds.contains(s[k]) { return false }
            k -= 1
        }
        return false
    }

    static let nounStops: ScalarSet = ["，", ",", "。", "；", ";", "、", "：", ":", "（", "(", "）", ")", "和", "及", "与", "的", "等", "，"]

    /// The noun phrase right after a count ("424名干部、…" → 干部), or nil when punctuation or 的 follows.
    static func followingNoun(_ s: [Unicode.Scalar], from e: Int, next: Int) -> String? {
        guard e < s.count, !nounStops.contains(s[e]), HanClass.isHan(s[e]) else { return nil }
        var k = e
        while k < min(s.count, next), k - e < 12, !nounStops.contains(s[k]), !HanClass.isDigit(s[k]) { k += 1 }
        let t = s.text(e, k)
        let abutsNext = k == next
        // A verb right after the count ("3个,实施…", "4个增减挂钩项目顺利完工") keeps only the noun part.
        var noun = t
        for v in ["顺利", "全部", "已", "正在", "成功", "完成", "建成", "投入", "实现", "落户", "开工", "竣工", "获评", "被评为", "达到", "同比",
                  "申报", "参与", "获得", "实施", "开展", "共", "累计", "合计", "下沉", "入驻", "签约", "投产"] {
            if let r = noun.fastRange(of: v) { noun = String(noun[..<r.lowerBound]) }
        }
        // "39家规上工业企业总产值102.79亿元": what is counted is the noun without the next figure's measure.
        if abutsNext {
            for m in ["总产值", "产值", "营业收入", "增加值", "总额", "收入", "投资", "销售额", "利润"] where noun.hasSuffix(m) && noun.count > m.count + 1 {
                noun.removeLast(m.count); break
            }
        }
        return noun.count >= 2 ? noun : nil
    }

    static let subjectVerbs = ["迈上", "跃上", "站上", "突破", "达到", "实现", "完成", "增长", "首次", "超过", "保持", "达"]

    /// The subject at the start of a sentence: the words before its first verb.
    static func sentenceSubject(_ t: String) -> String {
        let cuts = subjectVerbs.compactMap { t.fastRange(of: $0)?.lowerBound }
        guard let first = cuts.min() else { return "" }
        return cleanName(String(t[..<first]))
    }

    /// The growth verb that ends `lead` ("同比增长", "下降", "提高"), allowing 了/达/为/约 after it.
    static func growthVerb(atEndOf raw: String) -> String? {
        let lead = raw.trimmingCharacters(in: .whitespaces)
        var t = lead
        for tail in ["了", "达到", "达", "为", "约", "近", "超过", "超", "逾"] where t.hasSuffix(tail) { t = String(t.dropLast(tail.count)) }
        for v in growthVerbsLongestFirst where t.hasSuffix(v) {
            return v + String(lead.dropFirst(t.count))
        }
        return nil
    }

    /// "城镇、农村居民人均可支配收入" → [城镇居民人均可支配收入, 农村居民人均可支配收入].
    static func splitRespectively(_ subject: String) -> [String] {
        let parts = subject.split(separator: "、").map(String.init).filter { !$0.isEmpty }
        guard parts.count >= 2, let last = parts.last else { return parts }
        let firstLen = parts[0].count
        if parts.dropLast().allSatisfy({ $0.count <= 4 }), last.count > firstLen + 1 {
            // The last item carries the shared head: swap its leading modifier for each earlier one.
            let head = String(last.dropFirst(firstLen))
            return parts.dropLast().map { $0 + head } + [last]
        }
        return parts
    }

    static let leadingScalars = leadingWords.map { Array($0.unicodeScalars) }
    static let trailingScalars = trailingWords.map { Array($0.unicodeScalars) }
    static let nameVerbs: [[Unicode.Scalar]] = ["实现", "完成", "达到"].map { Array($0.unicodeScalars) }
    static let comparability: Set<String> = ["同口径", "可比口径", "按可比价格计算", "按可比价计算", "可比", "名义", "现价", "实际", "按现价计算"]

    /// The name as written, cleaned of time words, lead-in and trailing verbs (on scalars: this runs for every figure).
    static func cleanName(_ raw: String) -> String {
        var t = Array(raw.unicodeScalars)
        trim(&t) { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        // Time words at the start: 2023年, 1-10月, 截至10月底, 前三季度 …
        while true {
            let n = timePrefixLength(t)
            guard n > 0 else { break }
            t.removeFirst(n)
        }
        // A time expression inside the phrase ("陶瓷企业申报2023年广东省…专项资金"): keep what follows it.
        var cut = 0
        for k in 0..<t.count where year(endingAt: k, t) != nil && k + 1 < t.count - 1 { cut = k + 1 }
        if cut > 0 { t.removeFirst(cut); if t.first == "度" { t.removeFirst() } }
        var changed = true
        while changed && !t.isEmpty {
            changed = false
            for w in leadingScalars where t.starts(with: w) && t.count > w.count { t.removeFirst(w.count); changed = true }
            for w in trailingScalars where t.count >= w.count && t[(t.count - w.count)...].elementsEqual(w) { t.removeLast(w.count); changed = true }
        }
        let whole = String(scalars: t)
        // Connectors and bare verbs are not names ("…12个和8个", "增加到…"): the caller inherits the subject.
        if bareWords.contains(whole) { return "" }
        // Comparability markers are not names: 同口径增长12.7%.
        if comparability.contains(whole) { return "" }
        // "10个行政村实现村集体收入": the name follows the verb.
        for v in nameVerbs {
            if let r = t.lastStart(of: v), t.count - (r + v.count) >= 2 { t.removeFirst(r + v.count) }
        }
        // Keep the noun phrase nearest the figure: after the last 的 if what follows is substantial.
        if let r = t.lastIndex(of: "的"), t.count - r >= 3 { t.removeFirst(r + 1) }
        if t.count > 24 { t.removeFirst(t.count - 24) }
        trim(&t) { nameEdge.contains($0) }
        return String(scalars: t)
    }

    static let nameEdge: ScalarSet = [" ", "、", ",", "，", "“", "”", "\"", "'"]

    static func trim(_ t: inout [Unicode.Scalar], _ drop: (Unicode.Scalar) -> Bool) {
        var e = t.count
        while e > 0, drop(t[e - 1]) { e -= 1 }
        var b = 0
        while b < e, drop(t[b]) { b += 1 }
        if b > 0 || e < t.count { t = Array(t[b..<e]) }
    }

    /// Role, year and period from the words before the figure in its sentence, and from the section.
    static func timing(before: String, context c: Context) -> (IndicatorRole, Int?, String?) {
        var role: IndicatorRole
        switch c.role {
        case .plan: role = .target
        default: role = .actual
        }
        if before.includes("预计") { role = .forecast }
        if targetWords.contains(where: before.includes), c.role != .review || before.includes("力争") || before.includes("确保") || before.includes("目标") {
            if before.includes("力争") || before.includes("确保") || before.includes("目标") || before.includes("计划") || c.role == .plan { role = .target }
        }
        if c.role == .review, role == .target, !(before.includes("力争") || before.includes("确保")) { role = .actual }
        let bs = Array(before.unicodeScalars)
        var year: Int? = lastYear(in: bs)
        if year == nil {
            if before.includes("今年") { year = c.role == .review ? c.reviewYear : (c.planYear ?? c.docYear) }
            else if before.includes("去年") || before.includes("上年") && !before.includes("比上年") { year = c.reviewYear }
        }
        if year == nil, !c.multiYear { year = c.sectionYear ?? (role == .actual ? c.reviewYear : c.planYear) }
        return (role, year, period(in: bs))
    }


    // MARK: scalar scanning (hot path: no Regex)

    /// A year "19xx年"/"20xx年" ending at `i` (the index of 年), or nil.
    static func year(endingAt i: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard i >= 4, i < s.count, s[i] == "年" else { return nil }
        let d = s[(i - 4)..<i]
        guard d.allSatisfy(HanClass.isDigit), i - 5 < 0 || !HanClass.isDigit(s[i - 5]) else { return nil }
        let y = d.reduce(0) { $0 * 10 + Int($1.value - 48) }
        return (1900...2100).contains(y) ? y : nil
    }

    /// The last year written in `t`.
    static func lastYear(in t: [Unicode.Scalar]) -> Int? {
        var k = t.count - 1
        while k >= 4 { if let y = year(endingAt: k, t) { return y }; k -= 1 }
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
            for w in ["前三季度", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度"] {
                let ws = Array(w.unicodeScalars)
                if t.count >= ws.count, Array(t[0..<ws.count]) == ws { k = ws.count; break }
            }
        }
        guard k > 0 else { return 0 }
        for w in ["以来", "以后"] {
            let ws = Array(w.unicodeScalars)
            if t.count >= k + ws.count, Array(t[k..<(k + ws.count)]) == ws { k += ws.count }
        }
        return k
    }

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
    static func period(in t: [Unicode.Scalar]) -> String? {
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
        let str = String(scalars: t)
        return ["前三季度", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "全年"].first(where: str.includes)
    }


    /// How far a sentence or clause reaches from a figure at most. Real sentences stop long before; text
    /// without punctuation (a megabyte on one line) would otherwise make every figure's sentence the whole
    /// paragraph, and reading quadratic.
    static let maxReach = 1000

    static func boundary(_ s: [Unicode.Scalar], before i: Int, in set: ScalarSet) -> Int {
        var k = min(i, s.count) - 1
        let limit = max(0, k - maxReach)
        while k >= limit { if set.contains(s[k]) { return k + 1 }; k -= 1 }
        return limit
    }

    static func boundaryAfter(_ s: [Unicode.Scalar], from i: Int, in set: ScalarSet) -> Int {
        var k = i
        let limit = min(s.count, i + maxReach)
        while k < limit { if set.contains(s[k]) { return k + 1 }; k += 1 }
        return limit
    }
}
