import ReportText

/// The number grammar: Arabic numbers (grouping commas, decimals, full-width digits), Chinese
/// numerals (一千五百, 两万三千, 壹佰, 〇/零, 萬/億/兩), mixed forms (1.5万, 3亿4500万, 5万4千),
/// decimals with 点, omitted trailing units (一万三 = 13000), and 余/多/几 approximations.
/// Works on Unicode scalars; blanks between numeral tokens are allowed ("一百 五 十 二").
enum NumberGrammar {
    package static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2, "俩": 2,
        "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
        "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let smallUnits: [Unicode.Scalar: Double] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let bigUnits: [Unicode.Scalar: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12]
    package static let approx: ScalarSet = ["余", "多", "几", "幾", "來", "来"]
    /// The same tables for per-scalar lookups while scanning.
    static let digitOf = ScalarMap(digits), smallUnitOf = ScalarMap(smallUnits), bigUnitOf = ScalarMap(bigUnits)

    struct Parsed {
        package var value: Double
        /// Where the number ends (exclusive).
        package var end: Int
        /// Value before the trailing 万/亿 multipliers, and those multipliers ("万", "亿", "万亿"), when written.
        package var written: Double
        var multiplier: String
        var multiplierValue: Double
        var approximate: Bool
        var hasArabic: Bool
        /// Number of Chinese numeral scalars used.
        var chineseCount: Int
        var hasUnitChar: Bool
    }

    @inline(__always) static func isArabic(_ u: Unicode.Scalar) -> Bool { (0x30...0x39).contains(u.value) || (0xFF10...0xFF19).contains(u.value) }
    @inline(__always) static func arabicValue(_ u: Unicode.Scalar) -> Int { Int(u.value >= 0xFF10 ? u.value - 0xFF10 : u.value - 0x30) }
    @inline(__always) static func isNumeralChar(_ u: Unicode.Scalar) -> Bool {
        digitOf[u] != nil || smallUnitOf[u] != nil || bigUnitOf[u] != nil || isArabic(u)
    }

    /// An Arabic number at `i`: digits with optional grouping commas and a decimal part.
    static func arabic(_ s: [Unicode.Scalar], _ i: Int) -> (Double, Int)? {
        var j = i
        var intPart = 0.0, sawDigit = false, digits = 0
        while j < s.count {
            if isArabic(s[j]) { intPart = intPart * 10 + Double(arabicValue(s[j])); sawDigit = true; digits += 1; j += 1; continue }
            // Grouping comma: exactly three digits follow.
            // ASCII commas group digits; a full-width comma only between full-width digits ("９，９９９").
            if (s[j] == "," || (s[j] == "，" && s[j - 1].value >= 0xFF10 && j + 1 < s.count && s[j + 1].value >= 0xFF10)) && sawDigit, j + 3 < s.count,
               (1...3).allSatisfy({ j + $0 < s.count && isArabic(s[j + $0]) }), !(j + 4 < s.count && isArabic(s[j + 4])) {
                j += 1; continue
            }
            break
        }
        guard sawDigit else { return nil }
        var value = intPart
        if j + 1 < s.count, s[j] == "." || s[j] == "．", isArabic(s[j + 1]) {
            j += 1
            var scale = 0.1
            while j < s.count, isArabic(s[j]) { value += Double(arabicValue(s[j])) * scale; scale /= 10; digits += 1; j += 1 }
        }
        // More digits than any reported figure has (a 400-digit run): consumed whole, so scanning stays linear,
        // but marked as no number (not finite), which the parser drops.
        if digits > 40 { value = .infinity }
        // 15k, 3.2K: thousands (not km, kg, kW).
        if j < s.count, s[j] == "k" || s[j] == "K" || s[j] == "ｋ" || s[j] == "Ｋ",
           !(j + 1 < s.count && (s[j + 1].properties.isAlphabetic && s[j + 1].value < 0x80)) {
            value *= 1000; j += 1
        }
        return (value, j)
    }

    package static func skipBlanks(_ s: [Unicode.Scalar], _ i: Int, allowed: Bool) -> Int {
        guard allowed else { return i }
        var j = i
        while j < s.count, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
        return j
    }

