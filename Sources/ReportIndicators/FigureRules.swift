import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// The figure rules: each takes one figure or leaves it to the next rule.
enum FigureRules {
    static func isRate(_ q: Quantity) -> Bool { q.dimension == .percent || q.dimension == .percentagePoint }

    package static func change(_ q: Quantity, sign: Double) -> Change {
        q.dimension == .percentagePoint ? Change(points: q.value.map { $0 * sign }) : Change(percent: q.value.map { $0 * sign })
    }

    static let idiomScalars = Lexicon.idioms.map { Array($0.unicodeScalars) }
    static let tierScalars = Lexicon.tierSuffixes.map { Array($0.unicodeScalars) }

    /// not-a-figure: idioms made of numbers (千家万户, 千方百计) and tiers (千亿元级, 百亿级产业集群) are taken and dropped.
    static func notAFigure(_ f: Figure, _ st: inout SentenceState) -> Bool {
        let s = st.s, q = f.q
        if tierScalars.contains(where: { s.has($0, at: q.end) }) { return true }
        if isBenchmarkGap(f) {
            // 分别高于全国2个、1.3个、6.1个百分点: the gaps joined to this one are gaps too.
            var k = f.index + 1
            while k < st.quantities.count {
                let gap = s.text(st.quantities[k - 1].end, st.quantities[k].start)
                guard gap.count <= 2, gap.allSatisfy({ "和、,，及与".contains($0) }), isRate(st.quantities[k]) || st.quantities[k].unit == "个" else { break }
                st.skipUntil = st.quantities[k].end
                k += 1
            }
            return true
        }
        for idiom in idiomScalars {
            for k in max(0, q.start - idiom.count + 1)...q.start where s.has(idiom, at: k) { return true }
        }
        return false
    }

    static let leadSeparators: ScalarSet = ["、", "，", ",", "；", ";"]

    /// benchmark-gap: 增长5.6%、高于全国0.2个百分点; 城镇登记失业率1.81%、低于省定目标2.19个百分点: how far a figure
    /// is above or below a benchmark (the nation, the province, a target, another indicator) is not an indicator,
    /// and later rates of the sentence still belong to the figure before it.
    static func isBenchmarkGap(_ f: Figure) -> Bool {
        guard !IndicatorExtractor.isOff("benchmark-gap") else { return false }
        guard isRate(f.q) || f.q.unit == "个" else { return false }
        let u = f.lead.unicodeScalars
        var i = u.startIndex
        while i < u.endIndex, leadSeparators.contains(u[i]) { i = u.index(after: i) }
        var lead = String(u[i...])
        if lead.startsWith("分别") { lead = String(lead.unicodeScalars.dropFirst(2)) }
        return Lexicon.benchmarkVerbs.contains { lead.startsWith($0) }
    }

    /// 分别增长5.3%和7.1%: the rates after the first one go to the 分别 list in order.
    static func respectivelyRates(_ f: Figure, _ st: inout SentenceState) -> Bool {
        guard isRate(f.q), st.respectivelyNext > 0, st.respectivelyNext < st.respectively.count, f.lead.count <= 2,
              f.lead.allSatisfy({ "和、及与,，".contains($0) }),
              let prev = st.indicators[st.respectively[st.respectivelyNext - 1]].change else { return false }
        let sign: Double = (prev.percent ?? prev.points ?? 1) < 0 ? -1 : 1
        st.indicators[st.respectively[st.respectivelyNext]].change = change(f.q, sign: sign)
        st.respectivelyNext += 1
        return true
    }

    /// The rates of a list that starts at figure `f`: the figure and the rates right after it joined by 和、及.
    static func rateGroup(from f: Figure, _ st: SentenceState, max n: Int) -> [Quantity] {
        var group = [f.q]
        var k = f.index + 1
        while k < st.quantities.count, group.count < n, isRate(st.quantities[k]) {
            let gap = st.s.text(st.quantities[k - 1].end, st.quantities[k].start)
            guard gap.count <= 2, gap.allSatisfy({ "和、,，及与".contains($0) }) else { break }
            group.append(st.quantities[k]); k += 1
        }
        // 分别增长9%和10%左右: a qualifier after the last rate covers the list.
        if let last = group.last?.qualifier, last == .approx {
            for i in group.indices where group[i].qualifier == nil { group[i].qualifier = last }
        }
        return group
    }

