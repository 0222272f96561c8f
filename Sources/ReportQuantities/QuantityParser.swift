import Foundation

import ReportText

/// Finds every quantity in a text: a number (Arabic, Chinese or mixed), its unit or percent sign,
/// qualifiers before and after it, ranges, and redaction placeholders. Not quantities: years and dates
/// (2023年, 11月30日), ordinals (第六届), plan names (十四五), slogans (1+5+2) and words that only
/// contain numeral characters (一切, 四川, 队伍).
public enum QuantityParser {
    public enum Mode: Sendable {
        /// Report prose: a Chinese numeral needs a unit; the numbers inside dates, ordinals and slogans are skipped.
        case report
        /// Every number, as a general recognizer would (used for the conformance data).
        case recognizer
    }

    static let prefixQualifiers: [(String, Qualifier)] = [
        ("大于等于", .atLeast), ("大于或等于", .atLeast), ("大于或者等于", .atLeast), ("小于等于", .atMost), ("小于或等于", .atMost),
        ("小于或者等于", .atMost), ("小于 或 等于", .atMost), ("≥", .atLeast), (">=", .atLeast), ("≤", .atMost), ("<=", .atMost), ("< =", .atMost),
        ("最多为", .atMost), ("最多", .atMost), ("最少", .atLeast), ("至少是", .atLeast), ("至少有", .atLeast), ("至少为", .atLeast),
        ("过", .moreThan), ("不到", .lessThan),
        ("不低于", .atLeast), ("不少于", .atLeast), ("至少", .atLeast), ("不超过", .atMost), ("不高于", .atMost),
        ("超过", .moreThan), ("突破", .moreThan), ("超", .moreThan), ("逾", .moreThan), ("大于", .moreThan), ("多于", .moreThan), ("高于", .moreThan),
        ("不到", .lessThan), ("不足", .lessThan), ("近", .lessThan), ("小于", .lessThan), ("少于", .lessThan), ("低于", .lessThan),
        ("约", .approx), ("大约", .approx), ("大概", .approx), ("将近", .lessThan), ("不小于", .atLeast), ("不大于", .atMost),
    ].sorted { $0.0.count > $1.0.count }
    static let suffixQualifiers: [(String, Qualifier)] = [
        ("或者以上", .atLeast), ("或以上", .atLeast), ("或者更多", .atLeast), ("或更多", .atLeast), ("及以上", .atLeast),
        ("左右", .approx), ("上下", .approx), ("以上", .atLeast), ("以内", .atMost), ("以下", .atMost), ("之内", .atMost), ("之下", .atMost), ("之上", .atLeast),
    ]
    /// The qualifier words as scalars, for the per-position checks of the scan (a String is decoded on each look).
    static let prefixQualifierScalars: [(word: [Unicode.Scalar], qualifier: Qualifier)] = prefixQualifiers.map { (Array($0.0.unicodeScalars), $0.1) }
    static let suffixQualifierScalars: [(word: [Unicode.Scalar], qualifier: Qualifier)] = suffixQualifiers.map { (Array($0.0.unicodeScalars), $0.1) }
    /// After a number, the words of dates, times and ordinals (2023年, 11月30日, 第六届).
    static let dateWords: ScalarSet = ["年", "月", "日", "号", "时", "届", "次"]
    static let rangeSeparators: ScalarSet = ["-", "—", "–", "~", "～", "至", "到", "－", "〜"]
    static let masks: ScalarSet = ["x", "X", "×", "*", "＊", "ｘ", "Ｘ"]

