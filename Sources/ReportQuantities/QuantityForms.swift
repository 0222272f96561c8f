import Foundation

import ReportText

/// The special forms a figure may take: comparisons (比三十大, 大于10小于20), discounts (八折), fractions
/// (三分之一), redactions (xx.xx亿元) and the word checks around them.
extension QuantityParser {
    /// 比三十大(一些), 比 170 低, 比四分之一大: more or less than the number.
    static func comparative(_ s: [Unicode.Scalar], at k: Int) -> Quantity? {
        let n0 = NumberGrammar.skipBlanks(s, k + 1, allowed: true)
        guard n0 < s.count, startsNumber(s, n0), var p = NumberGrammar.parse(s, at: n0) else { return nil }
        var end = p.end
        if let f = fraction(s, numerator: p, at: end) { p = f.0; end = f.1 }
        let w = NumberGrammar.skipBlanks(s, end, allowed: true)
        guard w < s.count else { return nil }
        let q: Qualifier
        switch s[w] {
        case "大", "高", "多", "长": q = .moreThan
        case "小", "低", "少", "短": q = .lessThan
        default: return nil
        }
        var r = Quantity(text: s.text(k, w + 1), start: k, end: w + 1, value: p.value, unit: nil, baseValue: p.value, baseUnit: nil, dimension: .number, qualifier: q)
        r.amount = p.value
        return r
    }

    /// "与20000间", "和30之间": the number after 与/和 closes a between-range.
    static func betweenFollows(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = NumberGrammar.skipBlanks(s, i, allowed: true)
        guard k < s.count, startsNumber(s, k) || s[k] == "-" || s[k] == "负", let q = NumberGrammar.parse(s, at: s[k] == "-" || s[k] == "负" ? k + 1 : k) else { return false }
        k = q.end
        if k < s.count, s[k] == "之" { k += 1 }
        return k < s.count && (s[k] == "间" || s[k] == "間")
    }

    static let perPrefixes: [(String, Double)] = [("百万万分之", 1e10), ("万万分之", 1e8), ("千万分之", 1e7), ("百万分之", 1e6), ("万分之", 1e4),
                                                  ("萬分之", 1e4), ("千分之", 1e3), ("仟分之", 1e3)]
    static let perPrefixFirsts = ScalarSet(perPrefixes.compactMap { $0.0.unicodeScalars.first })
    static let currencySymbols = ScalarMap<String>(["$": "$", "￥": "元", "¥": "元"])

    static let discountDigits: ScalarMap<Int> = {
        var d = NumberGrammar.digits
        for v in 0...9 { d[Unicode.Scalar(0x30 + UInt32(v))!] = v; d[Unicode.Scalar(0xFF10 + UInt32(v))!] = v }
        return ScalarMap(d)
    }()
    /// 十成 (100%) as it is written.
    static let fullTenths = ["十成", "10成", "１０成", "１0成", "10 成", "１０ 成", "１0 成", "十 成"].map { Array($0.unicodeScalars) }

    /// 七折 (70%), 九九折 (99%), 陆点五折 (65%), 对折/半折 (50%), 七成六 (76%), 三成半 (35%), 半成 (5%).
    static func discount(_ s: [Unicode.Scalar], at i: Int) -> Quantity? {
        func q(_ v: Double, _ e: Int) -> Quantity {
            var r = Quantity(text: s.text(i, e), start: i, end: e, value: v, unit: "%", baseValue: v, baseUnit: "%", dimension: .percent)
            r.amount = v
            return r
        }
        guard i < s.count else { return nil }
        let first = s[i]
        if first == "对" || first == "對" {
            if i > 0, s[i - 1] == "打", s.has("对折", at: i) || s.has("對折", at: i) { return q(50, i + 2) }
        } else if first == "半" {
            if s.has("半折", at: i) { return q(50, i + 2) }
        } else if first == "十" || first == "1" || first == "１" {
            for w in fullTenths where s.has(w, at: i) { return q(100, i + w.count) }
        }
        if first == "半", s.has("半成", at: i) { return q(5, i + 2) }
        // One or two digits (held in two locals: an array per call showed in profiles, as this runs at every number).
        var k = i, count = 0, d0 = 0, d1 = 0
        var frac: Int?
        while k < s.count, count < 2, let d = discountDigits[s[k]] {
            if count == 0 { d0 = d } else { d1 = d }
            count += 1; k = NumberGrammar.skipBlanks(s, k + 1, allowed: true)
        }
        guard count > 0 else { return nil }
        if count == 1, k < s.count, s[k] == "点" || s[k] == "點" || s[k] == "." || s[k] == "．" {
            let f = NumberGrammar.skipBlanks(s, k + 1, allowed: true)
            if f < s.count, let d = discountDigits[s[f]] { frac = d; k = NumberGrammar.skipBlanks(s, f + 1, allowed: true) }
        }
        guard k < s.count else { return nil }
        if s[k] == "折" {
            let v = count == 2 ? Double(d0 * 10 + d1) : Double(d0 * 10 + (frac ?? 0))
            return q(v, k + 1)
        }
        if s[k] == "成", count == 1 {
            var v = Double(d0 * 10 + (frac ?? 0))
            var e = k + 1
            let n = NumberGrammar.skipBlanks(s, e, allowed: true)
            if n < s.count, s[n] == "半" { v += 5; e = n + 1 }
            else if frac == nil, n < s.count, let d = discountDigits[s[n]], s[n] != "两" { v += Double(d); e = n + 1 }
            return q(v, e)
        }
        return nil
    }

