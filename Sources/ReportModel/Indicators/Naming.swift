import Foundation

/// How a figure gets its name: the noun phrase before it cleaned of time words, lead-ins and verbs; the
/// items of a 分别 list; the noun a count counts; the subject at the start of a sentence.
enum Naming {
    static let leadingScalars = Lexicon.leadingWords.map { Array($0.unicodeScalars) }
    static let trailingScalars = Lexicon.trailingWords.map { Array($0.unicodeScalars) }
    static let nameVerbScalars = Lexicon.nameVerbs.map { Array($0.unicodeScalars) }
    static let growthVerbsLongestFirst = Lexicon.growthVerbs.sorted { $0.count > $1.count }

    /// The name as written, cleaned of time words, lead-in and trailing verbs (on scalars: this runs for every figure).
    static func cleanName(_ raw: String) -> String {
        var t = Array(raw.unicodeScalars)
        trim(&t) { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        // Time words at the start: 2023年, 1-10月, 截至10月底, 前三季度 …
        while true {
            let n = Timing.timePrefixLength(t)
            guard n > 0 else { break }
            t.removeFirst(n)
        }
        // A time expression inside the phrase ("陶瓷企业申报2023年广东省…专项资金"): keep what follows it.
        var cut = 0
        for k in 0..<t.count where Timing.year(endingAt: k, t) != nil && k + 1 < t.count - 1 { cut = k + 1 }
        if cut > 0 { t.removeFirst(cut); if t.first == "度" { t.removeFirst() } }
        var changed = true
        while changed && !t.isEmpty {
            changed = false
            for w in leadingScalars where t.starts(with: w) && t.count > w.count { t.removeFirst(w.count); changed = true }
            for w in trailingScalars where t.count >= w.count && t[(t.count - w.count)...].elementsEqual(w) { t.removeLast(w.count); changed = true }
        }
        let whole = String(scalars: t)
        // Connectors and bare verbs are not names ("…12个和8个", "增加到…"): the caller inherits the subject.
        if Lexicon.bareWords.contains(whole) { return "" }
        // Comparability markers are not names: 同口径增长12.7%.
        if Lexicon.comparability.contains(whole) { return "" }
        // "10个行政村实现村集体收入": the name follows the verb.
        for v in nameVerbScalars {
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

    /// The growth verb that ends `lead` ("同比增长", "下降", "提高"), allowing 了/达/为/约 after it.
    static func growthVerb(atEndOf raw: String) -> String? {
        let lead = raw.trimmingCharacters(in: .whitespaces)
        var t = lead
        for tail in Lexicon.growthVerbTails where t.hasSuffix(tail) { t = String(t.dropLast(tail.count)) }
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
        for v in Lexicon.countNounStops {
            if let r = noun.fastRange(of: v) { noun = String(noun[..<r.lowerBound]) }
        }
        // "39家规上工业企业总产值102.79亿元": what is counted is the noun without the next figure's measure.
        if abutsNext {
            for m in Lexicon.countNounMeasures where noun.hasSuffix(m) && noun.count > m.count + 1 {
                noun.removeLast(m.count); break
            }
        }
        return noun.count >= 2 ? noun : nil
    }

    /// The subject at the start of a sentence: the words before its first verb.
    static func sentenceSubject(_ t: String) -> String {
        let cuts = Lexicon.subjectVerbs.compactMap { t.fastRange(of: $0)?.lowerBound }
        guard let first = cuts.min() else { return "" }
        return cleanName(String(t[..<first]))
    }
}
