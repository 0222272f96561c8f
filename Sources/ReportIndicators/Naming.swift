import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// How a figure gets its name: the noun phrase before it cleaned of time words, lead-ins and verbs; the
/// items of a 分别 list; the noun a count counts; the subject at the start of a sentence.
enum Naming {
    static let leadingScalars = Lexicon.leadingWords.map { Array($0.unicodeScalars) }
    /// Whole phrases that are not names: connectors and bare verbs, lead-in words, comparability markers, comparison bases.
    static let notNames = ScalarWordSet(Lexicon.bareWords.union(Lexicon.leadingWords).union(Lexicon.comparability).union(Lexicon.comparisonBases))
    static let stockWordSet = ScalarWordSet(Lexicon.stockWords)
    static let stockWordLengths = Set(Lexicon.stockWords.map(\.unicodeScalars.count))
    /// The trailing words and the milestone verbs (地区生产总值迈过…, 生产总值连续跨越…), longest first.
    static let trailingScalars = Set(Lexicon.trailingWords + Lexicon.milestoneVerbs + Lexicon.verbsBeforeQualifier).sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }
    static let leadingIndex = EdgeIndex(leadingScalars, atEnd: false)
    static let trailingIndex = EdgeIndex(trailingScalars, atEnd: true)
    static let nameVerbScalars = Lexicon.nameVerbs.map { Array($0.unicodeScalars) }

    /// A word list's positions by the scalar its words start (or end) with, in list order: a pass over the list
    /// in order asks only the words that can match where the name starts (ends) now.
    struct EdgeIndex {
        let byEdge: ScalarMap<[Int]>

        init(_ words: [[Unicode.Scalar]], atEnd: Bool) {
            var d: [Unicode.Scalar: [Int]] = [:]
            for (i, w) in words.enumerated() { if let e = atEnd ? w.last : w.first { d[e, default: []].append(i) } }
            byEdge = ScalarMap(d)
        }

        /// The first position at or after `j` of a word with edge `u`.
        func next(_ u: Unicode.Scalar, from j: Int) -> Int? {
            guard let list = byEdge[u] else { return nil }
            for i in list where i >= j { return i }
            return nil
        }
    }
    static let growthVerbsLongestFirst = Lexicon.growthVerbs.sorted { $0.count > $1.count }

    /// The name as written, cleaned of time words, lead-in and trailing verbs (on scalars: this runs for every figure).
    static func cleanName(_ raw: String) -> String {
        var t = [Unicode.Scalar](scalarsOf: raw)
        // Spaces inside a name are PDF copy (2016 年全县地区生产总值), not part of it.
        if t.contains(where: HanClass.isHorizontalSpace) { t.removeAll(where: HanClass.isHorizontalSpace) }
        // list-marker: the number of a list item is not part of its name (1、新增城镇就业70万人, 二是开展…培训).
        if !IndicatorExtractor.isOff("list-marker"), let n = listMarkerLength(t) { t.removeFirst(n) }
        // Time words at the start: 2023年, 1-10月, 截至10月底, 前三季度 …
        while true {
            let n = Timing.timePrefixLength(t)
            guard n > 0 else { break }
            t.removeFirst(n)
        }
        cutComparisonBase(&t)
        // A time expression inside the phrase ("陶瓷企业申报2023年广东省…专项资金"): keep what follows it.
        var cut = 0
        for k in 0..<t.count where Timing.year(endingAt: k, t) != nil && k + 1 < t.count - 1 { cut = k + 1 }
        if cut > 0 { t.removeFirst(cut); if t.first == "度" { t.removeFirst() } }
        var changed = true
        while changed && !t.isEmpty {
            changed = false
            // The lists in order, as before, asking only the words that start (end) with the name's first (last) scalar.
            var j = 0
            while let f = t.first, let k = leadingIndex.next(f, from: j) {
                let w = leadingScalars[k]
                if t.starts(with: w) && t.count > w.count { t.removeFirst(w.count); changed = true }
                j = k + 1
            }
            j = 0
            while let l = t.last, let k = trailingIndex.next(l, from: j) {
                let w = trailingScalars[k]
                if t.count >= w.count && t[(t.count - w.count)...].elementsEqual(w) && !isInputNoun(t, w) { t.removeLast(w.count); changed = true }
                j = k + 1
            }
        }
        // Connectors and bare verbs are not names ("…12个和8个", "增加到…"): the caller inherits the subject.
        // total-after-flow: "新增市场主体30.5万户、总量达73.8万户": 总量 after 、 is the stock of the figure before.
        // Comparability markers and comparison bases are not names: 同口径增长12.7%, 比上年提高1.5个百分点.
        if notNames.contains(t) { return "" }
        // (Filtered only when as many scalars are left as a stock word has.)
        if stockWordLengths.contains(t.reduce(0) { $0 + (nameEdge.contains($1) ? 0 : 1) }), stockWordSet.contains(t.filter { !nameEdge.contains($0) }) { return "" }
        // "10个行政村实现村集体收入": the name follows the verb.
        for v in nameVerbScalars {
            if let r = t.lastStart(of: v), t.count - (r + v.count) >= 2 { t.removeFirst(r + v.count) }
        }
        // Keep the noun phrase nearest the figure: after the last 的 if what follows is substantial.
        if let r = t.lastIndex(of: "的"), t.count - r >= 3 { t.removeFirst(r + 1) }
        // A name is at most 24 characters, a list of names (…、…) at most 64, so that its first item is not cut.
        let cap = t.contains("、") && !IndicatorExtractor.isOff("whole-lists") ? 64 : 24
        if t.count > cap { t.removeFirst(t.count - cap) }
        trim(&t) { nameEdge.contains($0) }
        return String(scalars: t)
    }

    /// The length of the item number a name starts with — 1、 2. （3） ④ 三、 十一是 — or nil. Not when a
    /// number follows (二、三产业增加值, 1、2月份), which is then what the name is about.
    static func listMarkerLength(_ t: [Unicode.Scalar]) -> Int? {
        guard let f = t.first, HanClass.isDigit(f) || HeadingMarkers.open.contains(f) || (0x2460...0x2473).contains(f.value)
                || HeadingMarkers.chineseDigits[f] != nil || f == "十" else { return nil }
        var n: Int
        if let m = HeadingMarkers.match(t), m.kind != .chapter { n = m.length }
        else if let (_, len) = HeadingMarkers.chineseNumeral(t, 0), len < t.count, t[len] == "是" { n = len + 1 }
        else { return nil }
        n = HeadingMarkers.skipBlanks(t, n)
        guard n < t.count, !HanClass.isDigit(t[n]), HeadingMarkers.chineseDigits[t[n]] == nil, t[n] != "十" else { return nil }
        return n
    }

    /// A name without the growth noun that ends it (生产总值增速 → 生产总值), or nil when none ends it.
    static func withoutGrowthNoun(_ name: String) -> (name: String, noun: String)? {
        guard let noun = Lexicon.growthNouns.first(where: name.endsWith) else { return nil }
        return (String(name.dropLast(noun.count)), noun)
    }

    static let inputWord: [Unicode.Scalar] = ["投", "入"]
    static let inputNounScalars = Lexicon.inputNouns.map { Array($0.unicodeScalars) }

    /// 研发投入, 技改投入: 投入 after these is the noun, not a verb to drop.
    static func isInputNoun(_ t: [Unicode.Scalar], _ w: [Unicode.Scalar]) -> Bool {
        guard w == inputWord else { return false }
        let head = t.count - w.count
        return inputNounScalars.contains { n in head >= n.count && t[(head - n.count)..<head].elementsEqual(n) }
    }

    /// Whether a list head (the words before a 分别/均 verb) names nothing: 分别, 同比分别, 均, 同口径分别.
    static func namesNothing(_ head: String) -> Bool {
        cleanName(head.replacingAll("分别", with: "").replacingAll("均", with: "")).isEmpty
    }

    /// Characters before 均 that make it part of a word (人均, 年均, 平均, 亩均, 户均), not "each".
    static let averageHeads: ScalarSet = ["人", "年", "平", "亩", "户", "日", "月", "地", "季", "周", "时"]

    /// Where 均 ("each": 均增长14%, 均突破万亿元) stands in `lead`, or nil when every 均 is part of a word like 人均.
    static func sharedMarker(in lead: String) -> Range<String.Index>? {
        var i = lead.startIndex
        var prev: Unicode.Scalar?
        while i < lead.endIndex {
            let u = lead.unicodeScalars[i]
            let next = lead.unicodeScalars.index(after: i)
            if u == "均", !(prev.map(averageHeads.contains) ?? false) { return i..<next }
            prev = u
            i = next
        }
        return nil
    }

    static let baseStarts: ScalarSet = ["比", "较"]
    static let baseFollowers: [[Unicode.Scalar]] = ["上年", "去年", "上一年", "同期", "前", "上"].map { Array($0.unicodeScalars) }

    /// comparison-base: "一般公共预算收入比2019年调整预算收入增长7%", "固定资产投资较上年增长": the name ends where its
    /// comparison base (比/较 + a year or 上年/去年/同期) begins. 比重/比例 are not bases.
    static func cutComparisonBase(_ t: inout [Unicode.Scalar]) {
        guard !IndicatorExtractor.isOff("comparison-base") else { return }
        for k in t.indices.dropFirst(2) where baseStarts.contains(t[k]) && k + 1 < t.count {
            let next = t[k + 1]
            if HanClass.isDigit(next) || baseFollowers.contains(where: { t.has($0, at: k + 1) }) {
                t.removeLast(t.count - k)
                return
            }
        }
    }

    static let nameEdge: ScalarSet = [" ", "、", ",", "，", "“", "”", "\"", "'"]

    package static func trim(_ t: inout [Unicode.Scalar], _ drop: (Unicode.Scalar) -> Bool) {
        var e = t.count
        while e > 0, drop(t[e - 1]) { e -= 1 }
        var b = 0
        while b < e, drop(t[b]) { b += 1 }
        if b > 0 || e < t.count { t = Array(t[b..<e]) }
    }

    /// The growth verb that ends `lead` ("同比增长", "下降", "提高"), allowing 了/达/为/约 after it.
    static func growthVerb(atEndOf raw: String) -> String? {
        let lead = raw.trimmedSpaces
        var t = lead
        for tail in Lexicon.growthVerbTails where t.endsWith(tail) { t = String(t.dropLast(tail.count)) }
        for v in growthVerbsLongestFirst where t.endsWith(v) {
            return v + String(lead.dropFirst(t.count))
        }
        // signed-rate: 同比分别-3.1%、-8.4%: a comparison base right before a rate makes it a change; the sign is the number's.
        if !IndicatorExtractor.isOff("signed-rate") {
            for w in Lexicon.changeWithoutVerb where lead.endsWith(w) { return w }
        }
        return nil
    }

    /// The names of a 分别 (or 均) list, in order: "城镇、农村居民人均可支配收入" → [城镇居民人均可支配收入, 农村居民人均可支配收入].
    /// The caller checks that there are as many figures as names.
    static func splitRespectively(_ subject: String) -> [String] {
        var parts = subject.split(separator: "、").map(String.init).filter { !$0.isEmpty }
        // list-connectors: 城镇和农村居民人均可支配收入, 城镇调查失业率和城镇登记失业率.
        if !IndicatorExtractor.isOff("list-connectors") {
            let several = parts.count > 1
            parts = parts.flatMap { item -> [String] in
                let split = splitOnConnectors(item)
                // …、城镇和农村居民人均可支配收入: inside a longer list, the first scope of a pair (城镇/农村, 存款/贷款 …,
                // ``Lexicon/pairedScopes``) takes the head of the second (城镇居民人均可支配收入).
                guard several, split.count == 2, split[1].count > 4,
                      Lexicon.pairedScopes.contains(where: { p in p.parts.count == 2 && p.parts[0].count == 2 && p.parts[1].count == 2
                          && Set(p.parts) == [split[0], String(split[1].prefix(2))] }) else { return split }
                return [split[0] + String(split[1].dropFirst(2)), split[1]]
            }
        }
        guard parts.count >= 2, let last = parts.last else {
            return IndicatorExtractor.isOff("paired-scope") ? parts : pairedScope(subject) ?? parts
        }
        let firstLen = parts[0].count
        // (全省生产总值、人均生产总值: both are whole names — an item that ends like the last one is not a modifier.)
        if parts.dropLast().allSatisfy({ $0.count <= 4 && !last.endsWith(String($0.suffix(2))) }), last.count > firstLen + 1 {
            // The last item carries the shared head: swap its leading modifier for each earlier one.
            let head = String(last.dropFirst(firstLen))
            return parts.dropLast().map { $0 + head } + [last]
        }
        // shared-modifier: 实际利用内资、外资 → 实际利用外资; 规上工业产值和增加值 → 规上工业增加值: a later item that is a
        // bare head noun (``Lexicon/headNouns``) takes the modifier of the first item, whose own head noun it replaces.
        if !IndicatorExtractor.isOff("shared-modifier"), let first = parts.first {
            return [first] + parts.dropFirst().map { sharedModifier(of: first, item: $0) ?? $0 }
        }
        return parts
    }

    /// A bare head noun `item` with the modifier of `first`, whose own head noun it replaces: (规上工业产值, 增加值) →
    /// 规上工业增加值, (粮食播种面积, 产量) → 粮食产量; nil when `item` is not a bare head noun or `first` has no modifier.
    static func sharedModifier(of first: String, item: String) -> String? {
        guard Lexicon.headNouns.contains(item) else { return nil }
        if let head = Lexicon.headNouns.first(where: { first.endsWith($0) && first.count > $0.count }) {
            return String(first.dropLast(head.count)) + item
        }
        // 旅游业接待人次和总收入: an industry (…业) opening the first item is what the bare head noun is of.
        let u = Array(first.unicodeScalars)
        guard !IndicatorExtractor.isOff("shared-industry"), let k = u.prefix(3).firstIndex(of: "业"), k >= 1, u.count > k + 2 else { return nil }
        return String(scalars: u[...k]) + item
    }

    static let listConnectors: [String] = ["和", "及", "与"]

    /// Splits "城镇和农村居民人均可支配收入" at a connector when both sides are two characters or more.
    static func splitOnConnectors(_ s: String) -> [String] {
        let u = Array(s.unicodeScalars)
        for k in u.indices where k >= 2 && k + 2 < u.count && listConnectors.contains(where: { $0.unicodeScalars.first == u[k] }) {
            let left = String(scalars: u[..<k]), right = String(scalars: u[(k + 1)...])
            if left.count >= 2, right.count >= 2 { return [left] + splitOnConnectors(right) }
        }
        return [s]
    }

    /// paired-scope: 城乡居民人均可支配收入 is 城镇居民… and 农村居民…; 存贷款余额 is 存款余额 and 贷款余额 (``Lexicon/pairedScopes``).
    /// 城乡居民收入 is their per-capita disposable income.
    /// The scopes of ``Lexicon/pairedScopes``: a name is a paired scope only if its words hold one of them.
    static let pairedScopeWords = WordList(Lexicon.pairedScopes.map(\.scope))

    static func pairedScope(_ name: String) -> [String]? {
        for (scope, parts) in Lexicon.pairedScopes {
            guard let r = name.fastRange(of: scope) else { continue }
            return parts.map { part in
                let n = name.replacingCharacters(in: r, with: part)
                guard let short = Lexicon.incomeShorthands.first(where: n.endsWith) else { return n }
                return String(n.dropLast(short.count)) + "居民人均可支配收入"
            }
        }
        return nil
    }

    static let openQuotes: ScalarSet = ["“", "\"", "《", "「", "‘"]
    static let clauseEnds: ScalarSet = ["，", ",", "。", "；", ";", "、", "！"]
    static let nounStops: ScalarSet = ["，", ",", "。", "；", ";", "、", "：", ":", "（", "(", "）", ")", "和", "及", "与", "的", "等", "，"]

    /// The noun phrase right after a count ("424名干部、…" → 干部), or nil when punctuation or 的 follows.
    static let countNounStopScalars = Lexicon.countNounStops.map { Array($0.unicodeScalars) }
    static let countNounMeasureScalars = Lexicon.countNounMeasures.map { Array($0.unicodeScalars) }

    /// `wholeClause`: only a noun that runs to the end of the clause, uncut (新建15万平方米街旁游园。), for the measures
    /// of ``FigureRules/level`` whose lead is a bare verb.
    static func followingNoun(_ s: [Unicode.Scalar], from e: Int, next: Int, wholeClause: Bool = false) -> String? {
        guard e < s.count, !nounStops.contains(s[e]) else { return nil }
        if openQuotes.contains(s[e]) { return quotedNoun(s, from: e, next: next) }
        guard HanClass.isHan(s[e]) else { return nil }
        var k = e
        while k < min(s.count, next), k - e < 12, !nounStops.contains(s[k]), !HanClass.isDigit(s[k]) { k += 1 }
        let abutsNext = k == next
        if wholeClause, k < s.count, !clauseEnds.contains(s[k]) { return nil }
        // A verb right after the count ("3个,实施…", "4个增减挂钩项目顺利完工") keeps only the noun part: each stop word
        // in turn cuts the words at its first occurrence.
        var noun = Array(s[e..<min(k, s.count)])
        for v in countNounStopScalars {
            if let r = noun.indices.first(where: { noun.has(v, at: $0) }) {
                if wholeClause { return nil }
                noun.removeLast(noun.count - r)
            }
        }
        // "39家规上工业企业总产值102.79亿元": what is counted is the noun without the next figure's measure.
        if abutsNext {
            for m in countNounMeasureScalars where noun.count > m.count + 1 && noun[(noun.count - m.count)...].elementsEqual(m) {
                noun.removeLast(m.count); break
            }
        }
        let name = cleanName(String(scalars: noun))
        return name.count >= 2 ? name : nil
    }

    /// A quoted name after a count (建设100个“新就业形态劳动者驿站”, 实施272个“双百工程”项目，完成14个“空心村”治理):
    /// the quoted words, without the quotes, and the head noun after them (项目, 企业, 改造 …) when there is one —
    /// not the verbs that follow (32个“两重”项目全面开工 counts 两重项目).
    static func quotedNoun(_ s: [Unicode.Scalar], from e: Int, next: Int) -> String? {
        var close = e + 1
        while close < min(s.count, next), close - e <= 14, !closeQuotes.contains(s[close]), !clauseEnds.contains(s[close]) { close += 1 }
        guard close < s.count, closeQuotes.contains(s[close]), close - e >= 3 else { return nil }
        var noun = Array(s[(e + 1)..<close])
        guard noun.allSatisfy({ HanClass.isHan($0) || $0 == "·" }) else { return nil }
        let after = close + 1
        if let head = quotedNameHeads.first(where: { after < next && s.has($0, at: after) }) { noun += head }
        return noun.count >= 2 ? String(scalars: noun) : nil
    }
    static let closeQuotes: ScalarSet = ["”", "\"", "》", "」", "’"]
    static let quotedNameHeads = Lexicon.quotedNameHeads.sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }

    /// The subject at the start of a sentence: the words before its first verb.
    static func sentenceSubject(_ t: String) -> String {
        let cuts = Lexicon.subjectVerbs.compactMap { t.fastRange(of: $0)?.lowerBound }
        guard let first = cuts.min() else { return "" }
        return cleanName(String(t[..<first]))
    }
}