    /// respectively-named-rates: 城镇和农村居民人均可支配收入分别增长5.5%、7.5%, 第一、第三产业增加值分别增长2.5%、3.9%:
    /// a list of names before 分别 (or 均) and as many rates after the verb give one indicator per name. With 均 (or
    /// a single rate after 分别) every name takes the one rate: 全部财政收入和公共财政预算收入均增长14%以上.
    static func respectivelyNamedRates(_ f: Figure, _ st: inout SentenceState) -> Bool {
        guard isRate(f.q), let verb = f.growthVerb else { return false }
        // A verbless 同比分别 keeps its 分别 with the list.
        let head = String(f.lead.dropLast(verb.count)) + (verb.endsWith("分别") ? "分别" : "")
        var names: [String]
        if let r = head.fastRange(of: "分别") ?? Naming.sharedMarker(in: head).flatMap({ $0.upperBound == head.endIndex ? $0 : nil }) {
            names = Naming.splitRespectively(Naming.cleanName(String(head[..<r.lowerBound])))
        } else {
            // 全部财政收入和一般预算收入增长17%以上: catalog indicators joined by 和 or 、 share one rate (or take as many
            // rates in order); list-shares-rate: 地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额增长5%左右.
            // The list is split before it is cleaned, so a long one is not cut to the name length.
            let lists = !IndicatorExtractor.isOff("list-shares-rate")
            // …社会消费品零售总额各增长10%: 各 (each) shares the rate as 均 does.
            let list = head.endsWith("各") ? String(head.dropLast()) : head
            let parts = lists && list.includes("、")
                ? list.split(separator: "、").flatMap { Naming.splitOnConnectors(String($0)) }.map(Naming.cleanName)
                : Naming.splitOnConnectors(Naming.cleanName(head))
            let entries = parts.map { st.catalog.match($0)?.id }
            guard (2...(lists ? 6 : 2)).contains(parts.count), entries.allSatisfy({ $0 != nil }), Set(entries).count == parts.count else { return false }
            names = parts
        }
        guard names.count >= 2 else { return false }
        var group = rateGroup(from: f, st, max: names.count)
        // 集成电路及关键元器件、智能装备制造、…分别增长19.7%、21.1%、…: when the rates do not match the items split at
        // 和/及 as well, the items are the 、 list's.
        if group.count != names.count, group.count != 1, head.includes("、"), let r = head.fastRange(of: "分别") {
            let items = Naming.cleanName(String(head[..<r.lowerBound])).split(separator: "、").map(String.init)
            let wider = rateGroup(from: f, st, max: items.count)
            if items.count >= 2, wider.count == items.count { names = items; group = wider }
        }
        guard group.count == names.count || group.count == 1 else { return false }
        // 实际利用内外资年均分别增长18.6%和20.5%: rates over several years.
        let period = head.includes("年均") || f.lead.includes("年均") ? "年均" : f.period
        let sign: Double = Lexicon.Find.negativeVerbs.occurs(in: verb) ? -1 : 1
        st.respectively = []
        st.respectivelyNext = names.count
        for (k, n) in names.enumerated() {
            let q = group[min(k, group.count - 1)]
            var ind = st.make(name: n.replacingAll("年均", with: ""), q: nil, role: f.role, year: f.year, period: period, sentence: f.sentence,
                              span: st.span(of: q), estimated: f.estimated)
            ind.change = change(q, sign: sign)
            ind.qualifier = q.qualifier; ind.range = q.range; ind.redacted = q.redacted
            st.respectively.append(st.append(ind))
        }
        st.last = st.indicators.count - 1
        st.skipUntil = group.last?.end ?? f.q.end
        return true
    }