    /// Words whose numeral characters are not numbers.
    static let notNumbers: [String] = [
        "一切", "一看", "一起", "一些", "一样", "一直", "一定", "一般", "一致", "一体", "一道", "一律", "一旦", "一流", "一线", "一带",
        "统一", "唯一", "万一", "一同", "一边", "一面", "一心", "一贯", "一举", "一再", "一度", "一味", "一番", "一手", "一把手",
        "四川", "陆地", "陆续", "大陆", "登陆", "海陆", "着陆", "队伍", "入伍", "退伍", "伍仁", "收拾", "拾取", "拾起", "拾到", "夕拾",
        "放肆", "肆意", "肆无", "十足", "十分", "九九", "千万不", "万万不", "三农", "五湖四海", "七上八下", "一带一路",
        "十四五", "十三五", "十五五", "十二五", "十一五", "一成不变", "五角大楼", "百千万", "千万工程", "万企", "千企", "百企", "二十大", "十九大", "十八大", "三中全会", "四中全会", "五中全会", "一号文件",
    ]
    static let notNumberScalars: [[Unicode.Scalar]] = notNumbers.map { Array($0.unicodeScalars) }
    /// The words of `notNumbers` by their first scalar: every occurrence of a word is found where it starts.
    static let notNumberIndex: ScalarMap<[[Unicode.Scalar]]> = {
        var d: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for w in notNumberScalars { if let f = w.first { d[f, default: []].append(w) } }
        return ScalarMap(d)
    }()
    /// Financial numerals with a common word meaning count only next to another numeral.
    static let ambiguousAlone: ScalarSet = ["伍", "陆", "陸", "拾", "肆", "佰", "仟", "两", "兩", "万", "萬", "亿", "億", "兆", "千", "百"]
    static let classifiers = ScalarSet("个只斤吨块台双对位名件条张本次人打元辆匹头座栋雙對個隻".unicodeScalars)

    public static func parse(_ text: String, mode: Mode = .report) -> [Quantity] {
        parse(Array(text.unicodeScalars), mode: mode)
    }

    public static func parse(_ s: [Unicode.Scalar], mode: Mode = .report, damaged: [Range<Int>] = []) -> [Quantity] {
        // A number too large for a Double (400 digits, 九九…亿亿亿) is not a figure anyone reported: it is dropped
        // rather than carried as infinity into the index, the analysis and JSON (which cannot hold it).
        mergeBounds(scan(s, mode: mode, damaged: damaged), s).filter(\.isFinite)
    }

    static let boundConnectors: [String] = ["并且", "而且", "的同时", "同时", "并", "且", "，", ",", "、", "和", " "]

    /// "大于10小于20", "1000以上，1500以下", "不大于50不小于20": a lower and an upper bound next to each other are one range.
    static func mergeBounds(_ qs: [Quantity], _ s: [Unicode.Scalar]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < qs.count {
            let a = qs[i]
            if i + 1 < qs.count, a.range == nil, qs[i + 1].range == nil, a.amount != nil, qs[i + 1].amount != nil,
               a.qualifier != nil, qs[i + 1].qualifier != nil, gapIsConnector(s, a.end, qs[i + 1].start) {
                let b = qs[i + 1]
                let lower: (Quantity, Bool)? = a.qualifier == .moreThan ? (a, false) : a.qualifier == .atLeast ? (a, true)
                    : b.qualifier == .moreThan ? (b, false) : b.qualifier == .atLeast ? (b, true) : nil
                let upper: (Quantity, Bool)? = a.qualifier == .lessThan ? (a, false) : a.qualifier == .atMost ? (a, true)
                    : b.qualifier == .lessThan ? (b, false) : b.qualifier == .atMost ? (b, true) : nil
                if let lo = lower, let hi = upper, lo.0.start != hi.0.start, (lo.0.amount ?? 0) <= (hi.0.amount ?? 0) {
                    var m = a
                    m.text = s.text(a.start, b.end); m.end = b.end
                    m.qualifier = nil
                    m.range = ValueRange(lo: lo.0.baseValue ?? lo.0.amount ?? 0, hi: hi.0.baseValue ?? hi.0.amount ?? 0, loIncluded: lo.1, hiIncluded: hi.1)
                    m.range?.fromComparison = true
                    if m.unit == nil { m.unit = b.unit; m.baseUnit = b.baseUnit; m.dimension = b.dimension }
                    out.append(m); i += 2; continue
                }
            }
            out.append(a); i += 1
        }
        return out
    }

    static func gapIsConnector(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard b >= a, b - a <= 5 else { return false }
        var gap = s.text(a, b)
        for c in boundConnectors { gap = gap.replacingAll(c, with: "") }
        return gap.isEmpty
    }