    /// Every second character of the words below (a unit followed by none of them starts no word).
    static let wordSeconds = ScalarSet("阶面向案式法针位略阵言便所景准复于列居单录序件例".unicodeScalars)

    /// A unit character that begins a word instead: 台阶, 个人, 次序, 场所, 批准, 位于, 名单.
    static func unitStartsWord(_ unit: String, _ s: [Unicode.Scalar], _ after: Int) -> Bool {
        guard after < s.count, wordSeconds.contains(s[after]) else { return false }
        let next = s[after]
        switch unit {
        case "台": return next == "阶"
        // 十方面民生实事, 四方面: 方面 is a word, not cubic metres.
        case "方": return "面向案式法针位略阵言便".unicodeScalars.contains(next)
        case "场": return next == "所" || next == "景"
        case "批": return next == "准" || next == "复"
        case "位": return next == "于" || next == "列" || next == "居"
        case "名": return next == "单" || next == "录"
        case "次": return next == "序"
        case "条": return next == "件" || next == "例"
        default: return false
        }
    }

    static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        let u = s[i]
        return NumberGrammar.isArabic(u) || NumberGrammar.digitOf[u] != nil || u == "十" || u == "拾" || u == "百" || u == "千" || u == "佰" || u == "仟"
    }

    /// X分之Y, with an optional whole part: 三分之一, 3又一千分之23, 16分之5.
    static func fraction(_ s: [Unicode.Scalar], numerator denom: NumberGrammar.Parsed, at e: Int) -> (NumberGrammar.Parsed, Int)? {
        var k = NumberGrammar.skipBlanks(s, e, allowed: true)
        guard k < s.count, s[k] == "分" else { return nil }
        k = NumberGrammar.skipBlanks(s, k + 1, allowed: true)
        guard k < s.count, s[k] == "之" else { return nil }
        k = NumberGrammar.skipBlanks(s, k + 1, allowed: true)
        var neg = false
        if k < s.count, s[k] == "负" || s[k] == "負" { neg = true; k += 1 }
        guard let num = NumberGrammar.parse(s, at: k), denom.value != 0 else { return nil }
        var r = num
        r.value = (neg ? -num.value : num.value) / denom.value
        r.written = r.value; r.multiplier = ""; r.multiplierValue = 1; r.hasUnitChar = true
        r.chineseCount += denom.chineseCount
        return (r, num.end)
    }

    /// 征收总成本约亿元, 总资金约万元: 约 before a bare 万/亿 and a unit is a template whose number was left out — a
    /// blank (redacted, no value), not 1亿 as 超亿元 and 近亿元 are.
    static func missingNumber(_ s: [Unicode.Scalar], at k: Int, start: Int) -> Quantity? {
        var e = k
        var unit = ""
        while e < s.count, s[e] == "万" || s[e] == "亿" || s[e] == "萬" || s[e] == "億" { unit.unicodeScalars.append(s[e]); e += 1 }
        guard !unit.isEmpty, let (u, ue) = Units.match(s, at: e), !s.has("以上", at: ue), !(ue < s.count && s[ue] == "级") else { return nil }
        return Quantity(text: s.text(start, ue), start: start, end: ue, value: nil, unit: unit + u.spelling,
                        baseValue: nil, baseUnit: u.base, dimension: u.dimension, qualifier: .approx, redacted: true)
    }

    /// A masked number followed by a unit or percent: value nil, redacted.
    static func redaction(_ s: [Unicode.Scalar], at k: Int, start: Int, qualifier: Qualifier?) -> Quantity? {
        var j = k, masked = 0
        while j < s.count, masks.contains(s[j]) || s[j] == "." || NumberGrammar.isArabic(s[j]) || s[j] == "-" {
            if masks.contains(s[j]) { masked += 1 }
            j += 1
        }
        guard masked > 0 else { return nil }
        // "6大核心产业+X个潜力赛道" is a slogan; "*人计划" censors a name.
        if k > 0, s[k - 1] == "+" || s[k - 1] == "＋" { return nil }
        if masked == 1, s[k] == "X" || s[k] == "x" { if !(k > 0 && (HanClass.isHan(s[k - 1]) || s[k - 1] == "至")) { return nil } }
        var e = j
        // Multipliers after the mask: xx万元, XX亿.
        var unit = ""
        while e < s.count, s[e] == "万" || s[e] == "亿" || s[e] == "千" || s[e] == "百" { unit.unicodeScalars.append(s[e]); e += 1 }
        var base: String?
        var dim: Dimension = .number
        if e < s.count, s[e] == "%" || s[e] == "％" { unit = "%"; base = "%"; dim = .percent; e += 1 }
        else if s.has("个百分点", at: e) { unit = "pp"; base = "pp"; dim = .percentagePoint; e += 4 }
        else if let (u, ue) = Units.match(s, at: e) {
            if s.has("计划", at: ue) { return nil }
            unit += u.spelling; base = u.base; dim = u.dimension; e = ue
        } else if e < s.count, "月年日".unicodeScalars.contains(s[e]) {
            return nil      // a masked date ("于*月底") is not a quantity
        } else if unit.isEmpty {
            return nil
        }
        var q = qualifier
        for (w, qq) in suffixQualifierScalars where s.has(w, at: e) { q = q ?? qq; e += w.count; break }
        return Quantity(text: s.text(start, e), start: start, end: e, value: nil, unit: unit.isEmpty ? nil : unit,
                        baseValue: nil, baseUnit: base, dimension: dim, qualifier: q, redacted: true)
    }
}
