import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

/// Sentence and clause boundaries in a paragraph's scalars, bounded so that text without punctuation
/// stays linear.
package enum Sentence {
    package static let sentenceEnds: ScalarSet = ["。", "；", ";", "！", "？", "!", "?"]
    static let fullStops: ScalarSet = ["。", "！", "？", "!", "?"]
    static let clauseEnds: ScalarSet = ["，", ",", "：", ":", "。", "；", ";", "！", "？", "（", "(", "）", ")"]
    /// The commas and semicolons between the clauses of a sentence (not its parentheses or colons).
    static let clauseBreaks: ScalarSet = ["，", ",", "；", ";"]

    /// How far a sentence or clause reaches from a figure at most. Real sentences stop long before; text
    /// without punctuation (a megabyte on one line) would otherwise make every figure's sentence the whole
    /// paragraph, and reading quadratic.
    static let maxReach = 1000

    /// The longest text a figure keeps as its sentence (no real sentence of the corpus reaches it: the longest
    /// is 805). Past it — a statistical table flattened into one line, text without full stops — the figure's
    /// clause stands for its sentence, or a window around the figure, so a figure's text and the work spent
    /// on it stay bounded however long the line is.
    static let maxText = 512

    /// The start of the sentence (or clause, by `set`) that holds position `i`.
    package static func boundary(_ s: [Unicode.Scalar], before i: Int, in set: ScalarSet) -> Int {
        var k = min(i, s.count) - 1
        let limit = max(0, k - maxReach)
        while k >= limit { if set.contains(s[k]) { return k + 1 }; k -= 1 }
        return limit
    }

    /// The end (after its closing mark) of the sentence (or clause) that holds position `i`.
    package static func boundaryAfter(_ s: [Unicode.Scalar], from i: Int, in set: ScalarSet) -> Int {
        var k = i
        let limit = min(s.count, i + maxReach)
        while k < limit { if set.contains(s[k]) { return k + 1 }; k += 1 }
        return limit
    }

    /// Where a parenthesised Latin abbreviation that ends just before `end` opens — （CPI）, （PM2.5）, (GDP) — when a
    /// Chinese word comes right before it; else nil (not a number: 安全生产（10）).
    static func abbreviation(endingAt end: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard end >= 4, end <= s.count, s[end - 1] == "）" || s[end - 1] == ")" else { return nil }
        var k = end - 2
        while k >= 0, end - 2 - k < 8, s[k].isASCII, s[k].properties.isAlphabetic || HanClass.isDigit(s[k]) || s[k] == "." { k -= 1 }
        guard k >= 1, k < end - 3, s[k] == "（" || s[k] == "(", HanClass.isHan(s[k - 1]),
              s[(k + 1)..<(end - 1)].contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return k
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

    /// The sentence up to its first comma or semicolon (leading separators skipped), or nil when it is empty.
    static func firstClause(_ sentence: String) -> String? {
        let u = sentence.unicodeScalars
        func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "," || c == "；" }
        guard let start = u.firstIndex(where: { !isSeparator($0) }) else { return nil }
        let end = u[start...].firstIndex(where: isSeparator) ?? u.endIndex
        return String(u[start..<end])
    }

    static let subAreaScalars = Lexicon.subAreaWords.map { Array($0.unicodeScalars) }
    static let subAreaTailScalars = Lexicon.subAreaObjectTails.map { Array($0.unicodeScalars) }
    static let quoteMarks: ScalarSet = ["“", "”", "\"", "《", "》", "「", "」"]

    /// Whether a clause is about a part of the place — a sub-area word (新区, 开发区, 园区 …) as its subject:
    /// 兰州新区、高新区、经开区经济发展跑出“加速度”; 园区营收突破1500亿元; 全年省级以上开发园区地区生产总值… . Not one that a
    /// verb before it makes an object (深化全域旅游示范区建设, 新增国家级现代农业园区2个), one in quotes (“开发区百万大招工”),
    /// one counted (打造市级科技园区1个) or one undertaken (示范区建设稳步推进).
    /// In a county's own report (`county`), 县域 is the county itself (县域生产总值增长10%).
    static func subAreaSubject(_ clause: String, county: Bool = false) -> Bool {
        guard Lexicon.Find.subAreaWords.occurs(in: clause) else { return false }
        // Switched off, any sub-area word in the clause counts (as before the rule).
        if IndicatorExtractor.isOff("sub-area-subject") { return true }
        let s = [Unicode.Scalar](scalarsOf: clause)
        var subject = false
        Lexicon.Find.subAreaWords.forEachMatch(in: s, 0..<s.count) { at, w in
            guard !subject else { return }
            let end = at + subAreaScalars[w].count
            if county, Lexicon.subAreaWords[w] == "县域" { return }
            if s[..<at].contains(where: { quoteMarks.contains($0) || HanClass.isDigit($0) }) { return }
            if end < s.count, HanClass.isDigit(s[end]) || quoteMarks.contains(s[end]) { return }
            if Lexicon.Find.subAreaObjectVerbs.occurs(in: s, 0..<at) { return }
            if subAreaTailScalars.contains(where: { s.has($0, at: end) }) { return }
            subject = true
        }
        return subject
    }
}
