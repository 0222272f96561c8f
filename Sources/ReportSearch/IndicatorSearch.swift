import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators

import ReportAnalysis

/// What an indicator query matched: a catalog indicator (every figure bound to it, whatever the report called it)
/// or one name as reports wrote it.
public enum NameTarget: Sendable, Hashable {
    case canonical(String)
    case name(String)
}

/// One ranked answer to an indicator query: what it finds, the name to show, and why it matched.
public struct NameMatch: Sendable, Equatable {
    public var target: NameTarget
    public var label: String
    /// How the query matched, for the user: "名称", "别名 GDP", "拼音 dqsczz".
    public var how: String
    /// Lower is better: catalog exact 0, prefix 1, contained 2; names as written exact 3, prefix 4, contained 5.
    public var tier: Int
    /// How many figures use the name (0 for catalog entries, which are ranked by tier and closeness).
    public var count: Int
}

/// Ranks indicator names for a query as the user types: Chinese substrings (traditional folded to simplified),
/// catalog names and aliases, and pinyin — full (diqushengchanzongzhi) or initials (dqsczz), and prefixes of
/// either (gsgy → 规上工业增加值). Built once per corpus from its distinct names and their use counts.
public struct IndicatorNameIndex: Sendable {
    struct Spelling: Sendable {
        package var text: [Unicode.Scalar]
        package var lower: String
        package var pinyin: [[String]]
    }
    struct CatalogEntry: Sendable {
        package var id: String
        package var name: String
        package var spellings: [(text: String, spelling: Spelling)]
    }
    package struct Name: Sendable {
        package var name: String
        package var count: Int
        var spelling: Spelling
    }

    let catalog: [CatalogEntry]
    let names: [Name]

    /// `names` with their use counts (any order).
    public init(names: [(name: String, count: Int)], catalog: IndicatorCatalog = .bundled) {
        // The distinct characters (appending every name to one string copied it again and again: 70,000 names
        // of the corpus took 1.6 s).
        var all = Set<Unicode.Scalar>()
        for n in names { all.formUnion(n.name.unicodeScalars) }
        for e in catalog.entries { all.formUnion(e.name.unicodeScalars); for a in e.aliases { all.formUnion(a.unicodeScalars) } }
        let table = PinyinTable.syllables(for: all)
        func spell(_ s: String) -> Spelling {
            Spelling(text: Array(s.unicodeScalars), lower: s.lowercased(), pinyin: PinyinTable.spell(s, table: table))
        }
        self.catalog = catalog.entries.map { e in
            CatalogEntry(id: e.id, name: e.name, spellings: ([e.name] + e.aliases).map { ($0, spell($0)) })
        }
        self.names = names.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            .map { Name(name: $0.name, count: $0.count, spelling: spell($0.name)) }
    }

    /// How `query` matches one spelling: 0 exact, 1 prefix, 2 contained, nil not at all; and whether by pinyin.
    static func grade(_ q: Query, _ s: Spelling, _ text: String) -> (tier: Int, pinyin: Bool)? {
        if !q.han.isEmpty {
            if s.text == q.han { return (0, false) }
            if s.text.starts(with: q.han) { return (1, false) }
            if s.text.count > q.han.count, !s.text.starts(of: q.han, in: 0..<s.text.count).isEmpty { return (2, false) }
            return nil
        }
        guard !q.latin.isEmpty else { return nil }
        if text.unicodeScalars.allSatisfy(\.isASCII) {
            if s.lower == q.latin { return (0, false) }
            if s.lower.hasPrefix(q.latin) { return (1, false) }
            if s.lower.includes(q.latin) { return (2, false) }
            return nil
        }
        return PinyinTable.match(q.bytes, s.pinyin).map { ($0, true) }
    }

    struct Query {
        /// The query in simplified characters when it has Han characters, else empty.
        package var han: [Unicode.Scalar]
        /// The query lower-cased without spaces when it is ASCII, else empty.
        package var latin: String
        package var bytes: [UInt8] { Array(latin.utf8) }
        package init(_ raw: String) {
            let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let scalars = Array(t.unicodeScalars)
            if scalars.contains(where: { !$0.isASCII }) {
                han = ScriptConverter.simplifyScalars(scalars.filter { $0 != " " && $0 != "\u{3000}" })
                latin = ""
            } else {
                han = []
                latin = t.lowercased().replacingAll(" ", with: "")
            }
        }
    }

    /// The best matches for `query`, best first: catalog entries before names as written; within a tier the
    /// closer spelling (shorter), then the more used name.
    public func matches(_ query: String, limit: Int = 20) -> [NameMatch] {
        let q = Query(query)
        guard !q.han.isEmpty || !q.latin.isEmpty else { return [] }
        var out: [(NameMatch, Int)] = []
        for e in catalog {
            var best: (tier: Int, how: String, len: Int)?
            for (text, s) in e.spellings {
                guard let g = Self.grade(q, s, text) else { continue }
                if let cur = best, (cur.tier, cur.len) <= (g.tier, s.text.count) { continue }
                best = (g.tier, g.pinyin ? "拼音 \(q.latin)" : text == e.name ? "名称" : "别名 \(text)", s.text.count)
            }
            if let b = best {
                out.append((NameMatch(target: .canonical(e.id), label: e.name, how: b.how, tier: b.tier, count: 0), b.len))
            }
        }
        // Names as written: the index is sorted by use, so each tier keeps its first `limit`.
        var perTier = [Int](repeating: 0, count: 3)
        for n in names {
            guard let g = Self.grade(q, n.spelling, n.name), perTier[g.tier] < limit else { continue }
            perTier[g.tier] += 1
            let how = g.pinyin ? "拼音 \(q.latin)" : "名称"
            out.append((NameMatch(target: .name(n.name), label: n.name, how: how, tier: 3 + g.tier, count: n.count), n.spelling.text.count))
            if perTier.allSatisfy({ $0 >= limit }) { break }
        }
        out.sort { a, b in
            if a.0.tier != b.0.tier { return a.0.tier < b.0.tier }
            if a.0.tier < 3, a.1 != b.1 { return a.1 < b.1 }
            if a.0.count != b.0.count { return a.0.count > b.0.count }
            return a.1 < b.1
        }
        return out.prefix(limit).map(\.0)
    }
}
