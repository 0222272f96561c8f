import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// The indicator catalog: canonical names, the aliases reports use for them, usual unit and kind.
/// Matching prefers the longest alias contained in a name (规上工业增加值 over 工业增加值).
public struct IndicatorCatalog: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var unit: String
        public var kind: String
        public var category: String
        /// Whether more is better (GDP) or less (unemployment, CPI, energy intensity): decides target attainment.
        /// Absent in older catalog files, where it means higher.
        public var direction: Direction?
        public var aliases: [String]
    }
    package struct File: Codable { var version: Int; var indicators: [Entry] }

    public let entries: [Entry]
    /// Every spelling (names and aliases) by first scalar, longest first, with its entry index.
    package let byFirst: ScalarMap<[(scalars: [Unicode.Scalar], spelling: String, entry: Int)]>

    /// The dimension of each entry's usual unit (万元 → money, 家 → count), by id; absent when the unit is unknown.
    package let unitDimension: [String: ReportQuantities.Dimension]

    public init(entries: [Entry]) {
        self.entries = entries
        var dims: [String: ReportQuantities.Dimension] = [:]
        for e in entries { if let d = Units.dimension(of: e.unit) { dims[e.id] = d } }
        unitDimension = dims
        var sp: [(String, Int)] = []
        for (i, e) in entries.enumerated() {
            sp.append((e.name, i))
            for a in e.aliases { sp.append((a, i)) }
        }
        var d: [Unicode.Scalar: [(scalars: [Unicode.Scalar], spelling: String, entry: Int)]] = [:]
        for (sp, i) in sp.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) { if let f = sp.unicodeScalars.first { d[f, default: []].append((Array(sp.unicodeScalars), sp, i)) } }
        byFirst = ScalarMap(d)
    }

    public init(json: Data) throws {
        self.init(entries: try JSONDecoder().decode(File.self, from: json).indicators)
    }

    /// The catalog compiled into the binary (Data/indicators.json).
    public static let bundled: IndicatorCatalog = {
        // The catalog is built into the binary: if it does not parse, every figure would silently lose its
        // canonical name, so this stops with the reason instead.
        do { return try IndicatorCatalog(json: Data(bundledCatalogJSON.utf8)) } catch {
            fatalError("the bundled indicator catalog (Data/indicators.json via CatalogData.swift) does not parse: \(error)")
        }
    }()

    /// The entry whose longest spelling occurs in `name`, or nil.
    public func match(_ name: String) -> Entry? {
        if let hit = locate(name) { return hit.entry }
        // whole-name aliases: 经济增长8%左右 is GDP growth, but 数字经济 is not GDP.
        if let id = Lexicon.wholeNameAliases[name], !IndicatorExtractor.isOff("whole-name-alias") { return entry(id: id) }
        return nil
    }

    /// The entry whose longest spelling occurs in `name`, with where that spelling ends (in scalars), or nil.
    public func locate(_ name: String) -> (entry: Entry, end: Int)? {
        guard !name.isEmpty else { return nil }
        // The longest spelling that occurs anywhere in the name.
        let n = Array(name.unicodeScalars)
        var best: (len: Int, spelling: String, entry: Int, at: Int)?
        for start in n.indices {
            guard let cands = byFirst[n[start]] else { continue }
            for c in cands where c.scalars.count > (best?.len ?? 0) && n.has(c.scalars, at: start) {
                best = (c.scalars.count, c.spelling, c.entry, start); break
            }
        }
        guard let b = best else { return nil }
        let at = b.at
        // A modifier before the name makes it another quantity: 海洋生产总值, 单位GDP能耗, 开发区生产总值, 万元GDP用水量.
        let before = String(scalars: n[..<at])
        if Lexicon.partModifiers.contains(where: before.endsWith) { return nil }
        // Another place's figure: 杭州市经济总量, 芝罘区地区生产总值, 云岩区、南明区经济总量, 武汉都市圈经济总量.
        // 全市/我省/本区 are the report's own place.
        if let last = before.unicodeScalars.last, Self.placeSuffixes.contains(last),
           !(before.unicodeScalars.count == 2 && Self.ownPlaceHeads.contains(before.unicodeScalars.first ?? " ")),
           // 设区城市PM2.5浓度 is the province's air (a rate or an average over its cities); 11个设区市地区生产总值 are the cities'.
           !(Self.isOwnScope(before) && isAverage(entries[b.entry])) { return nil }
        if before.includes("、") { return nil }
        // A partner or another subject: 对沿线国家进出口总额, 对俄进出口.
        if Lexicon.partPrefixes.contains(where: before.startsWith) { return nil }
        let after = String(scalars: n[(at + b.len)...])
        if Lexicon.Find.ratioTails.occurs(in: after) { return nil }
        // "数字经济增加值占地区生产总值比重" is a share, not GDP; "税收占比" is not tax revenue.
        let share = Lexicon.shareTails.contains { name.endsWith($0) && !b.spelling.endsWith($0) } || (name.includes("占") && !b.spelling.includes("占"))
        return share ? nil : (entries[b.entry], at + b.len)
    }

    /// Whether an entry is a rate, a price index or a concentration (%, 微克/立方米), not an amount or a count: what a
    /// scope of the place (城市, 设区城市) measures of it is the place's own.
    func isAverage(_ e: Entry) -> Bool {
        guard let d = unitDimension[e.id] else { return true }
        return d == .percent || d == .percentagePoint || d == .number || d == .other
    }

    /// 城市, 设区城市, 地级以上城市 … (`Lexicon.ownScopes`), alone or after 全/我/本/该 or 全省/我市 …: a scope of the
    /// report's own place.
    static func isOwnScope(_ before: String) -> Bool {
        if Lexicon.ownScopes.contains(before) { return true }
        let u = Array(before.unicodeScalars)
        guard let f = u.first, ownPlaceHeads.contains(f) else { return false }
        let head = u.count > 2 && placeSuffixes.contains(u[1]) ? 2 : 1
        return Lexicon.ownScopes.contains(String(scalars: u[head...]))
    }

    static let placeSuffixes: ScalarSet = ["省", "市", "县", "区", "州", "旗", "镇", "乡", "圈", "团", "盟"]
    static let ownPlaceHeads: ScalarSet = ["全", "我", "本", "该"]
    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}

/// Which way an indicator is better: more GDP, less unemployment.
public enum Direction: String, Sendable, Codable, Equatable {
    case higher, lower
}
