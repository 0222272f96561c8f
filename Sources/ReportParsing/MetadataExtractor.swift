import Foundation
import ReportText

import ReportReading

/// Reads report metadata from the text itself: place and level, parent places, kind, dates,
/// speaker, reviewed and planned years. What the text does not say stays nil.
package enum MetadataExtractor {
    package struct Result {
        package var title: String?
        package var source: String?
        package var place = Place()
        package var kind: ReportKind = .other
        package var date: String?
        package var dateKind: DateKind?
        package var speaker: Speaker?
        package var anonymised = false
    }

    static let provinceShortNames = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                                     "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
                                     "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"]
    package static func extract(lines: [String], fields: [String: String], fragments: Bool) -> Result {
        var r = Result()
        let head = Array(lines.prefix(20))
        let tail = Array(lines.suffix(4))
        // Header lines broken in two ("2023年1月6日在宁波市" / "第十六届人民代表大会…", "…县长" / "李保森"),
        // and a front-matter title that carries the congress line.
        var headPairs = (fields["title"].map { [$0] } ?? [])
        for i in 0..<max(0, min(head.count, 14) - 1) where head[i].hasCharacters(atMost: 40) && head[i + 1].hasCharacters(atMost: 40) {
            headPairs.append(head[i] + head[i + 1])
        }

        r.source = fields["source"] ?? fields["来源"].flatMap { $0.contains("http") ? $0 : nil }
        r.title = fields["title"] ?? fields["标题"] ?? titleLine(head)

        // Kind.
        let headText = head.joined(separator: "\n")
        let titleText = r.title ?? ""
        if fragments {
            r.kind = .fragments
        } else if titleText.includes("政府工作报告") || headText.includes("政府工作报告") || headText.includes("向大会报告") {
            r.kind = .governmentWorkReport
        } else if ["工作总结", "工作情况", "工作打算", "工作计划", "工作思路", "汇报如下", "总结"].contains(where: { titleText.includes($0) || headText.includes($0) }) {
            r.kind = .workSummaryAndPlan
        }

        // Speaker: "镇人民政府镇长 魏 翔", "市长 赵旭辉".
        r.speaker = head.prefix(12).lazy.compactMap(SpeakerLine.speaker).first ?? headPairs.lazy.compactMap(SpeakerLine.speaker).first

        // Dates.
        if let d = deliveredDate(head) ?? deliveredDate(headPairs) ?? head.prefix(8).lazy.compactMap(dateOnlyLine).first {
            r.date = d; r.dateKind = .delivered
        }
        else if let p = fields["发布日期"] ?? fields["发布时间"] ?? fields["成文日期"], let d = isoDate(p) { r.date = d; r.dateKind = .published }
        else if let d = tail.reversed().lazy.compactMap(signedDate).first { r.date = d; r.dateKind = .signed }

        // Place.
        // The text's own words first (congress line, title, speaker, signature); a dataset's 地区 label last,
        // and its parents only when it names the same place.
        var candidates: [String] = []
        candidates += head.compactMap(congressPlace) + headPairs.compactMap(congressPlace)
        if let t = r.title, let p = titlePlace(t) { candidates.append(p) }
        if let sp = (head.prefix(12) + headPairs).first(where: { SpeakerLine.speaker(in: $0) != nil }), let p = speakerPlace(sp) { candidates.append(p) }
        candidates += tail.compactMap(signaturePlace)
        candidates += head.prefix(3).compactMap(reportingPlace)
        candidates += head.prefix(12).compactMap(representingPlace)
        if let region = fields["地区"] { candidates.append(region) }
        // When the text disagrees with itself (a typo in the congress line), the name the text uses most wins;
        // ties go to the earlier, more authoritative candidate.
        var best: (place: Place, score: Int)?
        var seen = Set<String>()
        for c in candidates {
            let parts = splitPlace(c)
            guard let name = parts.last, let level = PlaceNames.level(of: name), seen.insert(name).inserted else { continue }
            let stem = String(name.dropLast(name.endsWith("自治区") ? 3 : 1))
            // "在自治区党委的坚强领导下": a level word alone is not a place.
            guard !stem.isEmpty, !["本", "全", "我", "该", "各"].contains(stem) else { continue }
            let score = stem.count >= 2 ? lines.reduce(0) { $0 + $1.occurrences(of: stem) } : 0
            if best == nil || score > best!.score * 2 {
                best = (Place(name: name, level: level, parents: Array(parts.dropLast())), score)
            }
        }
        if let b = best { r.place = b.place }
        // A report that never names itself ("我代表省人民政府…江西奋进收获之年"): the listed place of its level
        // that the text mentions most.
        if r.place.name == nil,
           let own = head.prefix(12).lazy.compactMap({ l in (l.includes("我代表") ? l.firstMatch(of: MetadataPatterns.ownLevel) : nil).map { String($0.1) } }).first,
           let rank = PlaceNames.suffixes.first(where: { $0.suffix == own })?.level.rank,
           let e = Gazetteer.bundled.mostMentioned(in: lines, rank: rank) {
            r.place = Place(name: e.name, level: e.level, parents: [])
        }
        if let region = fields["地区"], let name = r.place.name, r.place.parents.isEmpty {
            let parts = splitPlace(region)
            if parts.last == name { r.place.parents = Array(parts.dropLast()) }
        }
        if let name = r.place.name {
            var parents = r.place.parents
            for p in namedParents(lines: lines, fields: fields, place: name) where !parents.contains(p) && p != name {
                if p.count <= 3, parents.contains(where: { $0.startsWith(p) }) { continue }
                parents.append(p)
            }
            r.place.parents = parents.sorted { (rank(of: $0)) < (rank(of: $1)) }
            // What the text says, without phrases the parent patterns catch by mistake (党中央国务院和省, 中共江苏省,
            // 听取海南省). The gazetteer's hierarchy is applied by PlaceIndex, not written into the report.
            r.place.parents.removeAll { p in ["党", "中共", "中央", "和", "听取", "组", "国务院"].contains(where: p.includes) }
        }
        r.anonymised = fragments || redactionCount(lines) >= 3
        return r
    }

    // MARK: pieces

    /// The title line near the top: one that names the report kind.
    static func titleLine(_ head: [String]) -> String? {
        for l in head.prefix(8) where l.hasCharacters(atMost: 60) {
            if l.includes("工作报告") || l.includes("工作总结") || l.includes("工作打算") || l.includes("工作计划") || l.includes("工作情况") {
                return l.replacingAll(" ", with: "")
            }
        }
        return nil
    }

    nonisolated(unsafe) static let ymd: Regex<(Substring, Substring, Substring, Substring)> = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
    nonisolated(unsafe) static let ym: Regex<(Substring, Substring, Substring)> = /(\d{4})\s*年\s*(\d{1,2})\s*月/

    static func deliveredDate(_ head: [String]) -> String? {
        for l in head where l.includes("人民代表大会") || l.includes("会议上") || l.includes("人大") {
            let t = chineseNumeralDates(l)
            // The pattern needs 年, 月 and 日: lines without them (most of a congress's paragraphs) skip the regex.
            guard t.includes("年"), t.includes("月"), t.includes("日") else { continue }
            if let m = t.firstMatch(of: ymd) { return iso(m.1, m.2, m.3) }
        }
        return nil
    }

    /// A header line that is only a date ("2003年4月7日").
    static func dateOnlyLine(_ line: String) -> String? {
        let t = line.replacingAll(" ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "—-()（）"))
        guard t.count <= 12, t.endsWith("日"), let m = t.wholeMatch(of: ymd) else { return nil }
        return iso(m.1, m.2, m.3)
    }

    static func signedDate(_ line: String) -> String? {
        // Each pattern needs 年 and 月: lines without them skip the regex engine.
        guard line.hasCharacters(atMost: 30), line.includes("年"), line.includes("月") else { return nil }
        if let m = line.firstMatch(of: ymd) { return iso(m.1, m.2, m.3) }
        if let m = line.firstMatch(of: ym) { return iso(m.1, m.2, nil) }
        return nil
    }

    /// "二〇二四年一月十八日" → "2024年1月18日"; other text unchanged.
    static func chineseNumeralDates(_ s: String) -> String {
        guard s.includes("〇") || s.includes("二零") else { return s }
        let digit: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(s)
        var out = "", i = 0
        while i < chars.count {
            // A year: four numeral digits followed by 年.
            if i + 4 < chars.count, chars[i..<(i + 4)].allSatisfy({ digit[$0] != nil }), chars[i + 4] == "年" {
                out += chars[i..<(i + 4)].map { String(digit[$0]!) }.joined() + "年"
                i += 5
                // Month and day: 一 … 十二, 一 … 三十一.
                for unit in ["月", "日"] as [Character] {
                    var j = i, v = 0, cur = 0, any = false
                    while j < chars.count, j - i < 4 {
                        if let d = digit[chars[j]] { cur = d; any = true } else if chars[j] == "十" { v += (cur == 0 ? 1 : cur) * 10; cur = 0; any = true } else { break }
                        j += 1
                    }
                    guard any, j < chars.count, chars[j] == unit else { break }
                    out += "\(v + cur)" + String(unit)
                    i = j + 1
                }
                continue
            }
            out.append(chars[i]); i += 1
        }
        return out
    }

    static func isoDate(_ s: String) -> String? {
        if let m = s.firstMatch(of: MetadataPatterns.isoDate) { return iso(m.1, m.2, m.3) }
        if let m = s.firstMatch(of: ymd) { return iso(m.1, m.2, m.3) }
        return nil
    }

    static func iso(_ y: Substring, _ m: Substring, _ d: Substring?) -> String? {
        guard let yy = Int(y), let mm = Int(m), (1...12).contains(mm), (1900...2100).contains(yy) else { return nil }
        if let d, let dd = Int(d), (1...31).contains(dd) { return String(format: "%04d-%02d-%02d", yy, mm, dd) }
        return String(format: "%04d-%02d", yy, mm)
    }

    /// "在京东镇第六届人民代表大会…" → 京东镇
    static func congressPlace(_ line: String) -> String? {
        // The pattern needs 在 and 届 besides the congress: lines without them skip the regex.
        guard line.includes("人民代表大会") || line.includes("人大"), line.includes("届"), line.includes("在") else { return nil }
        return congressName(Array(line.replacingAll(" ", with: "")))
    }

    static let congressNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "〇", "零"]

    /// 在(name)第…届人民代表大会 / 第…届人大: the name of 2–20 characters (no blank, ，,。 or digit 0–9), the shortest
    /// that fits, at the first 在 where one does. A scan: the regex it replaces went through every position of
    /// header lines that are whole paragraphs.
    static func congressName(_ c: [Character]) -> String? {
        func nameCharacter(_ x: Character) -> Bool { !x.isWhitespace && x != "，" && x != "," && x != "。" && !("0"..."9").contains(x) }
        func tail(at p: Int) -> Bool {
            guard p < c.count, c[p] == "第" else { return false }
            var k = p + 1
            while k < c.count, congressNumerals.contains(c[k]) { k += 1 }
            guard k > p + 1, k < c.count, c[k] == "届" else { return false }
            let rest = c[(k + 1)...]
            return rest.starts(with: "人民代表大会") || rest.starts(with: "人大")
        }
        for i in c.indices where c[i] == "在" {
            var n = 1
            while n <= 20, i + n < c.count, nameCharacter(c[i + n]) {
                if n >= 2, tail(at: i + n + 1) { return String(c[(i + 1)...(i + n)]) }
                n += 1
            }
        }
        return nil
    }

    /// "金鹅山管理处2023年工作总结", "2021年东莞市政府工作报告" → the place named before or after the year.
    static func titlePlace(_ title: String) -> String? {
        let t = title.replacingAll(" ", with: "")
        // Both patterns end at 年, 政府工作报告 or 人民政府.
        guard t.includes("年") || t.includes("政府工作报告") || t.includes("人民政府") else { return nil }
        if let m = t.firstMatch(of: MetadataPatterns.titlePlace) { return String(m.1) }
        if let m = t.firstMatch(of: MetadataPatterns.yearTitlePlace) { return String(m.1) }
        return nil
    }

    /// "博野县人民政府县长 刘永泽" → 博野县
    static func speakerPlace(_ line: String) -> String? {
        guard line.includes("人民政府") else { return nil }
        let t = line.replacingAll(" ", with: "")
        guard let m = t.firstMatch(of: MetadataPatterns.governmentPrefix) else { return nil }
        return String(m.1)
    }

    /// "清城区源潭镇人民政府" as a signature line → 清城区源潭镇
    static func signaturePlace(_ line: String) -> String? {
        let t = line.replacingAll(" ", with: "")
        guard t.hasCharacters(atMost: 30), MetadataPatterns.governmentLineEnds.contains(where: t.endsWith),
              let m = t.firstMatch(of: MetadataPatterns.governmentLine) else { return nil }
        return String(m.1)
    }

    /// "现将源潭镇2023年开展工作情况…汇报如下" → 源潭镇
    static func reportingPlace(_ line: String) -> String? {
        guard line.includes("现将") || line.includes("年以来") || line.includes("年,") || line.includes("年，") else { return nil }
        if line.includes("现将"), let m = line.firstMatch(of: MetadataPatterns.reportingPlace) { return String(m.1) }
        if line.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true,
           let m = line.firstMatch(of: MetadataPatterns.sinceYearPlace) { return String(m.1) }
        return nil
    }

    /// "现在，我代表苏州市人民政府向大会报告工作" → 苏州市
    static func representingPlace(_ line: String) -> String? {
        guard line.includes("我代表"), let m = line.firstMatch(of: MetadataPatterns.onBehalfOf) else { return nil }
        return String(m.1)
    }

    package static func rank(of name: String) -> Int {
        if let l = PlaceNames.level(of: name) { return l.rank }
        return provinceShortNames.contains(name) ? 0 : 9
    }

    /// "河北省保定市博野县" → [河北省, 保定市, 博野县]; "清城区源潭镇" → [清城区, 源潭镇].
    static func splitPlace(_ raw: String) -> [String] {
        var s = raw.replacingAll(" ", with: "")
        for p in ["中共", "全"] where s.startsWith(p) && s.count > 3 { s.removeFirst(p.count) }
        let scalars = Array(s)
        var parts: [String] = []
        var start = 0, i = 0
        let ends = PlaceNames.partEnds
        while i < scalars.count {
            let rest = String(scalars[i...])
            if let w = ends.words.first(where: rest.startsWith) { i += w.count; parts.append(String(scalars[start..<i])); start = i; continue }
            if ends.characters.contains(scalars[i]), i - start >= 1 {
                // Do not cut inside names such as 市中区 or 新区 where the next char continues a level word.
                let seg = String(scalars[start...i])
                if seg.count >= 2 { parts.append(seg); start = i + 1 }
            }
            i += 1
        }
        if start < scalars.count { parts.append(String(scalars[start...])) }
        return parts.map { $0.endsWith("街道办事处") ? String($0.dropLast(3)) : $0 }
    }

    /// Parent places named in the text: "在乐平市委、市政府的坚强领导下", "考察江西重要讲话精神", footer addresses.
    static func namedParents(lines: [String], fields: [String: String], place: String) -> [String] {
        var out: [String] = []
        let footer = [fields["主办单位"], fields["承办单位"]].compactMap { $0 }
        func add(_ p: String) {
            let p = p.trimmedSpaces
            guard p != place, !place.startsWith(p), p.count >= 2, !out.contains(p) else { return }
            out.append(p)
        }
        let ownRank = PlaceNames.level(of: place)?.rank ?? 9
        for l in lines where l.includes("领导下") || l.includes("重要讲话") {
            // Each phrase needs its own word (…市委, 考察/视察…重要讲话): a line without it is not read character by character.
            let committee = l.includes("委"), inspected = l.includes("察") && l.includes("重要讲话")
            guard committee || inspected else { continue }
            let chars = Array(l)
            if committee {
                for p in partyCommittees(chars) {
                    if let lv = PlaceNames.level(of: p), lv.rank < ownRank { add(p) }
                }
            }
            if inspected {
                for p in inspectedPlaces(chars) where provinceShortNames.contains(p) && !place.startsWith(p) { add(p) }
            }
        }
        for f in footer {
            if let p = speakerPlace(f) ?? signaturePlace(f), let lv = PlaceNames.level(of: p), lv.rank < ownRank { add(p) }
        }
        return out
    }

    /// What a place name in these phrases may not hold: white space and the marks that end or quote a phrase.
    static func nameCharacter(_ c: Character) -> Bool { !c.isWhitespace && !"，,。、“”".contains(c) }

    /// "在乐平市委、市政府的坚强领导下" → 乐平市: 在, two to eight name characters and one of 省市县区, then 委 —
    /// the shortest that fits, matches left to right without overlap. (A scan: the regex it replaces cost 3% of
    /// parse time on lines that are whole paragraphs.)
    static func partyCommittees(_ c: [Character]) -> [String] {
        var out: [String] = [], i = 0
        while i < c.count {
            defer { i += 1 }
            guard c[i] == "在", i + 1 < c.count, nameCharacter(c[i + 1]) else { continue }
            for n in 2...8 {
                let end = i + 1 + n
                guard end + 1 < c.count, nameCharacter(c[end - 1]) else { break }
                if "省市县区".contains(c[end]), c[end + 1] == "委" {
                    out.append(String(c[(i + 1)...end]))
                    i = end + 1
                    break
                }
            }
        }
        return out
    }

    /// "考察江西重要讲话", "视察广东时的重要讲话" → 江西, 广东: two or three name characters, the shortest that fits.
    static func inspectedPlaces(_ c: [Character]) -> [String] {
        var out: [String] = [], i = 0
        func has(_ w: String, at k: Int) -> Bool {
            let w = Array(w)
            return k + w.count <= c.count && c[k..<(k + w.count)].elementsEqual(w)
        }
        while i + 1 < c.count {
            defer { i += 1 }
            guard (c[i] == "考" || c[i] == "视") && c[i + 1] == "察", i + 2 < c.count, nameCharacter(c[i + 2]) else { continue }
            for n in 2...3 {
                let end = i + 2 + n
                guard end <= c.count, nameCharacter(c[end - 1]) else { break }
                let tail = has("时的重要讲话", at: end) ? 6 : has("重要讲话", at: end) ? 4 : 0
                if tail > 0 {
                    out.append(String(c[(i + 2)..<end]))
                    i = end + tail - 1
                    break
                }
            }
        }
        return out
    }

    /// Placeholders such as xx个, xx.x%, *家, XX万元 — a template or an anonymised text.
    static func redactionCount(_ lines: [String]) -> Int {
        let units: Set<Unicode.Scalar> = ["%", "个", "家", "万", "亿", "元", "项", "人", "户", "月", "年", "亩"]
        func isMask(_ u: Unicode.Scalar) -> Bool { u == "x" || u == "X" || u == "×" || u == "*" }
        var n = 0
        for l in lines {
            // Most lines hold no mask at all: their bytes say so without decoding them (× is C3 97).
            var bytes = l
            guard bytes.withUTF8({ b in
                guard let base = b.baseAddress else { return false }
                return [0x78, 0x58, 0x2A, 0xC3].contains { memchr(base, $0, b.count) != nil }
            }) else { continue }
            let s = [Unicode.Scalar](scalarsOf: l)
            var i = 0
            while i < s.count {
                guard isMask(s[i]), i == 0 || !(s[i - 1].properties.isAlphabetic && s[i - 1].value < 0x80) else { i += 1; continue }
                var j = i
                while j < s.count, isMask(s[j]) || s[j] == "." { j += 1 }
                if j - i <= 8, j < s.count, units.contains(s[j]) { n += 1; if n >= 3 { return n } }
                i = j + 1
            }
        }
        return n
    }
}