    /// Every scalar a quantity can start with other than a qualifier: digits and numerals, signs, 百分之/千分之, 第,
    /// 比, 等于, currency symbols, masks, 半, 对/打.
    static let numberStartScalars = ScalarSet(numberStartList)
    static let numberStartList: [Unicode.Scalar] = {
        var set = Set<Unicode.Scalar>()
        for v in 0x30...0x39 { set.insert(Unicode.Scalar(UInt32(v))!) }
        for v in 0xFF10...0xFF19 { set.insert(Unicode.Scalar(UInt32(v))!) }
        for k in NumberGrammar.digits.keys { set.insert(k) }
        for k in NumberGrammar.smallUnits.keys { set.insert(k) }
        for k in NumberGrammar.bigUnits.keys { set.insert(k) }
        for (w, _) in perPrefixes { if let f = w.unicodeScalars.first { set.insert(f) } }
        for u in "负負-第比等$￥¥半对對百".unicodeScalars { set.insert(u) }
        for u in "xX×*＊ｘＸ".unicodeScalars { set.insert(u) }    // the masks
        return Array(set)
    }()

    /// The prefix qualifiers by first scalar, as indices into `prefixQualifierScalars` in its order (longest first).
    static let prefixQualifierIndex: ScalarMap<[Int]> = {
        var d: [Unicode.Scalar: [Int]] = [:]
        for (i, w) in prefixQualifierScalars.enumerated() { if let f = w.word.first { d[f, default: []].append(i) } }
        return ScalarMap(d)
    }()

    /// Every scalar a quantity can start with: a number start or the first of a qualifier (the scan's first test).
    static let possibleStarts = ScalarBitmap(prefixQualifierScalars.compactMap(\.word.first) + numberStartList)

    /// True when a prefix qualifier is written at `i` with what may start a figure right after it (a number, 百分之,
    /// 了 or a bare 万/亿; after blanks only for the recognizer): 近年来, 通过, 超前, 约束 are passed over.
    @inline(__always) static func qualifierAt(_ s: [Unicode.Scalar], _ i: Int, mode: Mode) -> Bool {
        guard let ws = prefixQualifierIndex[s[i]] else { return false }
        for w in ws {
            let word = prefixQualifierScalars[w].word
            guard s.has(word, at: i) else { continue }
            let after = NumberGrammar.skipBlanks(s, i + word.count, allowed: mode == .recognizer)
            if after < s.count, numberStartScalars.contains(s[after]) || s[after] == "了" { return true }
        }
        return false
    }

