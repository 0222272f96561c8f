import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

import ReportIndicators

/// One government across all its reports: the name, level and parents the texts give, and the years covered.
public struct PlaceSummary: Sendable, Equatable {
    /// The latest name (徐水区), with earlier names the reports used (徐水县) in `formerNames`.
    public var name: String
    public var formerNames: [String]
    public var level: PlaceLevel?
    public var parents: [String]
    public var years: [Int]
    /// Indices into the corpus's report list.
    public var reports: [Int]

    public init(name: String, formerNames: [String] = [], level: PlaceLevel?, parents: [String] = [], years: [Int] = [], reports: [Int] = []) {
        self.name = name; self.formerNames = formerNames; self.level = level; self.parents = parents; self.years = years; self.reports = reports
    }
}

/// Resolves the same government across reports whatever the spelling (京东镇 / 青山湖区京东镇,
/// 河北 / 河北省) or a later name (徐水县 → 徐水区, from the gazetteer), and answers "which reports are this place".
/// Places of different levels never merge (吉林省 and 吉林市 stay two).
public struct PlaceIndex: Sendable {
    public private(set) var places: [PlaceSummary]
    private var byStem: [String: [Int]]

    public init(_ reports: [Report], gazetteer: Gazetteer = .bundled) {
        var places: [PlaceSummary] = []
        var byKey: [String: Int] = [:]
        // Every name each place's reports use, in order of appearance, with the latest year and level it was used.
        var names: [[(name: String, year: Int, level: PlaceLevel?)]] = []
        for (i, r) in reports.enumerated() {
            guard let name = r.place.name else { continue }
            let key = PlaceNames.key(gazetteer.current(name)) + "#" + String(r.place.level?.rank ?? 9)
            let k: Int
            if let existing = byKey[key] { k = existing } else {
                k = places.count
                byKey[key] = k
                places.append(PlaceSummary(name: name, formerNames: [], level: r.place.level, parents: [], years: [], reports: []))
                names.append([])
            }
            places[k].reports.append(i)
            let y = r.displayYear ?? 0
            if y > 0, !places[k].years.contains(y) { places[k].years.append(y) }
            if let n = names[k].firstIndex(where: { $0.name == name }) {
                if y >= names[k][n].year { names[k][n].year = y; names[k][n].level = r.place.level }
            } else { names[k].append((name, y, r.place.level)) }
            for p in r.place.parents where !places[k].parents.contains(p) { places[k].parents.append(p) }
        }
        for k in places.indices {
            places[k].years.sort()
            // The name another of its names was renamed to (徐水县 → 徐水区), else the latest report's (ties: the later
            // report); the others are former names.
            let all = names[k]
            let renamedTo = all.first { n in all.contains { $0.name != n.name && gazetteer.current($0.name) == n.name } }
            guard let chosen = renamedTo ?? all.reduce(nil, { best, n in n.year >= (best?.year ?? Int.min) ? n : best }) else { continue }
            places[k].name = chosen.name
            places[k].level = chosen.level
            places[k].formerNames = names[k].map(\.name).filter { $0 != chosen.name }
            let listed = gazetteer.parents(of: chosen.name)
            if !listed.isEmpty { places[k].parents = listed }
        }
        places.sort { ($0.level?.rank ?? 9, $0.name) < ($1.level?.rank ?? 9, $1.name) }
        self.init(places: places)
    }

    /// An index over places already resolved (as the corpus index stores them), in their order.
    public init(places: [PlaceSummary]) {
        self.places = places
        var byStem: [String: [Int]] = [:]
        for (k, p) in places.enumerated() {
            for n in [p.name] + p.formerNames { byStem[PlaceNames.key(n), default: []].append(k) }
        }
        self.byStem = byStem.mapValues { Array(Set($0)).sorted() }
    }

    /// Finds a place by exact name, name without suffix, a longer spelling that ends with it
    /// (青山湖区京东镇 → 京东镇), or pinyin initials / full pinyin (jdz, jingdongzhen).
    public func find(_ query: String) -> PlaceSummary? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if let exact = places.first(where: { $0.name == q || $0.formerNames.contains(q) }) { return exact }
        // 吉林 is 吉林省 before 吉林市: places are sorted by level.
        if let i = byStem[PlaceNames.key(q)]?.first { return places[i] }
        if let p = places.first(where: { q.hasSuffix($0.name) && $0.name.count >= 2 }) { return p }
        let lower = q.lowercased()
        if lower.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
            return places.first { PinyinTable.spellsWhole(lower, $0.name) }
        }
        return nil
    }
}
