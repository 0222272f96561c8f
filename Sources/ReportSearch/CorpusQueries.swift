import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators

import ReportAnalysis

/// A paragraph that matched a full-text query: where it is and the sentence that matched.
public struct ParagraphHit: Sendable, Equatable {
    public var file: String
    public var place: String?
    public var year: Int?
    public var section: String?
    public var paragraph: Int
    /// The first sentence of the paragraph that contains a query term (original script), and where the terms are in it.
    public var sentence: String
    public var matches: [Range<Int>]
    /// Lower is better (FTS5 bm25); 0 for short queries, which are not ranked.
    public var rank: Double

    public init(file: String, place: String?, year: Int?, section: String?, paragraph: Int, sentence: String, matches: [Range<Int>], rank: Double) {
        self.file = file; self.place = place; self.year = year; self.section = section; self.paragraph = paragraph
        self.sentence = sentence; self.matches = matches; self.rank = rank
    }
}

/// One indicator with the report it came from.
public struct IndicatorHit: Sendable, Equatable {
    public var file: String
    public var place: String?
    /// The figure's year; its report's only when the figure has none.
    public var year: Int?
    public var indicator: Indicator
    public init(file: String, place: String?, year: Int?, indicator: Indicator) {
        self.file = file; self.place = place; self.year = year; self.indicator = indicator
    }
}

/// An indicator name that matched, how often it occurs, and its most recent uses.
public struct NameHit: Sendable, Equatable {
    public var name: String
    public var count: Int
    public var latest: [IndicatorHit]
    public init(name: String, count: Int, latest: [IndicatorHit]) { self.name = name; self.count = count; self.latest = latest }
}

/// A figure found by an indicator query, with the name match that found it.
public struct IndicatorMatch: Sendable, Equatable {
    public var hit: IndicatorHit
    public var match: NameMatch
    public init(hit: IndicatorHit, match: NameMatch) { self.hit = hit; self.match = match }
}

/// One place's year-over-year series of one catalog indicator.
public struct PlaceSeries: Sendable, Equatable {
    /// The place as the corpus resolves it (nil when no place matched) and the indicator's catalog name.
    public var place: String?
    public var indicator: String
    public var rows: [SeriesRow]
    public init(place: String?, indicator: String, rows: [SeriesRow]) { self.place = place; self.indicator = indicator; self.rows = rows }
}

/// Places side by side for one year, with the years that can be stepped to.
public struct Comparison: Sendable, Equatable {
    /// Resolved place names in the order asked (an unknown place keeps the name given and has no values).
    public var places: [String]
    public var year: Int?
    public var years: [Int]
    public var rows: [ComparisonRow]
    public init(places: [String], year: Int?, years: [Int], rows: [ComparisonRow]) {
        self.places = places; self.year = year; self.years = years; self.rows = rows
    }
}

/// The questions the dashboard asks of a corpus. Two answerers give the same answers: `MemoryQueries` over parsed
/// reports (tests, small folders) and the SQLite index (`IndexStore`, any size). Each call is one short read, safe
/// to run off the main thread.
public protocol CorpusQueries: Sendable {
    /// The report in full (sections, paragraphs, indicators).
    func document(file: String) throws -> Report
    /// Figures whose name matches `query` (see `IndicatorNameIndex`), best names first, each name's latest first.
    func searchIndicators(_ query: String, limit: Int) throws -> [IndicatorMatch]
    /// Paragraphs containing every term of `query`, best first.
    func searchParagraphs(_ query: String, limit: Int) throws -> [ParagraphHit]
    /// The year-over-year series of a catalog indicator (`id`) for a place (any of its spellings).
    func series(place: String, indicator id: String) throws -> PlaceSeries
    /// Places side by side for a year (nil: the latest year they share).
    func compare(places: [String], year: Int?) throws -> Comparison
    /// Stops the queries running now (they throw); for a search nobody waits for any more.
    func interrupt()
    /// Builds what the first search needs (the index's name and place tables), so that search does not wait.
    func prepare() throws
}

extension CorpusQueries {
    public func interrupt() {}
    public func prepare() throws {}
}

/// Splitting queries and cutting out the sentence that matched, shared by both answerers.
public enum QueryText {
    /// An indicator query and an optional place filter: words after the first narrow the figures to places whose
    /// name contains them ("gdp 浙江" is GDP in 浙江省's reports; "规上工业 hz" does not take pinyin for places).
    public static func indicatorQuery(_ query: String) -> (name: String, place: String?) {
        let words = query.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
        guard words.count >= 2 else { return (words.first ?? "", nil) }
        let place = String(scalars: ScriptConverter.simplifyScalars(Array(words.dropFirst().joined().unicodeScalars)))
        return (words[0], place)
    }

    /// Splits a query into terms (whitespace-separated; full-width spaces too), simplified like the text is.
    public static func terms(_ query: String) -> [String] {
        query.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
            .map { term in String(scalars: ScriptConverter.simplifyScalars(Array(term.unicodeScalars))) }
            .filter { !$0.isEmpty }
    }