    /// rates-to-earlier-levels: 接待游客1.7亿人次，旅游总花费突破3000亿元，分别增长15.6%、24.4%: rates after 分别 (or 均)
    /// with no subject go, in order, to the levels before them in the sentence that have no change yet. One rate
    /// after 分别/均 goes to each of them (…1.9万元，…1.2万元，同比分别增长11%).
    static func ratesToEarlierLevels(_ f: Figure, _ st: inout SentenceState) -> Bool {
        guard isRate(f.q), st.respectively.isEmpty, let verb = f.growthVerb else { return false }
        let head = String(f.lead.dropLast(verb.count)) + (verb.endsWith("分别") ? "分别" : "")
        guard head.includes("分别") || Naming.sharedMarker(in: head) != nil, Naming.namesNothing(head) else { return false }
        // The levels since the last indicator with a change, in order.
        var open: [Int] = []
        for k in st.indicators.indices.reversed() {
            guard st.indicators[k].change == nil, st.indicators[k].value != nil || st.indicators[k].redacted else { break }
            open.insert(k, at: 0)
        }
        guard open.count >= 2 else { return false }
        let group = rateGroup(from: f, st, max: open.count)
        let targets: [Int]
        if group.count == 1 { targets = open } else if group.count >= 2 { targets = Array(open.suffix(group.count)) } else { return false }
        guard group.count == 1 || group.count == targets.count else { return false }
        let sign: Double = Lexicon.Find.negativeVerbs.occurs(in: verb) ? -1 : 1
        for (k, i) in targets.enumerated() {
            let q = group[min(k, group.count - 1)]
            st.indicators[i].change = change(q, sign: sign)
        }
        st.skipUntil = group.last?.end ?? f.q.end
        return true
    }

    /// A growth rate or a change in points after a growth verb (同比增长6.2%, 下降3%, 提高1.3个百分点): attached to the
    /// level before it in the sentence, or an indicator of its own when it names its subject.
    static func changeRate(_ f: Figure, _ st: inout SentenceState) -> Bool {
        guard isRate(f.q), let verb = f.growthVerb else { return false }
        let lead = f.lead
        let sign: Double = Lexicon.Find.negativeVerbs.occurs(in: verb) ? -1 : 1
        let ch = change(f.q, sign: sign)
        let subject = Naming.cleanName(String(lead.dropLast(verb.count)))
        // 分别增长5.3%和7.1%: the changes go to the 分别 list in order (分别为2.82万元和1.19万元、增长10%和12.5%).
        if !st.respectively.isEmpty, lead.includes("分别") || (st.respectivelyNext < st.respectively.count && subject.isEmpty) {
            if lead.includes("分别") { st.respectivelyNext = 0 }
            if st.respectivelyNext < st.respectively.count {
                st.indicators[st.respectively[st.respectivelyNext]].change = ch
                st.respectivelyNext += 1
                return true
            }
        }
        // An average over several years (年均增长) is not the year's change: it stands on its own.
        let average = lead.includes("年均")
        // 累计增长44.44%, 比2015年增长36.6%, or a rate right after 由2015年的…增加到2020年的…: over several years.
        let cumulative = !average && (lead.includes("累计") || lead.includes("五年") || Timing.comparedWithEarlierYear(lead, st.context)
                                      || (st.fromToSpan > 1 && subject.isEmpty))
        if subject.isEmpty, !average, !cumulative, let li = st.last, st.indicators[li].change == nil {
            st.indicators[li].change = ch
            return true
        }
        let name = subject.isEmpty ? (st.last.map { st.indicators[$0].name } ?? earlierSubject(f, st) ?? "") : subject
        guard !name.isEmpty else { return true }
        var ind = st.make(name: name, q: nil, role: f.role, year: cumulative ? nil : f.year,
                          period: average ? "年均" : cumulative ? "累计" : f.period, sentence: f.sentence, span: f.span, estimated: f.estimated)
        ind.change = ch
        ind.qualifier = f.q.qualifier; ind.range = f.q.range; ind.redacted = f.q.redacted
        let k = st.append(ind)
        // A cumulative rate is an aside: later rates in the sentence still belong to the level before it.
        if !cumulative { st.last = k }
        return true
    }

    /// …与上年持平, 12亿元: 持平 right before the next figure is the change of the level before it. Takes nothing.
    static func flatAfterLevel(_ f: Figure, _ st: inout SentenceState) -> Bool {
        if f.lead.endsWith("持平") || f.lead.endsWith("与上年持平") {
            if let li = st.last, st.indicators[li].change == nil { st.indicators[li].change = Change(percent: 0) }
        }
        return false
    }

