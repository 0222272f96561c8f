import Foundation

/// The one pinyin of ReportDesk (search, places, indicators, the dashboard): single Han characters through ICU's
/// `Han-Latin; Latin-ASCII` transform, cached per character, with the other readings of heteronyms (地 di, 长 chang),
/// so that tens of thousands of names get their pinyin from table lookups rather than one ICU call each.
public enum PinyinTable {
    private static let characters = CharacterTransform<String>("Han-Latin; Latin-ASCII") { _, t in
        String(t.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    }

    /// Toneless syllables of each Han scalar in `scalars` (other scalars are absent).
    public static func syllables(for scalars: some Sequence<Unicode.Scalar>) -> [UInt32: String] {
        characters.table(for: scalars)
    }

    /// Readings ICU does not give for characters with several (it reads 地 as "de", 长 as "zhang"), as used in
    /// report vocabulary: 地区 di, 增长 zhang / 长江 chang, 行业 hang, 重点 zhong / 重庆 chong.
    static let otherReadings: [Unicode.Scalar: [String]] = [
        "地": ["di"], "长": ["chang"], "行": ["hang"], "重": ["chong", "zhong"], "调": ["diao", "tiao"], "率": ["lv", "shuai"],
        "还": ["huan"], "区": ["ou"], "单": ["shan", "chan"], "省": ["xing"], "都": ["du"], "参": ["shen", "cen"], "会": ["kuai"],
        "给": ["ji"], "强": ["jiang"], "差": ["chai", "ci"], "的": ["di"], "乐": ["yue"], "传": ["zhuan"], "降": ["xiang"],
        "处": ["chu"], "种": ["zhong"], "藏": ["zang"], "朝": ["chao"], "量": ["liang"], "系": ["ji"], "便": ["pian"], "累": ["lei"],
        "薄": ["bo"], "曾": ["zeng"], "教": ["jiao"], "应": ["ying"], "分": ["fen"], "正": ["zheng"], "间": ["jian"],
    ]

    /// The pinyin of each scalar of a name, lower case, with every reading of a character that has several; ASCII
    /// letters and digits stand for themselves (GDP → g, d, p); everything else is dropped.
    /// 规上工业增加值 → [[gui], [shang], [gong], [ye], [zeng], [jia], [zhi]].
    public static func spell(_ name: String, table: [UInt32: String]) -> [[String]] {
        var out: [[String]] = []
        for u in name.unicodeScalars {
            if let s = table[u.value], !s.isEmpty {
                var readings = [s]
                for r in otherReadings[u] ?? [] where !readings.contains(r) { readings.append(r) }
                out.append(readings)
            } else if u.isASCII {
                let l = Unicode.Scalar(UInt8(truncatingIfNeeded: u.value).lowercasedASCII)
                if ("a"..."z").contains(l) || ("0"..."9").contains(l) { out.append([String(l)]) }
            }
        }
        return out
    }

    /// True when `query` spells the whole of `name`, each syllable in full or by its initial, spaces ignored
    /// (dqsczz, diqushengchanzongzhi, jdz): how places and catalog indicators are found by pinyin.
    public static func spellsWhole(_ query: String, _ name: String) -> Bool {
        let q = Array(query.lowercased().utf8.filter { $0 != 0x20 })
        return match(q, spell(name, table: syllables(for: name.unicodeScalars))) == 0
    }

    /// How a latin query matches a spelled name, each syllable typed in full or by its initial (dqsczz,
    /// diqushengchanzongzhi, diqusczz): 0 the whole name, 1 a prefix of it (the query may stop inside a syllable),
    /// nil no match.
    public static func match(_ query: [UInt8], _ syllables: [[String]]) -> Int? {
        guard !query.isEmpty else { return nil }
        var best: Int?
        func go(_ qi: Int, _ si: Int) {
            if best == 0 { return }
            if qi == query.count { best = min(best ?? 1, si == syllables.count ? 0 : 1); return }
            guard si < syllables.count else { return }
            for r in syllables[si] {
                let bytes = Array(r.utf8)
                // The whole syllable, or the query ending inside it.
                var k = 0
                while k < bytes.count, qi + k < query.count, bytes[k] == query[qi + k] { k += 1 }
                if k == bytes.count { go(qi + k, si + 1) } else if qi + k == query.count, k > 0 { best = min(best ?? 1, 1) }
                // Just the initial.
                if bytes.count > 1, bytes.first == query[qi] { go(qi + 1, si + 1) }
            }
        }
        go(0, 0)
        return best
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}