/// Regexes built once: a literal inside a function is compiled again on every call.
enum MetadataPatterns {
    nonisolated(unsafe) static let ownLevel = /我代表(省|自治区|市|县|区|镇|乡)人民政府/
    nonisolated(unsafe) static let isoDate = /(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})/
    nonisolated(unsafe) static let titlePlace = /^([^\d\s]{2,20}?)(?:\d{4}年|政府工作报告|人民政府)/
    nonisolated(unsafe) static let yearTitlePlace = /^\d{4}年(?:度)?([^\d\s]{2,20}?)(?:政府工作报告|人民政府|工作总结|工作报告)/
    nonisolated(unsafe) static let governmentPrefix = /^([^\s、]{2,20}?)人民政府/
    nonisolated(unsafe) static let governmentLine = /^([^\s、，,。]{2,24}?)(?:人民政府|办事处|管理委员会|管委会)$/
    /// The endings `governmentLine` requires, tested before the regex runs.
    static let governmentLineEnds = ["人民政府", "办事处", "管理委员会", "管委会"]
    nonisolated(unsafe) static let reportingPlace = /现将([^\s，,。\d]{2,20}?)\d{4}年/
    nonisolated(unsafe) static let sinceYearPlace = /^\d{4}年(?:以来)?[,，]([^\s，,。\d]{2,12}?)(?:在|坚持|紧紧|围绕)/
    nonisolated(unsafe) static let onBehalfOf = /我代表([^\s，,。、]{2,20}?)人民政府/
}
