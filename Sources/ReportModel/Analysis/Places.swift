import Foundation

/// One government across all its reports: the name, level and parents the texts give, and the years covered.
public struct PlaceSummary: Sendable, Equatable {
    public var name: String
    public var level: PlaceLevel?
    public var parents: [String]
    public var years: [Int]
    /// Indices into the corpus's report list.
    public var reports: [Int]
}

/// Resolves the same government across reports whatever the spelling (京东镇 / 青山湖区京东镇,
/// 河北 / 河北省) and answers "which reports are this place".
public struct PlaceIndex: Sendable {
    public private(set) var places: [PlaceSummary]
    private var byKey: [String: Int]

    public init(_ reports: [Report]) {
        var places: [PlaceSummary] = []
        var byKey: [String: Int] = [:]
        for (i, r) in reports.enumerated() {
            guard let name = r.place.name else { continue }
            let key = Self.key(name)
            let k: Int
            if let existing = byKey[key] { k = existing } else {
                k = places.count
                byKey[key] = k
                places.append(PlaceSummary(name: name, level: r.place.level, parents: [], years: [], reports: []))
            }
            places[k].reports.append(i)
            if let y = r.displayYear, !places[k].years.contains(y) { places[k].years.append(y) }
            for p in r.place.parents where !places[k].parents.contains(p) { places[k].parents.append(p) }
        }
        for k in places.indices { places[k].years.sort() }
        places.sort { ($0.level?.rank ?? 9, $0.name) < ($1.level?.rank ?? 9, $1.name) }
        self.places = places
        self.byKey = Dictionary(uniqueKeysWithValues: places.enumerated().map { (Self.key($0.element.name), $0.offset) })
    }

    /// The name without its level suffix, for matching spellings (河北省 ~ 河北, 京东镇 ~ 青山湖区京东镇).
    static func key(_ name: String) -> String {
        var n = name
        for s in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "街道办事处", "管理处", "街道", "省", "市", "县", "区", "镇", "乡", "旗"] where n.hasSuffix(s) && n.count > s.count + 1 {
            n.removeLast(s.count); break
        }
        return n
    }

    /// Finds a place by exact name, name without suffix, a longer spelling that ends with it
    /// (青山湖区京东镇 → 京东镇), or pinyin initials / full pinyin (jdz, jingdongzhen).
    public func find(_ query: String) -> PlaceSummary? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if let i = byKey[Self.key(q)] { return places[i] }
        if let p = places.first(where: { q.hasSuffix($0.name) && $0.name.count >= 2 }) { return p }
        let lower = q.lowercased()
        if lower.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
            return places.first { Pinyin.matches(lower, $0.name) }
        }
        return nil
    }
}

/// Pinyin for search: full syllables and initials through ICU's Han-Latin transform.
public enum Pinyin {
    /// Syllables without tones: 地区生产总值 → [di, qu, sheng, chan, zong, zhi].
    public static func syllables(_ s: String) -> [String] {
        guard let latin = s.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) else { return [] }
        return latin.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// True when `query` is the full pinyin or the initials of `name` (dqsczz, diqushengchanzongzhi).
    public static func matches(_ query: String, _ name: String) -> Bool {
        let syl = syllables(name)
        guard !syl.isEmpty else { return false }
        let q = query.replacingOccurrences(of: " ", with: "")
        return q == syl.map { String($0.prefix(1)) }.joined() || q == syl.joined()
    }
}