    /// 城镇、农村居民人均可支配收入分别达到45210元和24380元: one indicator per name, in order. Without 分别 the same holds
    /// for a pair that names two groups (implicit-pairs: 城乡居民人均可支配收入达49020元、24660元) and, with 均 and one
    /// figure, every name takes it (规模以上工业总产值、贷款余额均突破万亿元).
    static func respectivelyLevels(_ f: Figure, _ st: inout SentenceState) -> Bool {
        let lead = f.lead
        let names: [String]
        var shared = false
        if let r = lead.fastRange(of: "分别") {
            names = Naming.splitRespectively(Naming.cleanName(String(lead[..<r.lowerBound])))
        } else if let r = Naming.sharedMarker(in: lead), !IndicatorExtractor.isOff("shared-level") {
            names = Naming.splitRespectively(Naming.cleanName(String(lead[..<r.lowerBound])))
            shared = true
        } else if !IndicatorExtractor.isOff("implicit-pairs"), Naming.pairedScopeWords.occurs(in: lead), let pair = Naming.pairedScope(f.cleanLead) {
            names = pair
        } else {
            return false
        }
        var group = [f.q]
        var k = f.index + 1
        while !shared, k < st.quantities.count, group.count < names.count {
            let gap = st.s.text(st.quantities[k - 1].end, st.quantities[k].start)
            guard gap.count <= 2, gap.allSatisfy({ "和、,，及与".contains($0) }), st.quantities[k].dimension == f.q.dimension else { break }
            group.append(st.quantities[k]); k += 1
        }
        guard names.count >= 2, group.count == names.count || shared else { return false }
        if shared { group = Array(repeating: f.q, count: names.count) }
        st.respectively = []
        st.respectivelyNext = 0
        for (n, gq) in zip(names, group) {
            st.respectively.append(st.append(st.make(name: n, q: gq, role: f.role, year: f.year, period: f.period, sentence: f.sentence, span: st.span(of: gq), estimated: f.estimated)))
        }
        st.last = st.indicators.count - 1
        st.skipUntil = group.last?.end ?? f.q.end
        return true
    }