    /// Parses a number starting at `i`, or nil.
    package static func parse(_ s: [Unicode.Scalar], at i: Int, blanks: Bool = true, bareMultiplier: Bool = false) -> Parsed? {
        var total = 0.0, section = 0.0
        var number: Double? = nil
        var lastUnit = 0.0, lastBig = 0.0, zeroSinceUnit = false
        var j = i, end = i
        var hasArabic = false, chineseCount = 0, approximate = false, hasUnitChar = false
        var multiplier = "", multiplierValue = 1.0, writtenBeforeMultiplier: Double? = nil
        var tokens = 0

        func flushSection() -> Double { section + (number ?? 0) }

        while j < s.count {
            let u = s[j]
            if isArabic(u) {
                if number != nil && !(number == 0 && zeroSinceUnit) { break }     // two numbers in a row
                guard let (v, e) = arabic(s, j) else { break }
                // An Arabic number after a decimal part cannot continue a Chinese numeral like "一2".
                if chineseCount > 0, lastUnit == 0 { break }
                number = v; hasArabic = true; j = e; end = e; tokens += 1
                zeroSinceUnit = false
                j = skipBlanks(s, j, allowed: blanks && j < s.count && !isArabic(s[j]))
                continue
            }
            if let d = digitOf[u] {
                // 9万亿三个大台阶: a Chinese digit after an Arabic number and its 万/亿 starts another word.
                if hasArabic, lastBig > 0, d != 0 { break }
                if let n = number, !(n == 0 && zeroSinceUnit) {
                    // "二三十" — two digits without a unit between them are not one number; "二两" is 2 of the unit 两.
                    if d != 0 { if n != 0 && !hasArabic && u != "两" && u != "兩" { return nil }; break }
                }
                if d == 0 {
                    zeroSinceUnit = true
                    if number == nil { number = 0 }
                    else if number != 0 { break }
                } else {
                    number = Double(d)
                }
                chineseCount += 1; j += 1; end = j; tokens += 1
                if approximate { break }
                j = skipBlanks(s, j, allowed: blanks)
                continue
            }
            if let su = smallUnitOf[u] {
                // 千米, 千克, 千瓦: the character starts a unit, not a multiplier.
                if tokens > 0, let (unit, _) = Units.match(s, at: j), unit.spelling.unicodeScalars.first == u, unit.spelling.unicodeScalars.count > 1 { break }
                // 十 at the start means 一十; elsewhere a unit needs a number unless after 零 (零十 = 10).
                let n = (number == 0 && zeroSinceUnit && su == 10) ? 1 : number ?? ((tokens == 0 || zeroSinceUnit || lastUnit >= 1e4) && su == 10 ? 1 : (tokens == 0 && su >= 100 ? 1 : nil))
                guard let nn = n else { break }
                if lastUnit != 0, su >= lastUnit, lastUnit < 1e4 { break }     // 一百千 is not a number
                section += nn * su
                number = nil; lastUnit = su; zeroSinceUnit = false
                chineseCount += 1; hasUnitChar = true; j += 1; end = j; tokens += 1
                j = skipBlanks(s, j, allowed: blanks)
                continue
            }
            if let bu = bigUnitOf[u] {
                // 兆字节, 兆赫兹, 兆瓦: the character starts a unit.
                if u == "兆", tokens > 0, let (unit, _) = Units.match(s, at: j), unit.spelling.unicodeScalars.first == u { break }
                if tokens == 0 && bareMultiplier { number = 1 }   // 逾万人, 超亿元
                let v = flushSection()
                if tokens == 0 && !bareMultiplier { break }     // 万 alone is not a number
                if writtenBeforeMultiplier == nil, lastBig == 0 { writtenBeforeMultiplier = v }
                if v == 0 && total > 0 {
                    total *= bu                            // 万亿, 万万
                } else if bu > lastBig && lastBig > 0 {
                    total = (total + v) * bu
                } else {
                    total += v * bu
                }
                if v == 0 && total == 0 { break }
                // 万万 stands for 亿.
                lastBig = bu == 1e4 && lastBig == 1e4 && v == 0 ? 1e8 : max(lastBig, bu)
                section = 0; number = nil; lastUnit = bu; zeroSinceUnit = false
                chineseCount += 1; hasUnitChar = true; j += 1; end = j; tokens += 1
                multiplier.unicodeScalars.append(u == "萬" ? "万" : u == "億" ? "亿" : u)
                multiplierValue *= bu
                j = skipBlanks(s, j, allowed: blanks)
                continue
            }
            if approx.contains(u), tokens > 0, !approximate {
                // 十余万, 二十几万, 一百零几万, 500余万: the approximation holds the place of a digit.
                approximate = true
                j += 1; end = j
                j = skipBlanks(s, j, allowed: blanks)
                continue
            }
            break
        }
        guard tokens > 0 else { return nil }
        // An omitted trailing unit: 两千四百五 = 2450, 一万三 = 13000, 百三 = 130.
        if let n = number, !zeroSinceUnit, lastUnit >= 10, chineseCount > 0,
           digitsOnlyTail(s, i, end) {
            number = n * lastUnit / 10
        }
        var value = total + section + (number ?? 0)
        if multiplier.isEmpty { writtenBeforeMultiplier = nil }
        var written = writtenBeforeMultiplier ?? value
        if !multiplier.isEmpty, let w = writtenBeforeMultiplier, abs(w * multiplierValue - value) > 1e-6 * max(1, abs(value)) {
            // Mixed forms like 3亿4500万: keep the whole number, no written multiplier.
            written = value; multiplier = ""; multiplierValue = 1
        }
        // A decimal part written with 点: 十五点七, 两千万点五五四四 (only 零–九 after 点).
        var e = end
        let dot = skipBlanks(s, end, allowed: blanks)
        if dot < s.count, s[dot] == "点" || s[dot] == "點", dot + 1 < s.count, !hasArabic || chineseCount > 0 {
            e = dot
            var k = skipBlanks(s, e + 1, allowed: blanks)
            var scale = 0.1, frac = 0.0, got = false
            while k < s.count, let d = digitOf[s[k]], s[k] != "两" && s[k] != "兩" && s[k] != "倆" {
                frac += Double(d) * scale; scale /= 10; got = true; k += 1
            }
            if got {
                value += frac
                if multiplier.isEmpty { written = value } else { written += frac / multiplierValue }
                e = k
            }
        }
        return Parsed(value: value, end: e, written: written, multiplier: multiplier, multiplierValue: multiplierValue,
                      approximate: approximate, hasArabic: hasArabic, chineseCount: chineseCount, hasUnitChar: hasUnitChar)
    }

    /// True when the last token before `end` is a bare Chinese digit directly after a unit character.
    static func digitsOnlyTail(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var k = end - 1
        while k > start, s[k] == " " { k -= 1 }
        guard k > start, digitOf[s[k]] != nil, digitOf[s[k]] != 0 else { return false }
        var p = k - 1
        while p >= start, s[p] == " " { p -= 1 }
        guard p >= start else { return false }
        return smallUnitOf[s[p]] != nil || bigUnitOf[s[p]] != nil
    }
}
