import Foundation

import ReportText

/// The cleaned body of a report: paragraph lines with offsets into the original text,
/// plus the metadata the reader found in front matter and web boilerplate.
public struct NormalizedText: Sendable {
    public var originalText: String
    public var encoding: TextEncoding
    public var script: Script
    /// Metadata found while cleaning: front matter (`source`, `title`), web headers
    /// (`发布日期`, `信息来源`), key-value headers (`标题`, `地区`, `年份`, `来源`), footers (`主办单位` …).
    public var fields: [String: String]
    /// What the cleaning removed or repaired, for diagnostics.
    public var stats: Stats
    package var lines: [MappedLine]

    public struct Stats: Sendable, Equatable {
        public var boilerplateLines = 0
        public var pageFooters = 0
        public var runningHeads = 0
        public var joinedLines = 0
        public var pinyinRemoved = 0
        /// Spaces dropped from inside numbers copied out of PDFs (40.8 2 亿元).
        public var numberSpacesRemoved = 0
        public var damagedSpans = 0
    }

    /// The cleaned lines as analysis text (simplified, folded), for tests and diagnostics.
    public var analysisLines: [String] { lines.map(\.analysisString) }
}

/// Turns decoded text into clean paragraph lines: strips markdown and web boilerplate,
/// removes inserted pinyin, repairs PDF line breaks and page furniture, converts traditional
/// characters and marks mojibake — keeping, for every scalar, its offset in the original.
public enum Normalizer {
    public static func normalize(_ text: String, encoding: TextEncoding = .utf8) -> NormalizedText {
        let orig = [Unicode.Scalar](scalarsOf: text)
        var fields: [String: String] = [:]
        var stats = NormalizedText.Stats()

        var raw = splitLines(orig)
        stripFrontMatter(orig, &raw, &fields)
        stripKeyValueHeader(orig, &raw, &fields)
        let pinyin = detectPinyin(orig)
        var lines = buildLines(orig, raw, removePinyin: pinyin, stats: &stats)
        Boilerplate.strip(&lines, fields: &fields, stats: &stats)
        PDFRepair.repair(&lines, stats: &stats)
        let script = convertScript(&lines)
        for i in lines.indices {
            lines[i].damaged = DamageDetector.spans(in: lines[i].analysis, display: lines[i].display)
            stats.damagedSpans += lines[i].damaged.count
        }
        lines.removeAll { $0.isEmpty }
        return NormalizedText(originalText: text, encoding: encoding, script: script, fields: fields, stats: stats, lines: lines)
    }

    // MARK: lines

    struct RawLine { var start: Int; var end: Int; var dropped = false }