    /// The sentence around the first match (cut at 。！？；), in the display script, with every term's position.
    /// Analysis text and display text have the same scalar count, so positions found in one hold in the other.
    public static func sentence(in text: String, display: String, terms: [String]) -> (String, [Range<Int>]) {
        let t = Array(text.unicodeScalars), d = Array(display.unicodeScalars)
        let needles = terms.map { Array($0.unicodeScalars) }
        let first = needles.compactMap { t.starts(of: $0, in: 0..<t.count).first }.min() ?? 0
        let stops: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]
        var a = first
        while a > 0, !stops.contains(t[a - 1]) { a -= 1 }
        var b = first
        while b < t.count, !stops.contains(t[b]) { b += 1 }
        if b < t.count { b += 1 }
        let scalars = d.count == t.count ? d : t
        // Leading spaces are dropped from the sentence, so match positions shift with them.
        while a < b, scalars[a] == " " || scalars[a] == "\u{3000}" { a += 1 }
        while b > a, scalars[b - 1] == " " || scalars[b - 1] == "\u{3000}" { b -= 1 }
        var matches: [Range<Int>] = []
        for n in needles where !n.isEmpty { matches += t.starts(of: n, in: a..<b).map { ($0 - a)..<($0 - a + n.count) } }
        return (String(scalars: scalars[a..<b]), matches.sorted { $0.lowerBound < $1.lowerBound })
    }
}

/// `CorpusQueries` over reports held in memory, through `Analysis`.
public struct MemoryQueries: CorpusQueries {
    public let analysis: Analysis
    let byFile: [String: Int]
    package let names: IndicatorNameIndex

    public init(reports: [Report], catalog: IndicatorCatalog = .bundled) {
        analysis = Analysis(reports: reports, catalog: catalog)
        byFile = Dictionary(reports.enumerated().map { ($0.element.file, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var counts: [String: Int] = [:]
        for r in reports { for i in r.indicators { counts[i.name, default: 0] += 1 } }
        names = IndicatorNameIndex(names: counts.map { ($0.key, $0.value) }, catalog: catalog)
    }

    public func document(file: String) throws -> Report {
        guard let i = byFile[file] else { throw ReadError(file: file, problem: "not in this corpus") }
        return analysis.reports[i]
    }

    public func searchIndicators(_ query: String, limit: Int) throws -> [IndicatorMatch] {
        let (name, place) = QueryText.indicatorQuery(query)
        let found = names.matches(name)
        var out: [IndicatorMatch] = []
        var seen = Set<String>()
        for m in found {
            var hits: [IndicatorHit] = []
            for r in analysis.reports where place.map({ p in r.place.name?.includes(p) ?? false }) ?? true {
                for i in r.indicators {
                    let hit: Bool
                    switch m.target {
                    case .canonical(let id): hit = i.canonicalId == id
                    case .name(let n): hit = i.name == n
                    }
                    if hit { hits.append(IndicatorHit(file: r.file, place: r.place.name, year: i.year ?? r.displayYear, indicator: i)) }
                }
            }
            hits.sort { ($0.indicator.year ?? Int.min) > ($1.indicator.year ?? Int.min) }
            for h in hits.prefix(Self.perName) where seen.insert(h.file + "#\(h.indicator.paragraph):\(h.indicator.start)").inserted {
                out.append(IndicatorMatch(hit: h, match: m))
                if out.count >= limit { return out }
            }
        }
        return out
    }

    /// Figures listed per matched name, latest first.
    public static let perName = 200

    public func searchParagraphs(_ query: String, limit: Int) throws -> [ParagraphHit] {
        let terms = QueryText.terms(query)
        guard !terms.isEmpty else { return [] }
        var out: [ParagraphHit] = []
        for r in analysis.reports {
            for (pi, p) in r.paragraphs.enumerated() where terms.allSatisfy({ p.text.includes($0) }) {
                let (sentence, matches) = QueryText.sentence(in: p.text, display: p.display, terms: terms)
                let section = r.sections.last { $0.paragraphRange.contains(pi) }?.title
                out.append(ParagraphHit(file: r.file, place: r.place.name, year: r.displayYear, section: section, paragraph: pi,
                                        sentence: sentence, matches: matches, rank: 0))
                if out.count >= limit { return out }
            }
        }
        return out
    }

    public func series(place: String, indicator id: String) throws -> PlaceSeries {
        let name = analysis.catalog.entry(id: id)?.name ?? id
        guard let p = analysis.places.find(place) else { return PlaceSeries(place: nil, indicator: name, rows: []) }
        return PlaceSeries(place: p.name, indicator: name, rows: analysis.series(place: p, indicator: id))
    }

    public func compare(places: [String], year: Int?) throws -> Comparison {
        analysis.comparison(places, year: year)
    }
}

extension Analysis {
    /// `compare` by place names, with the years the places' reports cover (each reviews one year and plans the next).
    public func comparison(_ names: [String], year: Int?) -> Comparison {
        comparison(names, found: names.map { places.find($0) }, year: year)
    }

    /// `compare` for places already looked up (nil: not found), one per name asked.
    public func comparison(_ names: [String], found: [PlaceSummary?], year: Int?) -> Comparison {
        let summaries = found.compactMap { $0 }
        let (y, rows) = compare(summaries, year: year)
        // Rows keep one cell per name asked; a place not found has empty cells.
        var full: [ComparisonRow] = []
        for row in rows {
            var cells: [SeriesRow?] = []
            var k = 0
            for f in found {
                if f != nil { cells.append(row.cells[k]); k += 1 } else { cells.append(nil) }
            }
            full.append(ComparisonRow(indicatorId: row.indicatorId, indicator: row.indicator, cells: cells))
        }
        let years = Set(summaries.flatMap { $0.years.flatMap { [$0, $0 - 1] } }).sorted()
        return Comparison(places: zip(names, found).map { $1?.name ?? $0 }, year: y, years: years, rows: full)
    }
}