    /// The default: a level named by the words before it (or, for a count, the noun after it), with from–to
    /// statements split by year (由2019年的1.05亿元增加到2023年的1.62亿元), milestones flagged and shares of the
    /// figure before it (占年度计划的108.4%) named after it.
    package static func level(_ f: Figure, _ st: inout SentenceState) -> Bool {
        let s = st.s, q = f.q, lead = f.lead, c = st.context
        var name = f.cleanLead
        // Counts name what follows them: 动员424名干部, 开展73轮全员核酸检测.
        let nextStart = f.index + 1 < st.quantities.count ? st.quantities[f.index + 1].start : s.count
        if q.dimension == .count, let follow = Naming.followingNoun(s, from: q.end, next: nextStart) {
            name = follow
        } else if name.isEmpty, q.dimension == .area || q.dimension == .length, !IndicatorExtractor.isOff("measure-noun-after"),
                  // A verb before it: a measure that opens its clause is the subject of what follows (25公里明城墙本体修缮完毕).
                  lead.unicodeScalars.contains(where: HanClass.isHan),
                  // 500米口径…望远镜, 400毫米降雨线: a size in metres describes the thing rather than measuring it.
                  !Lexicon.sizeUnits.contains(q.unit ?? ""),
                  let follow = Naming.followingNoun(s, from: q.end, next: nextStart, wholeClause: true) {
            // measure-noun-after: 新建15万平方米街旁游园: an area or length after a bare verb measures the noun after it.
            name = follow
        }
        var ownYear = f.year
        let ls = Array(lead.unicodeScalars)
        var ye = ls.count - 1
        if ye >= 0, "的底末".unicodeScalars.contains(ls[ye]) { ye -= 1 }
        // A year written before the figure (由2019年的…), or relative-start-year: 从五年前的2万亿元 (only as a from–to's start).
        var written: (year: Int, length: Int)? = ye >= 4 ? Timing.year(endingAt: ye, ls).map { ($0, 5) } : nil
        if written == nil, !IndicatorExtractor.isOff("relative-start-year"), let ago = Timing.yearsAgo(endingAt: ye, ls),
           let reviewed = c.reviewYear, ye - ago.length >= 0, "由从".unicodeScalars.contains(ls[ye - ago.length]) {
            written = (reviewed - ago.years, ago.length)
        }
        if let (y, length) = written {
            ownYear = y
            let rest = String(scalars: ls[..<(ye + 1 - length)])
            if let fromAt = rest.fastRange(of: "由") ?? rest.fastRange(of: "从") {
                let subject = Naming.cleanName(String(rest[..<fromAt.lowerBound]))
                st.fromToName = subject.isEmpty ? (st.last.map { st.indicators[$0].name } ?? "") : subject
                st.fromToSpan = -y
                st.fromToYears = (y, nil)
                name = st.fromToName ?? name
            } else if let ft = st.fromToName, fromToEndings.contains(where: rest.endsWith) {
                name = ft
                if st.fromToSpan < 0 { st.fromToSpan += y }
                if let start = st.fromToYears?.start { st.fromToYears = (start, y) }
            } else {
                name = Naming.cleanName(rest)
            }
        }
        // "从2.69万亿元增加到3.87万亿元": the start of a from–to without a year is some earlier year, not this one.
        if ownYear == f.year, ls.count >= 1, ls.last == "从" || ls.last == "由" {
            let subject = Naming.cleanName(String(lead.dropLast()))
            st.fromToName = subject.isEmpty ? (st.last.map { st.indicators[$0].name } ?? "") : subject
            if let ft = st.fromToName, !ft.isEmpty { name = ft }
            // from-to-parallel-years: 全省地区生产总值从1978年的186亿元增加到2018年的9.73万亿元；地方一般公共预算收入从41.8亿元
            // 增加到1.21万亿元: a from–to without years after one with them in the paragraph spans the same years.
            ownYear = IndicatorExtractor.isOff("from-to-parallel-years") ? nil : st.inheritedFromTo?.start
        }
        // "从2015年的4342.38亿元提高到6733.79亿元": the end point without a year of its own is the latest year
        // reviewed, not the start year the sentence named.
        if ownYear == f.year, st.fromToName != nil, st.last != nil, f.role == .actual, Lexicon.fromToVerbs.contains(where: lead.endsWith) {
            ownYear = st.inheritedFromTo.flatMap(\.end) ?? c.reviewYear
            if let ft = st.fromToName, !ft.isEmpty { name = ft }
        }
        // level-after-rate: 地区生产总值增长6—6.5%，突破10万亿元大关; 森林覆盖率净增1.8个百分点，达到11.2%: a level that
        // names nothing after a change of the same subject is that indicator's level.
        if name.isEmpty, let li = st.last, st.indicators[li].value == nil, st.indicators[li].change != nil, !st.indicators[li].redacted,
           !st.respectively.contains(li), !IndicatorExtractor.isOff("level-after-rate"), !Sentence.insideParentheses(s, q.start),
           // 增长6%左右，力争达到6%以上 restates the rate: a percent is a level only after a change in points.
           q.dimension != .percent || st.indicators[li].change?.points != nil,
           // 年均增长7.6%，达到5745.5亿元: the level is the last year's, not part of an average over years.
           st.indicators[li].period != "年均", st.indicators[li].period != "累计",
           // 预计固定资产投资增长7%，380个省、市重点项目投资…: a count of something named after it is not the level.
           !(q.dimension == .count && q.end < s.count && HanClass.isHan(s[q.end])) {
            st.indicators[li].value = q.value; st.indicators[li].unit = q.unit
            st.indicators[li].baseValue = q.baseValue; st.indicators[li].baseUnit = q.baseUnit
            if q.qualifier != nil || st.indicators[li].qualifier == nil { st.indicators[li].qualifier = q.qualifier }
            return true
        }
        if name.isEmpty, let li = st.last {
            name = st.indicators[li].name
            // …新登记经营主体320万户、增长13%，总量达2037.7万户: the total is the stock the flow adds to.
            // …新增高新技术企业551家，达到2302家: a level of the same unit reached after a flow is the stock too.
            let reached = !IndicatorExtractor.isOff("stock-after-flow") && st.indicators[li].baseUnit == q.baseUnit
                && Lexicon.Find.reachVerbs.occurs(in: lead)
            if Lexicon.Find.stockWords.occurs(in: lead) || reached {
                if let flow = Lexicon.flowWords.first(where: name.startsWith) { name.removeFirst(flow.count) }
                else if let flow = Lexicon.flowWords.first(where: name.endsWith) { name.removeLast(flow.count) }
            }
        }
        if name.isEmpty { name = Naming.cleanName(s.text(f.clauseStart, q.start)) }
        // list-head-noun: 粮食播种面积3320万亩、产量1285万吨: a bare head noun after 、 takes the modifier of the figure before.
        if lead.startsWith("、"), let li = st.last, !IndicatorExtractor.isOff("list-head-noun"),
           let shared = Naming.sharedModifier(of: st.indicators[li].name, item: name) { name = shared }
        if name.isEmpty, let earlier = earlierSubject(f, st) { name = earlier }
        // "全省地区生产总值迈上5万亿台阶,达5.38万亿元": the sentence's subject, up to its first verb.
        if name.isEmpty { name = Naming.sentenceSubject(s.text(st.start, q.start)) }
        guard !name.isEmpty else { return true }
        // 研发经费支出超过2500亿元、占地区生产总值比重达2.65%: a share after 、 is the share of the figure before.
        if name.startsWith("占"), let li = st.last, !st.indicators[li].name.includes("占"), !IndicatorExtractor.isOff("share-after-list") {
            name = st.indicators[li].name + name
        }
        let share = lead.startsWith("占") || lead.includes("占年度") || lead.includes("占全")
        var ind = st.make(name: name, q: q, role: f.role, year: ownYear, period: f.period, sentence: f.sentence, span: f.span, estimated: f.estimated)
        ind.milestone = isMilestone(s, q, lead: lead, after: st.indicators.last) || classThreshold(s, f, st.quantities)
        // share-of: 建筑业增加值达到全省GDP的9.8%: a percent of a named whole is a share, not the whole.
        if q.dimension == .percent, lead.endsWith("的"), !IndicatorExtractor.isOff("share-of") {
            ind.name = Naming.cleanName(s.text(f.clauseStart, q.start)) + "的比重"; ind.canonical = nil; ind.canonicalId = nil
        }
        // Shares and progress: 占年度计划的108.4% belongs to the figure before it.
        if share, let li = st.last { ind.name = st.indicators[li].name + lead.replacingAll("的", with: ""); ind.canonical = nil; ind.canonicalId = nil }
        let k = st.append(ind)
        // A figure in parentheses is an aside: later growth rates still belong to the figure before it.
        if !Sentence.insideParentheses(s, q.start) { st.last = k }
        return true
    }