    /// Splits at LF, CRLF, CR and the Unicode line/paragraph separators.
    static func splitLines(_ s: [Unicode.Scalar]) -> [RawLine] {
        var out: [RawLine] = []
        var start = 0, i = 0
        while i < s.count {
            let v = s[i].value
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x0C || v == 0x85 {
                out.append(RawLine(start: start, end: i))
                if v == 0x0D, i + 1 < s.count, s[i + 1].value == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < s.count { out.append(RawLine(start: start, end: s.count)) }
        return out
    }

    static func text(_ s: [Unicode.Scalar], _ l: RawLine) -> String {
        String(scalars: s[l.start..<l.end]).trimmedSpaces
    }

    /// A leading `---` block: `key: value` lines (values may continue as `- item` lines).
    static func stripFrontMatter(_ s: [Unicode.Scalar], _ raw: inout [RawLine], _ fields: inout [String: String]) {
        guard let first = raw.firstIndex(where: { !text(s, $0).isEmpty }), text(s, raw[first]) == "---" else { return }
        guard let close = raw[(first + 1)...].prefix(60).firstIndex(where: { text(s, $0) == "---" }) else { return }
        var key: String?
        for i in first...close {
            raw[i].dropped = true
            let t = text(s, raw[i])
            if i == first || i == close || t.isEmpty { continue }
            if t.startsWith("- "), let k = key {
                let v = String(t.dropFirst(2)).trimmedSpaces
                fields[k] = fields[k].map { $0.isEmpty ? v : $0 + " " + v } ?? v
            } else if let colon = t.firstIndex(of: ":") {
                let k = String(t[..<colon]).trimmedSpaces
                var v = String(t[t.index(after: colon)...]).trimmedSpaces
                if v.count >= 2, (v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")) {
                    v = String(v.dropFirst().dropLast())
                }
                key = k
                fields[k] = v
            }
        }
    }

    /// A leading block of `标题：… / 地区：… / 年份：… / 来源：…` lines (exported spreadsheets).
    static func stripKeyValueHeader(_ s: [Unicode.Scalar], _ raw: inout [RawLine], _ fields: inout [String: String]) {
        let keys = ["标题", "地区", "年份", "来源", "时间", "作者"]
        var seen = 0
        for i in raw.indices where !raw[i].dropped {
            let t = text(s, raw[i])
            if t.isEmpty { continue }
            guard let k = keys.first(where: { t.startsWith($0 + "：") || t.startsWith($0 + ":") }) else { break }
            raw[i].dropped = true
            fields[k] = String(t.dropFirst(k.count + 1)).trimmedSpaces
            seen += 1
            if seen >= keys.count { break }
        }
    }

    static let toneVowels: Set<UInt32> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.map(\.value))

    /// Length of a pinyin annotation `(zhèn)` / `（lái）` starting at `i`, or 0.
    static func pinyinLength(_ s: [Unicode.Scalar], _ i: Int, requireTone: Bool) -> Int {
        guard i < s.count, s[i] == "(" || s[i] == "（" else { return 0 }
        var j = i + 1, tone = false, vowel = false
        while j < s.count, j - i <= 8 {
            let v = s[j].value
            if (0x61...0x7A).contains(v) {
                if "aeiouv".unicodeScalars.contains(s[j]) { vowel = true }
            } else if toneVowels.contains(v) { tone = true; vowel = true }
            else { break }
            j += 1
        }
        guard j > i + 1, j < s.count, s[j] == ")" || s[j] == "）", vowel, tone || !requireTone else { return 0 }
        return j - i + 1
    }

    /// Pinyin after characters is removed only from texts that use it (3+ toned annotations).
    static func detectPinyin(_ s: [Unicode.Scalar]) -> Bool {
        var n = 0, i = 1
        while i < s.count {
            if (s[i] == "(" || s[i] == "（"), HanClass.isHan(s[i - 1]), pinyinLength(s, i, requireTone: true) > 0 {
                n += 1
                if n >= 3 { return true }
            }
            i += 1
        }
        return false
    }

    /// Builds mapped lines: HTML comments, markdown emphasis and heading marks, and pinyin removed; blanks trimmed.
    static func buildLines(_ s: [Unicode.Scalar], _ raw: [RawLine], removePinyin: Bool, stats: inout NormalizedText.Stats) -> [MappedLine] {
        var out: [MappedLine] = []
        out.reserveCapacity(raw.count)
        var inComment = false
        for r in raw {
            if r.dropped { continue }
            var line = MappedLine()
            line.endOrigin = Int32(r.end)
            var i = r.start
            // Markdown heading marks.
            var k = i
            while k < r.end, HanClass.isSpace(s[k]) { k += 1 }
            if !inComment, k < r.end, s[k] == "#" {
                var h = k
                while h < r.end, s[h] == "#" { h += 1 }
                if h < r.end, s[h] == " " || h - k <= 6 { line.emphasised = true; i = h }
            }
            var boldRuns = 0, boldChars = 0, plainChars = 0, inBold = false
            // A "**" is bold markup when another one pairs with it on the line, or when it starts or ends the
            // line (bold running over two lines); a lone "**" inside the text is a redacted figure (新建服务中心**个).
            var markersLeft = 0
            var m = i
            while m + 1 < r.end { if s[m] == "*", s[m + 1] == "*" { markersLeft += 1; m += 2 } else { m += 1 } }
            // The line's scalars are gathered in local arrays sized for the raw line (appending through the line
            // itself checked its arrays' ownership on every scalar).
            var display: [Unicode.Scalar] = [], analysis: [Unicode.Scalar] = [], origin: [Int32] = []
            let capacity = max(0, r.end - i)
            display.reserveCapacity(capacity); analysis.reserveCapacity(capacity); origin.reserveCapacity(capacity)
            while i < r.end {
                let u = s[i]
                if inComment {
                    if u == "-", i + 2 < s.count, s[i + 1] == "-", s[i + 2] == ">" { inComment = false; i += 3 } else { i += 1 }
                    continue
                }
                if u == "<", i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" { inComment = true; i += 4; continue }
                if u == "*", i + 1 < r.end, s[i + 1] == "*",
                   inBold || markersLeft >= 2 || display.isEmpty || s[(i + 2)..<r.end].allSatisfy(HanClass.isSpace) {
                    markersLeft -= 1
                    if inBold, boldRuns == 1, plainChars == 0 { line.boldLead = display.count }
                    inBold.toggle(); boldRuns += 1; i += 2; continue
                }
                if u == "&", let (decoded, n) = HTMLEntities.reference(s, at: i, end: r.end, browser: false) {
                    if let d = decoded { display.append(d); analysis.append(HanClass.fold(d)); origin.append(Int32(i)); plainChars += 1 }
                    i += n; continue
                }
                if removePinyin, i > r.start, HanClass.isHan(s[i - 1]) || s[i - 1] == "?" {
                    let n = pinyinLength(s, i, requireTone: false)
                    if n > 0 { i += n; stats.pinyinRemoved += 1; continue }
                }
                // A space inside a number copied out of a PDF (完成40.8 2 亿元, 达到 74 76 元, 增长1 2.7 %) is dropped.
                if HanClass.isHorizontalSpace(u), Self.spaceInsideNumber(s, i, end: r.end, before: analysis) {
                    stats.numberSpacesRemoved += 1; i += 1; continue
                }
                display.append(u); analysis.append(HanClass.fold(u)); origin.append(Int32(i))
                if !HanClass.isSpace(u) { if inBold { boldChars += 1 } else { plainChars += 1 } }
                i += 1
            }
            if let last = origin.last { line.endOrigin = last + 1 }
            line.display = display; line.analysis = analysis; line.origin = origin
            if boldRuns >= 2, boldChars > 0, plainChars == 0 { line.emphasised = true; line.boldLead = 0 }
            let lead = line.analysis.prefix(while: HanClass.isSpace).count
            line.trim()
            line.boldLead = max(0, line.boldLead - lead)
            out.append(line)
        }
        return out
    }

    /// Whether the space at `i` splits one number: digits (at most one decimal point) right before it, after a
    /// Chinese character, a space or a clause mark; digits after it, in groups split by single spaces, that run,
    /// past at most one more space, into a unit (亿元, 元, %, 个 …). Years (2016 年), lists of numbers and numbers
    /// before words are left alone.
    static func spaceInsideNumber(_ s: [Unicode.Scalar], _ i: Int, end: Int, before: [Unicode.Scalar]) -> Bool {
        guard i + 1 < end, HanClass.isDigit(s[i + 1]), let last = before.last, HanClass.isDigit(last) else { return false }
        var k = before.count - 1, dots = 0
        while k >= 0, HanClass.isDigit(before[k]) || before[k] == "." { if before[k] == "." { dots += 1 }; k -= 1 }
        let left = before.count - 1 - k
        guard left <= 6, k < 0 || HanClass.isHan(before[k]) || HanClass.isSpace(before[k]) || numberOpeners.contains(before[k]) else { return false }
        // The digits after it, in groups split by single spaces (8 9 8 人), then at most one space and a unit.
        var j = i + 1, digits = 0
        while j < end {
            if HanClass.isDigit(s[j]) || s[j] == "." { if s[j] == "." { dots += 1 }; digits += 1; j += 1; continue }
            if HanClass.isHorizontalSpace(s[j]), j + 1 < end, HanClass.isDigit(s[j + 1]) { j += 1; continue }
            break
        }
        guard dots <= 1, digits <= 8 else { return false }
        if j < end, HanClass.isHorizontalSpace(s[j]) { j += 1 }
        return j < end && numberSpaceUnits.contains(s[j])
    }
    static let numberOpeners: ScalarSet = ["，", ",", "、", "：", ":", "；", ";", "（", "("]
    static let numberSpaceUnits: ScalarSet = ["亿", "万", "千", "元", "%", "％", "个", "家", "人", "吨", "斤", "亩", "项", "户", "公"]

    /// Converts traditional texts to simplified for analysis, one scalar for one scalar.
    static func convertScript(_ lines: inout [MappedLine]) -> Script {
        // Distinct Han scalars with how often each occurs: a count per BMP scalar (hashing each of a report's Han
        // characters into a Set was the cost here; counting here spares a second pass), a dictionary for the rest.
        var han = [Unicode.Scalar]()
        var hanCount = 0
        var counts = [Int32](repeating: 0, count: 0x1_0000), countsAbove: [UInt32: Int] = [:]
        for l in lines {
            for u in l.analysis where HanClass.isHan(u) {
                hanCount += 1
                let v = u.value
                if v < 0x1_0000 {
                    if counts[Int(v)] == 0 { han.append(u) }
                    counts[Int(v)] += 1
                } else {
                    if countsAbove[v] == nil { han.append(u) }
                    countsAbove[v, default: 0] += 1
                }
            }
        }
        guard hanCount > 0 else { return .simplified }
        let changes = ScriptConverter.changes(distinct: han)
        guard !changes.isEmpty else { return .simplified }
        let table = ScalarMap(Dictionary(changes, uniquingKeysWith: { a, _ in a }))
        let changed = changes.reduce(0) { n, c in
            n + (c.0.value < 0x1_0000 ? Int(counts[Int(c.0.value)]) : countsAbove[c.0.value] ?? 0)
        }
        guard changed >= 10, Double(changed) / Double(hanCount) >= 0.02 else { return .simplified }
        for i in lines.indices {
            for j in lines[i].analysis.indices {
                if let u = table[lines[i].analysis[j]] { lines[i].analysis[j] = u }
            }
        }
        return .traditional
    }
}
