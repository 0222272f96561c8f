/// Recognises GB/T 9704 heading numbering at the start of a line: 一、 （一） 1. 1、 （1） ① 第一部分,
/// with ASCII or full-width brackets and punctuation.
public enum HeadingMarkers {
    public struct Match: Sendable, Equatable {
        public var kind: HeadingKind
        public var ordinal: Int
        /// Scalars consumed by the marker, including trailing blanks.
        public var length: Int
    }

    package static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    /// Value of a short Chinese numeral (一 … 九十九), and its length, at `i`.
    package static func chineseNumeral(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var j = i, value = 0, current = 0, sawAny = false
        while j < s.count, j - i < 4 {
            let u = s[j]
            if let d = chineseDigits[u], u != "两" || j == i { current = d; sawAny = true }
            else if u == "十" || u == "拾" {
                value += (current == 0 && !sawAny ? 1 : current) * 10; current = 0; sawAny = true
            } else { break }
            j += 1
        }
        guard sawAny, j > i else { return nil }
        return (value + current, j - i)
    }

    package static func digits(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < s.count, j - i < 3, HanClass.isDigit(s[j]) { v = v * 10 + Int(s[j].value - 48); j += 1 }
        return j > i ? (v, j - i) : nil
    }

    package static func skipBlanks(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, HanClass.isSpace(s[j]) { j += 1 }
        return j
    }

    package static let open: ScalarSet = ["(", "（", "〔"]
    package static let close: ScalarSet = [")", "）", "〕"]

    /// The marker at `i` (default: the start of the line), or nil.
    public static func match(_ s: [Unicode.Scalar], at start: Int = 0) -> Match? {
        let i = skipBlanks(s, start)
        guard i < s.count else { return nil }
        let u = s[i]
        // ① … ⑳
        if (0x2460...0x2473).contains(u.value) {
            return Match(kind: .circled, ordinal: Int(u.value - 0x2460) + 1, length: skipBlanks(s, i + 1) - start)
        }
        // 第一部分 / 第一章 / 第一篇
        if u == "第", let (n, len) = chineseNumeral(s, i + 1) {
            let j = i + 1 + len
            for word in ["部分", "章", "篇"] {
                let w = Array(word.unicodeScalars)
                if j + w.count <= s.count, Array(s[j..<(j + w.count)]) == w {
                    var k = skipBlanks(s, j + w.count)
                    if k < s.count, s[k] == "、" || s[k] == ":" || s[k] == "：" { k = skipBlanks(s, k + 1) }
                    return Match(kind: .chapter, ordinal: n, length: k - start)
                }
            }
            return nil
        }
        // （一） （1） and (1)
        if open.contains(u) {
            let j = skipBlanks(s, i + 1)
            if let (n, len) = chineseNumeral(s, j) {
                let k = skipBlanks(s, j + len)
                if k < s.count, close.contains(s[k]) {
                    var e = k + 1
                    if e < s.count, s[e] == "、" || s[e] == "." { e += 1 }
                    return Match(kind: .chineseParen, ordinal: n, length: skipBlanks(s, e) - start)
                }
            } else if let (n, len) = digits(s, j) {
                let k = skipBlanks(s, j + len)
                if k < s.count, close.contains(s[k]) {
                    var e = k + 1
                    if e < s.count, s[e] == "、" || s[e] == "." { e += 1 }
                    return Match(kind: .arabicParen, ordinal: n, length: skipBlanks(s, e) - start)
                }
            }
            return nil
        }
        // 一、 一. 一．
        if let (n, len) = chineseNumeral(s, i) {
            let k = i + len
            if k < s.count, s[k] == "、" || s[k] == "．" || (s[k] == "." && k + 1 < s.count && !HanClass.isDigit(s[k + 1])) {
                return Match(kind: .chineseComma, ordinal: n, length: skipBlanks(s, k + 1) - start)
            }
            return nil
        }
        // 1. 1、 1． 1) — but not 1.5万 or 2023年
        if let (n, len) = digits(s, i), len <= 2 {
            let k = i + len
            guard k < s.count else { return nil }
            if s[k] == "、" || s[k] == "．" {
                return Match(kind: .arabicDot, ordinal: n, length: skipBlanks(s, k + 1) - start)
            }
            if s[k] == "." {
                guard k + 1 < s.count, !HanClass.isDigit(s[k + 1]), s[k + 1] != "." else { return nil }
                return Match(kind: .arabicDot, ordinal: n, length: skipBlanks(s, k + 1) - start)
            }
            if s[k] == ")" || s[k] == "）" {
                return Match(kind: .arabicParen, ordinal: n, length: skipBlanks(s, k + 1) - start)
            }
        }
        return nil
    }

    public static func startsWithMarker(_ s: [Unicode.Scalar]) -> Bool { match(s) != nil }
}

/// The numbering style of a heading, in GB/T 9704 order.
public enum HeadingKind: String, Sendable, Codable {
    case chapter            // 第一部分 / 第一章
    case chineseComma       // 一、
    case chineseParen       // （一）
    case arabicDot          // 1. 1、 1．
    case arabicParen        // （1） 1)
    case circled            // ①
    case unnumbered         // a bold or free-standing title line without numbering
    case topic              // topic-sentence / bold lead sub-section
    case part               // one excerpt of a fragments file

    /// Nesting rank: a heading closes every open heading of the same or a greater rank.
    public var rank: Int {
        switch self {
        case .part: return -1
        case .chapter: return 0
        case .unnumbered: return 1
        case .chineseComma: return 1
        case .chineseParen: return 2
        case .arabicDot: return 3
        case .arabicParen: return 4
        case .circled: return 5
        case .topic: return 6
        }
    }
}