    /// subject-from-earlier-clause: 规模以上工业增加值增速由负转正，增长3%以上; 粮食总产量再上新台阶，突破1600亿斤大关;
    /// 保持固定资产投资稳定增长，今年增长10%左右: a figure whose clause names nothing, with no figure before it in the
    /// sentence, is about the catalog indicator an earlier clause of the sentence is about (its spelling as written).
    static func earlierSubject(_ f: Figure, _ st: SentenceState) -> String? {
        guard !IndicatorExtractor.isOff("subject-from-earlier-clause") else { return nil }
        var end = f.clauseStart - 1
        while end > st.start {
            let begin = max(Sentence.boundary(st.s, before: end, in: Sentence.clauseEnds), st.start)
            let clause = Naming.cleanName(st.s.text(begin, end))
            if let hit = st.catalog.locate(clause) {
                let upTo = String(scalars: Array(clause.unicodeScalars)[..<hit.end])
                let name = Naming.cleanName(upTo)
                return name.isEmpty ? nil : name
            }
            // 规上工业增速逐步回升: the words before 增速 as a whole name.
            for w in Lexicon.speedWords {
                if let r = clause.fastRange(of: w), Lexicon.wholeNameAliases[String(clause[..<r.lowerBound])] != nil { return String(clause[..<r.lowerBound]) }
            }
            end = begin - 1
        }
        return nil
    }

    /// The same verbs as ``Lexicon/fromToVerbs``, and a bare 到, before an end point that names its own year (由2015年的…到2020年的…).
    static let fromToEndings = Lexicon.fromToVerbs + ["到"]
    static let milestoneNouns = Lexicon.milestoneNouns.map { Array($0.unicodeScalars) }
    /// A list's count of thresholds after its last figure (…7万亿元两个台阶).
    static let thresholdCounts = WordList(["个台阶", "个大台阶", "道关口"])