    package static func scan(_ s: [Unicode.Scalar], mode: Mode, damaged: [Range<Int>]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        let excluded = Exclusions(s)
        while i < s.count {
            // A scalar that starts no number can start a quantity only as the first of a qualifier written there
            // (超过, 约, 不低于): the common characters 大, 不, 高, 多 … are passed over without trying one.
            let u = s[i]
            if !possibleStarts.contains(u) || !numberStartScalars.contains(u) && !qualifierAt(s, i, mode: mode) || excluded[i] { i += 1; continue }
            if mode == .report, startsNothingInReports(s, i) { i += 1; continue }
            if damaged.contains(where: { $0.contains(i) }) { i += 1; continue }
            if let q = quantity(s, at: i, mode: mode, excluded: excluded) {
                if !damaged.contains(where: { $0.overlaps(q.start..<q.end) }) { out.append(q) }
                i = max(q.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// Start scalars that begin no quantity of report prose where they stand: 比 (a comparison, 比三十大, is read only
    /// by the recognizer), 第 (ordinals are dropped), 等 not before 于, 对 not after 打 (打对折), 半 not before 折 or 成.
    /// Common words (比上年, 第一, 等方面, 对于, 半年) are passed over without trying a quantity at each.
    @inline(__always) static func startsNothingInReports(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        switch s[i] {
        case "比", "第": return true
        case "等": return !(i + 1 < s.count && s[i + 1] == "于")
        case "对", "對": return !(i > 0 && s[i - 1] == "打")
        case "半": return !(i + 1 < s.count && (s[i + 1] == "折" || s[i + 1] == "成"))
        default: return false
        }
    }

    /// Scalars inside words that only look like numbers (`notNumbers`), and inside URLs: asked only where a
    /// quantity could start, so text without figures is not classified scalar by scalar.
    struct Exclusions {
        let s: [Unicode.Scalar]
        /// Scalars of URLs (http:, https: up to the next blank or non-ASCII scalar), when the text has one.
        let url: [Bool]?
        /// The longest word of `notNumbers`, in scalars.
        static let longest = QuantityParser.notNumberScalars.map(\.count).max() ?? 0

        init(_ s: [Unicode.Scalar]) {
            self.s = s
            var url: [Bool]?
            var i = 0
            while i + 7 < s.count {
                if s[i] == "h", s[i + 1] == "t", s[i + 2] == "t", s[i + 3] == "p", s[i + 4] == ":" || s[i + 5] == ":" {
                    if url == nil { url = [Bool](repeating: false, count: s.count) }
                    while i < s.count, s[i].value < 0x80, s[i] != " " { url?[i] = true; i += 1 }
                }
                i += 1
            }
            self.url = url
        }

        subscript(_ p: Int) -> Bool {
            if let url, url[p] { return true }
            var j = Swift.max(0, p - Self.longest + 1)
            while j <= p {
                if let words = QuantityParser.notNumberIndex[s[j]] {
                    for w in words where j + w.count > p && s.has(w, at: j) { return true }
                }
                j += 1
            }
            return false
        }
    }

    /// End of `w` at `i` when its characters may be separated by blanks ("百 分 之", "个 百 分点"), or nil.
    static func matchSpaced(_ s: [Unicode.Scalar], _ i: Int, _ w: String) -> Int? {
        var k = i
        for (n, u) in w.unicodeScalars.enumerated() {
            if n > 0 { k = NumberGrammar.skipBlanks(s, k, allowed: true) }
            guard k < s.count, s[k] == u || (u == "个" && s[k] == "個") || (u == "点" && s[k] == "點") else { return nil }
            k += 1
        }
        return k
    }


    /// 万元, 亿元, 万亿元 after a qualifier (逾万人, 突破万亿元): a bare multiplier run, then a unit.
    static func bareMultiplierUnit(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < s.count, k - i < 2, s[k] == "万" || s[k] == "亿" { k += 1 }
        return k > i && k < s.count && Units.match(s, at: k) != nil
    }

    static func quantity(_ s: [Unicode.Scalar], at i: Int, mode: Mode, excluded: Exclusions) -> Quantity? {
        var start = i, k = i
        var qualifier: Qualifier?
        var negative = false
        var percentPrefix = false
        var ordinal = false

        // Prefix qualifiers and signs.
        for wi in prefixQualifierIndex[s[k]] ?? [] {
            let (w, q) = prefixQualifierScalars[wi]
            guard s.has(w, at: k) else { continue }
            let after = NumberGrammar.skipBlanks(s, k + w.count, allowed: mode == .recognizer)
            if after < s.count, startsNumber(s, after) || s.has("百分之", at: after) || s.has("了", at: after)
                || bareMultiplierUnit(s, at: after) {
                qualifier = q; k = after
                if s.has("了", at: k) { k += 1 }
                break
            }
        }
        // 负 is a minus sign, but not in 减负/担负/抱负/正负 (为企业减负3.2亿元 relieves 3.2亿元).
        let wordNegative = k < s.count && (s[k] == "负" || s[k] == "負") && !(k > 0 && "减減担擔抱正胜勝自欺".unicodeScalars.contains(s[k - 1]))
        if k < s.count, wordNegative || (s[k] == "-" && k + 1 < s.count && NumberGrammar.isArabic(s[k + 1]) && (k == 0 || !NumberGrammar.isArabic(s[k - 1]))) {
            if k + 1 < s.count, startsNumber(s, k + 1) { negative = true; k += 1 }
        }
        if k < s.count, s[k] == "百", let pe = matchSpaced(s, k, "百分之") {
            percentPrefix = true
            k = NumberGrammar.skipBlanks(s, pe, allowed: true)
        }
        if s.has("半百", at: k) { var r = Quantity(text: "半百", start: k, end: k + 2, value: 50, unit: nil, baseValue: 50, baseUnit: nil, dimension: .number); r.amount = 50; return mode == .recognizer ? r : nil }
        // 比三十大, 比 170 低: a comparison with the number in the middle.
        if mode == .recognizer, s[k] == "比", let q0 = comparative(s, at: k) { return q0 }
        // x等于一百七: an exact value, as a one-point range.
        var exact = false
        if qualifier == nil, s.has("等于", at: k), k + 2 < s.count, startsNumber(s, k + 2) {
            exact = true; start = k; k += 2
        }
        // 千分之二, 万分之三: parts per thousand, ten thousand … as percentages.
        if !percentPrefix, k < s.count, perPrefixFirsts.contains(s[k]) {
            for (w, den) in perPrefixes {
                guard let pe = matchSpaced(s, k, w), let num = NumberGrammar.parse(s, at: NumberGrammar.skipBlanks(s, pe, allowed: true)) else { continue }
                let v = Quantity.clean(num.value * 100 / den)
                var r = Quantity(text: s.text(start, num.end), start: start, end: num.end, value: v, unit: "%", baseValue: v, baseUnit: "%", dimension: .percent)
                r.amount = v
                return r
            }
        }
        // $20, ￥300.
        if let cur = currencySymbols[s[k]], k + 1 < s.count, NumberGrammar.isArabic(s[k + 1]), let (v, ve) = NumberGrammar.arabic(s, k + 1) {
            var r = Quantity(text: s.text(k, ve), start: k, end: ve, value: v, unit: cur, baseValue: v, baseUnit: cur, dimension: .money)
            r.amount = v
            return r
        }
        // 七折, 九九折, 三成半, 对折: discounts and tenths.
        if !percentPrefix, let d = discount(s, at: k) { return d }
        if s[k] == "第", k + 1 < s.count, startsNumber(s, k + 1) { ordinal = true; k += 1 }
        if qualifier == nil && !negative && !percentPrefix && !ordinal { start = k }

        // Redaction placeholders: xx, x.x, xx.xx, *, ***.*, ××, xx0.9 — followed by a unit or %.
        if masks.contains(s[k]), let red = redaction(s, at: k, start: start, qualifier: qualifier) { return red }

        let bareMultiplier = qualifier != nil && k < s.count && (s[k] == "万" || s[k] == "亿" || s[k] == "萬" || s[k] == "億")
        // (签约亿元以上项目: 约 of 签约 is no qualifier, and 亿元以上 a class.)
        if bareMultiplier, qualifier == .approx, !(start > 0 && "签制预契节公条合邀集".unicodeScalars.contains(s[start - 1])),
           let blank = missingNumber(s, at: k, start: start) { return blank }
        guard k < s.count, startsNumber(s, k) || bareMultiplier, !excluded[k] else { return nil }
        // Inside a run such as 二三十 that is not one number.
        if k > 0, let prev = NumberGrammar.digitOf[s[k - 1]], prev != 0, NumberGrammar.digitOf[s[k]] != nil || NumberGrammar.smallUnitOf[s[k]] != nil { return nil }
        guard var p = NumberGrammar.parse(s, at: k, bareMultiplier: qualifier != nil) else { return nil }
        var end = p.end

        // A fraction: X分之Y; 千分之/万分之 written without a leading digit are per-mille and smaller percentages.
        var perCent = false
        if !percentPrefix, let frac = fraction(s, numerator: p, at: end) {
            perCent = NumberGrammar.smallUnitOf[s[k]] != nil || NumberGrammar.bigUnitOf[s[k]] != nil
            p = frac.0; end = frac.1
        }
        // A whole and a fraction: 三百五又三分之一, 3又一千分之23.
        let you = NumberGrammar.skipBlanks(s, end, allowed: true)
        if !percentPrefix, !perCent, you < s.count, s[you] == "又", let f0 = NumberGrammar.parse(s, at: NumberGrammar.skipBlanks(s, you + 1, allowed: true)),
           let frac = fraction(s, numerator: f0, at: f0.end) {
            let whole = p.value
            p = frac.0; p.value = whole < 0 ? whole - p.value : whole + p.value; p.written = p.value; end = frac.1
        }
        // a/b and "1 4/3".
        if mode == .recognizer, !percentPrefix, p.hasArabic, end + 1 < s.count, s[end] == "/", let (den, de) = NumberGrammar.arabic(s, end + 1), den != 0 {
            p.value /= den; p.written = p.value; end = de
        } else if mode == .recognizer, p.hasArabic, end + 2 < s.count, s[end] == " ", let (num, ne) = NumberGrammar.arabic(s, end + 1),
                  ne + 1 < s.count, s[ne] == "/", let (den, de) = NumberGrammar.arabic(s, ne + 1), den != 0 {
            p.value += num / den; p.written = p.value; end = de
        }
        if perCent { percentPrefix = true; p.value *= 100 }

        // Report-mode filters for dates, years, ordinals, slogans.
        if mode == .report {
            if ordinal { return nil }
            if end < s.count, dateWords.contains(s[end]), !p.approximate, p.multiplier.isEmpty {
                // "2023年", "11月30日", "第六届"; but "3年" durations are not amounts either.
                if s[end] != "次" || !p.hasArabic || end + 1 < s.count && s[end + 1] == "会" { return nil }
            }
            if end < s.count, s[end] == "+" || s[end] == "＋" { return nil }
            if s.has("周年", at: end) || s.has("周岁", at: end) { return nil }
            if k > 0, s[k - 1] == "+" || s[k - 1] == "＋" || s[k - 1] == "〔" || s[k - 1] == "[" { return nil }
        }

        var value = p.value
        var written = p.written
        var unitText = p.multiplier.isEmpty ? nil : p.multiplier
        var base: String?
        var baseValue = p.value
        var dimension: Dimension = .number
        var e = end
        var halfAdded = false
        if p.approximate && qualifier == nil { qualifier = .moreThan }

        // 余/多 between the number and its unit: 4000余万元, 300余人.
        if e < s.count, NumberGrammar.approx.contains(s[e]), !p.approximate {
            if qualifier == nil { qualifier = .moreThan }
            e += 1
            if e < s.count, let bu = NumberGrammar.bigUnitOf[s[e]] {
                value *= bu; baseValue = value
                unitText = (unitText ?? "") + (s[e] == "萬" ? "万" : s[e] == "億" ? "亿" : String(s[e]))
                e += 1
            }
        }

        if percentPrefix {
            unitText = "%"; base = "%"; dimension = .percent; written = p.value; baseValue = p.value; value = p.value
        } else {
            // PDF copies set the unit apart (18420 元, and pdftotext -layout may widen the gap): up to three blanks
            // before a unit written in Han characters or % are allowed.
            var ue = NumberGrammar.skipBlanks(s, e, allowed: mode == .recognizer)
            if mode == .report, ue == e {
                let b = NumberGrammar.skipBlanks(s, e, allowed: true)
                if b > e, b - e <= 3, b < s.count, s[b] == "%" || HanClass.isHan(s[b]) && Units.match(s, at: b) != nil { ue = b }
            }
            if ue < s.count, s[ue] == "%" || s[ue] == "％" || s[ue] == "‰" {
                let permille = s[ue] == "‰"
                // Per mille stays in per mille (人口自然增长率7.8‰): the unit the report writes, as for every other unit.
                unitText = permille ? "‰" : "%"; base = permille ? "‰" : "%"; dimension = .percent
                written = p.value; baseValue = p.value; e = ue + 1
            } else if let pe = matchSpaced(s, ue, "个百分点") ?? matchSpaced(s, ue, "百分点") {
                unitText = "pp"; base = "pp"; dimension = .percentagePoint; written = p.value; baseValue = p.value
                e = pe
            } else if let (unit, ue2) = Units.match(s, at: ue), !(unit.spelling == "两" && p.multiplier.isEmpty && !p.hasUnitChar && p.value < 10 && mode == .report),
                      !unitStartsWord(unit.spelling, s, ue2) {
                unitText = (unitText ?? "") + unit.spelling
                base = unit.base; dimension = unit.dimension
                baseValue = p.value * unit.factor
                e = ue2
                if unit.spelling == "打" { baseValue = p.value * 12; base = nil; dimension = .number; unitText = nil }
                // 20个比特币: a classifier before a currency.
                if unit.spelling == "个", let (u2, e3) = Units.match(s, at: e), u2.dimension == .money {
                    unitText = u2.spelling; base = u2.base; dimension = .money; baseValue = p.value * u2.factor; e = e3
                }
                // 五元三毛, 50元6角三分, 两美元又三美分: smaller coins added to the amount.
                if dimension == .money, base == "元" || base == "美元", p.multiplier.isEmpty {
                    var k2 = e
                    for _ in 0..<2 {
                        var k3 = k2
                        if k3 < s.count, s[k3] == "又" { k3 += 1 }
                        guard k3 < s.count, startsNumber(s, k3), let c = NumberGrammar.parse(s, at: k3), c.value < 100 else { break }
                        var f = 0.0, len = 0
                        for (w, fv) in [("美分", 0.01), ("角", 0.1), ("毛", 0.1), ("分", 0.01)] where s.has(w, at: c.end) { f = fv; len = w.unicodeScalars.count; break }
                        guard len > 0 else { break }
                        value += c.value * f; written += c.value * f; baseValue += c.value * f; k2 = c.end + len
                    }
                    if k2 > e { e = k2; halfAdded = true }
                }
                // 一吨半, 三斤半: and a half.
                if e < s.count, s[e] == "半", p.multiplier.isEmpty, !p.hasUnitChar || p.value >= 10 {
                    value += 0.5; written += 0.5; baseValue = value * unit.factor; e += 1; halfAdded = true
                }
            } else if mode == .recognizer, ue < s.count, s[ue] == "打" {
                baseValue = p.value * 12; e = ue + 1
            }
        }
        var amount = base == "%" || base == "pp" ? written : (unitText == nil && dimension == .number ? baseValue : (halfAdded ? value : p.value))
        if negative { value = -value; written = -written; baseValue = -baseValue; amount = -amount }


        // Report mode: a Chinese numeral alone is not a quantity ("一是", "三个一"); it needs a unit or percent.
        if mode == .report, !p.hasArabic, base == nil, unitText == nil || !p.hasUnitChar { return nil }
        if mode == .report, !p.hasArabic, base == nil, p.value < 10000 { return nil }
        // "落户一家", "一批项目", "二期", "三方": a lone Chinese digit is a word, not a statistic.
        if mode == .report, !p.hasArabic, !p.hasUnitChar, !p.approximate, dimension != .percent { return nil }
        // Recognizer mode: a lone character with a common word meaning is not a number.
        if mode == .recognizer, !p.hasArabic, p.chineseCount == 1, e - k == 1, ambiguousAlone.contains(s[k]),
           !(s[k] == "两" && (k + 1 >= s.count || classifiers.contains(s[k + 1]) || s[k + 1] == "小")) {
            if !(s[k] == "百" || s[k] == "千") || base == nil { return nil }
        }

        // Suffix qualifiers.
        let sq = NumberGrammar.skipBlanks(s, e, allowed: mode == .recognizer)
        for (w, q) in suffixQualifierScalars where s.has(w, at: sq) {
            qualifier = qualifier ?? q; e = sq + w.count; break
        }

        // A range: 7-7.5%, 6%—6.5%, 5至6个, 20 - 100个, 10000与20000之间.
        var range: ValueRange?
        let afterBlank = NumberGrammar.skipBlanks(s, e, allowed: true)
        let between = afterBlank < s.count && (s[afterBlank] == "与" || s[afterBlank] == "和") && betweenFollows(s, afterBlank + 1)
        if afterBlank < s.count, rangeSeparators.contains(s[afterBlank]) || between {
            var sep = afterBlank
            while sep < s.count, rangeSeparators.contains(s[sep]) || (between && sep == afterBlank) { sep += 1 }
            sep = NumberGrammar.skipBlanks(s, sep, allowed: true)
            if sep - e <= 4, sep < s.count, startsNumber(s, sep), let q2 = NumberGrammar.parse(s, at: sep) {
                var e2 = q2.end
                var sameUnit = false
                var hi = q2.value
                // 30-50亿元, 1至2万人: a bare lower bound shares the upper bound's 万/亿 (30亿 to 50亿, not 30 to 50亿).
                let sharedScale = base == nil && unitText == nil && p.multiplier.isEmpty && !q2.multiplier.isEmpty
                    && p.value * q2.multiplierValue <= q2.value ? q2.multiplierValue : 1
                if s.indices.contains(e2), s[e2] == "%" || s[e2] == "％" { e2 += 1; sameUnit = base == "%" || base == nil }
                else if let (u2, ee) = Units.match(s, at: e2) { sameUnit = base == nil || u2.base == base; if sameUnit { base = u2.base; dimension = u2.dimension; unitText = (q2.multiplier.isEmpty ? "" : q2.multiplier) + u2.spelling; hi = q2.value * u2.factor; e2 = ee } }
                else if base != nil { sameUnit = true; hi = q2.value * (baseValue / max(value, 1e-300)) }
                else { sameUnit = true }
                let isYear = value >= 1900 && value <= 2100 && q2.value >= 1900 && q2.value <= 2100 && !(base == "%")
                if sameUnit, !isYear, q2.value >= p.value {
                    if sharedScale != 1 {
                        let factor = hi / q2.value
                        baseValue = p.value * sharedScale * factor
                        if dimension == .number, unitText == nil { amount = baseValue }
                    }
                    if base == "%" && unitText == nil { unitText = "%" }
                    if unitText == "%" || (e2 > q2.end && (s[q2.end] == "%" || s[q2.end] == "％")) { unitText = "%"; base = "%"; dimension = .percent; hi = q2.value }
                    range = ValueRange(lo: baseValue, hi: hi)
                    e = e2
                    if between {
                        if e < s.count, s[e] == "之" { e += 1 }
                        if e < s.count, s[e] == "间" || s[e] == "間" { e += 1 }
                    }
                    for (w, q) in suffixQualifierScalars where s.has(w, at: e) { qualifier = qualifier ?? q; e += w.count; break }
                }
            }
        }
        if mode == .report, range == nil, base == nil, value >= 1900, value <= 2100, p.hasArabic, p.multiplier.isEmpty, !p.approximate, floor(value) == value {
            // A bare year-like number with no unit ("2023-2024年度", "2023 年").
            return nil
        }

        // The number as written: 38.6 in 38.6亿元 (the multiplier belongs to the unit).
        let displayValue = unitText == nil || (base != "%" && base != "pp" && p.multiplier.isEmpty) ? value : written
        // Report mode keeps bare numbers only when they carry a multiplier (1.5万); "6大产业" is not a quantity —
        // except a price index (居民消费价格指数控制在103左右, 指数102.2): its change in percent is the base value.
        if mode == .report, unitText == nil, base == nil {
            guard range == nil, value >= 80, value <= 130, priceIndexBefore(s, start) else { return nil }
            var q = Quantity(text: s.text(start, e), start: start, end: e, value: Quantity.clean(value), unit: nil,
                             baseValue: Quantity.clean(value - 100), baseUnit: "%", dimension: .percent, qualifier: qualifier)
            q.amount = Quantity.clean(value)
            return q
        }
        if exact, range == nil {
            if mode == .report { return nil }
            var r = ValueRange(lo: baseValue, hi: baseValue); r.fromComparison = true; range = r
        }
        var q = Quantity(text: s.text(start, e), start: start, end: e, value: Quantity.clean(displayValue), unit: unitText,
                         baseValue: Quantity.clean(baseValue), baseUnit: base, dimension: dimension, qualifier: qualifier, range: range, ordinal: ordinal)
        q.amount = Quantity.clean(amount)
        if var r = range { r.lo = Quantity.clean(r.lo); r.hi = Quantity.clean(r.hi); q.range = r }
        return q
    }

    /// Whether 指数 ends the words just before `start`, with at most a short verb between (控制在, 为, 保持在).
    static func priceIndexBefore(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 4, s[k] != "数", HanClass.isHan(s[k]) { k -= 1 }
        return k >= 1 && s[k] == "数" && s[k - 1] == "指" && (k >= 3 && s[k - 3] == "价" && s[k - 2] == "格")
    }
}