    /// A threshold crossed rather than a level: 迈上4万亿元台阶, 跨过千亿元大关, 跨越3个千亿元台阶; milestone-list: every
    /// figure of a list that ends in its thresholds (迈过6万亿元、7万亿元两个台阶, 连续跨越7万亿、8万亿、9万亿三个大台阶).
    static func isMilestone(_ s: [Unicode.Scalar], _ q: Quantity, lead: String, after previous: Indicator?) -> Bool {
        var k = q.end
        if k < s.count, s[k] == "新" { k += 1 }
        if milestoneNouns.contains(where: { s.has($0, at: k) }) { return true }
        if Lexicon.milestoneVerbs.contains(where: lead.endsWith) { return true }
        guard !IndicatorExtractor.isOff("milestone-list") else { return false }
        // A figure joined by 、 to a milestone before it.
        if previous?.milestone == true, lead.count <= 1, lead.allSatisfy({ "、和及".contains($0) }) { return true }
        // The list's count of thresholds after it: …7万亿元两个台阶.
        let clauseEnd = min(s.count, Sentence.boundaryAfter(s, from: q.end, in: Sentence.clauseEnds))
        return clauseEnd - q.end <= 24 && thresholdCounts.occurs(in: s, q.end..<clauseEnd)
    }

    /// class-threshold: 地区生产总值超200亿元的县(市、区)77个, 力争地方一般公共预算收入10亿元以上的县市达50个: a figure
    /// over a bar (超, 过, 以上) before 的 that a count follows in its clause sets the bar of the things counted; it is a
    /// threshold, not the level.
    static func classThreshold(_ s: [Unicode.Scalar], _ f: Figure, _ quantities: [Quantity]) -> Bool {
        let q = f.q
        guard q.end + 1 < s.count, s[q.end] == "的", HanClass.isHan(s[q.end + 1]) || HanClass.isDigit(s[q.end + 1]),
              !IndicatorExtractor.isOff("class-threshold"),
              // A bar (超, 过, 以上), not the total of the things (总投资1138亿元的21个重大项目).
              q.qualifier == .moreThan || q.qualifier == .atLeast || Lexicon.thresholdVerbs.contains(where: f.lead.endsWith) else { return false }
        let reach = min(s.count, q.end + 30)
        for later in quantities[(f.index + 1)...] {
            guard later.start < reach else { break }
            if s[q.end..<later.start].contains(where: { Sentence.clauseBreaks.contains($0) || Sentence.sentenceEnds.contains($0) }) { break }
            if later.dimension == .count { return true }
        }
        return false
    }

    /// "一般公共预算收入与上年持平", "同比持平": a change of 0 written without a number. 持平 against another
    /// place ("增长与区持平") is a comparison, not a change, and is left out.
    package static func flat(_ s: [Unicode.Scalar], _ p: Paragraph, _ quantities: [Quantity], _ c: IndicatorExtractor.Context, _ catalog: IndicatorCatalog) -> [Indicator] {
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
            let clauseStart = Sentence.boundary(s, before: i, in: Sentence.clauseEnds)
            guard !quantities.contains(where: { $0.start >= clauseStart && $0.start < i }) else { continue }
            var lead = s.text(clauseStart, i)
            if lead.endsWith("与区") || lead.endsWith("与市") || lead.endsWith("与县") || lead.endsWith("与全省") || lead.endsWith("与全国") { continue }
            for w in ["与上年", "与去年", "同比", "基本", "保持", "总体"] { lead = lead.replacingAll(w, with: "") }
            for v in Naming.growthVerbsLongestFirst where lead.endsWith(v) { lead.removeLast(v.count); break }
            let name = Naming.cleanName(lead)
            guard name.count >= 2 else { continue }
            let sentStart = Sentence.boundary(s, before: i, in: Sentence.sentenceEnds)
            let when = Timing.timing(before: s.text(Sentence.boundary(s, before: i, in: Sentence.fullStops), i), context: c)
            let st = SentenceState(s: s, paragraph: p, quantities: quantities, context: c, catalog: catalog, start: sentStart)
            let span = st.span(i, i + 2)
            var ind = st.make(name: name, q: nil, role: when.role, year: when.year, period: when.period,
                              sentence: s.text(sentStart, Sentence.boundaryAfter(s, from: i, in: Sentence.sentenceEnds)), span: span)
            ind.change = Change(percent: 0)
            ind.estimated = when.estimated
            out.append(ind)
        }
        return out
    }
}
