import Foundation
import Synchronization
import GRDB
import ReportModel

extension IndexStore {
    /// Splits a query into terms (see `QueryText.terms`).
    public static func terms(_ query: String) -> [String] { QueryText.terms(query) }

    /// A LIKE pattern for one term, with LIKE's wildcards escaped.
    static func likePattern(_ term: String) -> String {
        "%" + term.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// Matches ranked per query (see `searchParagraphs`).
    public static let rankWindow = 2000

    /// A one- or two-character term is looked up as every trigram it starts (the index's vocabulary); past this
    /// many the term is only checked in the paragraphs the other terms select, or by a scan.
    static let prefixTrigramLimit = 400

    /// Full-text search over paragraphs. The trigram index selects the blocks that can hold every term (three or
    /// more characters: all its trigrams; one or two: any trigram it starts); the paragraphs of those blocks are
    /// checked for the terms themselves (letters in either case) and the first `rankWindow` matches in index order
    /// are ranked, bm25-style, by how often the terms occur against the paragraph's length. A query whose every
    /// term starts too many trigrams to list (a common character) reads the blocks in order.
    public func searchParagraphs(_ query: String, limit: Int = 20) throws -> [ParagraphHit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        let needles = terms.map { Self.folded(Array($0.utf8)) }
        let caseless = needles.joined().contains { $0 >= 0x61 && $0 <= 0x7A }
        return try pool.read { db in
            let columns = "t.id, t.report_id, t.first, t.text"
            let candidates: RowCursor
            switch try Self.blockQuery(db, terms) {
            case .none: return []
            case .match(let q):
                candidates = try Row.fetchCursor(db, sql: """
                    SELECT \(columns) FROM paragraph_fts JOIN texts t ON t.id = paragraph_fts.rowid WHERE paragraph_fts MATCH ?
                    """, arguments: [q])
            case .scan:
                candidates = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM texts t ORDER BY t.id")
            }
            // The candidate blocks are read in index order and checked in batches on every core: inflating them is
            // most of a search (a common phrase fills the window from about as many blocks as it has matches).
            // Within a batch each block's matches are kept in order, so the window is the same first matches.
            var found: [Found] = []
            let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            var batch: [Candidate] = []
            var exhausted = false
            while !exhausted && found.count < Self.rankWindow {
                batch.removeAll(keepingCapacity: true)
                while batch.count < Self.searchBatch, let row = try candidates.next() {
                    batch.append(Candidate(block: row["id"], report: row["report_id"], first: row["first"], data: row["text"]))
                }
                if batch.count < Self.searchBatch { exhausted = true }
                for hits in Self.check(batch, needles: needles, caseless: caseless, workers: workers) {
                    found += hits.prefix(Self.rankWindow - found.count)
                    if found.count >= Self.rankWindow { break }
                }
            }
            // bm25 with every term weighted alike (each hit holds them all); lower is better, as FTS5's.
            let average = Double(max(1, found.reduce(0) { $0 + $1.length })) / Double(max(1, found.count))
            let (k1, b) = (1.2, 0.75)
            let ranked = found.map { f -> (Found, Double) in
                let norm = k1 * (1 - b + b * Double(f.length) / average)
                return (f, -f.counts.reduce(0.0) { $0 + Double($1) * (k1 + 1) / (Double($1) + norm) })
            }.sorted { x, y in x.1 != y.1 ? x.1 < y.1 : (x.0.block, x.0.index) < (y.0.block, y.0.index) }
            return try ranked.prefix(limit).compactMap { f, rank -> ParagraphHit? in
                guard let r = try ReportRecord.filter(key: f.report).fetchOne(db),
                      let stored = try Row.fetchOne(db, sql: "SELECT first, text, display FROM texts WHERE id = ?", arguments: [f.block]),
                      let block = TextBlock.unpacked(first: stored["first"], text: stored["text"], display: stored["display"]),
                      block.texts.indices.contains(f.index)
                else { return nil }
                let section = try String.fetchOne(db, sql: """
                    SELECT title FROM sections WHERE report_id = ? AND para_start <= ? AND ? < para_end ORDER BY level DESC LIMIT 1
                    """, arguments: [f.report, f.paragraph, f.paragraph])
                let text = block.texts[f.index]
                let (sentence, matches) = QueryText.sentence(in: text, display: block.displays[f.index] ?? text, terms: terms)
                return ParagraphHit(file: absolute(r.path), place: r.report.place.name, year: r.displayYear, section: section,
                                    paragraph: f.paragraph, sentence: sentence, matches: matches, rank: rank)
            }
        }
    }

    /// A matching paragraph: its block, report, paragraph number, place in the block, term counts and length in bytes.
    struct Found: Sendable { var block: Int64; var report: Int64; var paragraph: Int; var index: Int; var counts: [Int]; var length: Int }
    /// A block the trigram index selected, as stored.
    struct Candidate: Sendable { var block: Int64; var report: Int64; var first: Int; var data: Data }
    /// Blocks read from the index before they are checked together.
    static let searchBatch = 256

    /// The paragraphs of each block that hold every needle, in block order; the blocks are shared among `workers` threads.
    static func check(_ batch: [Candidate], needles: [[UInt8]], caseless: Bool, workers: Int) -> [[Found]] {
        let results = Mutex([[Found]](repeating: [], count: batch.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, batch.count))) { _ in
            let inflater = Inflater()
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < batch.count else { return }
                let c = batch[i]
                guard let (raw, start, lengths) = TextBlock.body(c.data, inflater) else { continue }
                let folded = caseless ? folded(raw) : raw
                var hits: [Found] = []
                folded.withUnsafeBufferPointer { hay in
                    var at = start
                    for (k, l) in lengths.enumerated() {
                        defer { at += l + 1 }
                        let counts = needles.map { occurrences(of: $0, in: hay, at..<(at + l)) }
                        guard !counts.contains(0) else { continue }
                        hits.append(Found(block: c.block, report: c.report, paragraph: c.first + k, index: k, counts: counts, length: l))
                    }
                }
                if !hits.isEmpty { results.withLock { $0[i] = hits } }
            }
        }
        return results.withLock { $0 }
    }

    /// How the trigram index narrows a search: a MATCH over blocks, no block at all, or none (read every block).
    enum BlockQuery: Equatable { case match(String), none, scan }

    /// The MATCH that selects every block able to hold all `terms`. The index has no positions (detail=none), so a
    /// term is the AND of its trigrams and the paragraphs are checked afterwards; a one- or two-character term is the
    /// OR of the trigrams it starts, read from the vocabulary (each block's text ends in two line breaks, so a term at
    /// a paragraph's end starts one too); a term the vocabulary has no trigram for is in no paragraph.
    static func blockQuery(_ db: Database, _ terms: [String]) throws -> BlockQuery {
        var parts: [String] = []
        for term in terms {
            let chars = Array(term.lowercased().unicodeScalars)
            if chars.count >= 3 {
                var trigrams: [String] = []
                for i in 0...(chars.count - 3) {
                    let t = String(String.UnicodeScalarView(chars[i..<(i + 3)]))
                    if !trigrams.contains(t) { trigrams.append(t) }
                }
                parts.append(trigrams.map(quoted).joined(separator: " AND "))
            } else if !chars.isEmpty {
                let prefix = String(String.UnicodeScalarView(chars))
                let starts = try String.fetchAll(db, sql: "SELECT term FROM paragraph_vocab WHERE term >= ? AND term < ? LIMIT ?",
                                                 arguments: [prefix, prefix + "\u{10FFFF}", prefixTrigramLimit + 1])
                if starts.isEmpty { return .none }
                if starts.count <= prefixTrigramLimit { parts.append("(" + starts.map(quoted).joined(separator: " OR ") + ")") }
            }
        }
        return parts.isEmpty ? .scan : .match(parts.joined(separator: " AND "))
    }

    /// A string as one FTS5 token.
    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// ASCII letters lowered (as the trigram index folds them), other bytes as they are.
    static func folded(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }

    /// Non-overlapping occurrences of `needle` in `hay[range]`: `memchr` for the needle's last byte (a continuation byte
    /// of Han text, rarer than a lead byte), then `memcmp`.
    static func occurrences(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let lastByte = needle.last, needle.count <= range.count, let base = hay.baseAddress else { return 0 }
        let k = needle.count - 1
        return needle.withUnsafeBytes { nd -> Int in
            guard let np = nd.baseAddress else { return 0 }
            var n = 0, i = range.lowerBound
            while i + k < range.upperBound, let p = memchr(base + i + k, Int32(lastByte), range.upperBound - i - k) {
                let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self)) - k
                if memcmp(base + at, np, needle.count) == 0 { n += 1; i = at + needle.count } else { i = at + 1 }
            }
            return n
        }
    }

    /// Indicator names containing the query (three or more characters through the trigram index, shorter ones by
    /// a scan of the distinct names), most used first, each with its `perName` uses of the latest years. A query
    /// in Latin letters is also read as the dashboard reads it — pinyin in full or by initials, or a catalog
    /// alias (gsgy → 规上工业增加值, gdp) — and those matches come first: a catalog indicator with every figure
    /// bound to it, a name as written with its own.
    public func searchNames(_ query: String, limit: Int = 10, perName: Int = 3) throws -> [NameHit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        let written = try writtenNames(terms, limit: limit, perName: perName)
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, q.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII || $0 == " " }) else { return written }
        let spelled = try spelledNames(q, limit: limit, perName: perName)
        let shown = Set(spelled.map(\.name))
        return Array((spelled + written.filter { !shown.contains($0.name) }).prefix(limit))
    }

    /// Names found by pinyin or alias through the same name index as the dashboard's indicator search.
    func spelledNames(_ query: String, limit: Int, perName: Int) throws -> [NameHit] {
        let found = try nameIndex().matches(query).prefix(limit)
        guard !found.isEmpty else { return [] }
        return try pool.read { db in
            try found.compactMap { m -> NameHit? in
                switch m.target {
                case .canonical(let id):
                    let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM indicators WHERE canonical_id = ?", arguments: [id]) ?? 0
                    guard count > 0 else { return nil }
                    return NameHit(name: m.label, count: count, latest: try latestUses(db, "canonical_id", id, limit: perName))
                case .name(let name):
                    guard let n = try Row.fetchOne(db, sql: "SELECT id, n FROM indicator_names WHERE name = ? AND n > 0", arguments: [name]) else { return nil }
                    return NameHit(name: name, count: n["n"], latest: try latestUses(db, "name_id", n["id"] as Int64, limit: perName))
                }
            }
        }
    }

    /// Names as written that contain every term.
    func writtenNames(_ terms: [String], limit: Int, perName: Int) throws -> [NameHit] {
        try pool.read { db in
            // A scan of the distinct names (69,000 on ../shared/corpus: a few milliseconds) instead of a trigram index
            // over them, which cost more room than the names themselves.
            let cond = terms.map { _ in "name LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
            let names = try Row.fetchAll(db, sql: """
                SELECT id, name, n FROM indicator_names WHERE \(cond) AND n > 0 ORDER BY n DESC, length(name) LIMIT ?
                """, arguments: StatementArguments(terms.map(Self.likePattern) + [String(limit)]))
            return try names.map { n in
                NameHit(name: n["name"], count: n["n"], latest: try latestUses(db, "name_id", n["id"] as Int64, limit: perName))
            }
        }
    }

    /// The newest `limit` figures whose `column` (name_id or canonical_id) is `value`.
    func latestUses(_ db: Database, _ column: String, _ value: some DatabaseValueConvertible, limit: Int) throws -> [IndicatorHit] {
        try hits(db, where: "i.\(column) = ?", order: "i.year DESC", outerOrder: "i.year DESC, i.id DESC", limit: limit, [value])
    }

    /// Every indicator with a catalog id, for the given places (by place id) or all — a series query.
    public func indicators(canonicalId: String, place: String? = nil) throws -> [IndicatorHit] {
        try pool.read { db in
            let columns = Self.hitSelection
            let rows: [Row]
            if let place {
                // The place's reports first (a few), then each one's block of indicators.
                var ids = try Int64.fetchAll(db, sql: "SELECT id FROM places WHERE name = ?", arguments: [place])
                if ids.isEmpty {
                    ids = try Int64.fetchAll(db, sql: "SELECT id FROM places WHERE instr(former_names, ?) > 0", arguments: [place])
                }
                guard !ids.isEmpty else { return [] }
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(columns) FROM reports r
                    JOIN indicators i ON i.id BETWEEN r.id * \(Schema.span) AND r.id * \(Schema.span) + \(Schema.span - 1)
                    \(IndicatorRecord.joins)
                    WHERE r.place_id IN (\(ids.map(String.init).joined(separator: ","))) AND +i.canonical_id = ?
                    ORDER BY r.display_year, i.id
                    """, arguments: [canonicalId])
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(columns) FROM \(Self.hitSource)
                    WHERE i.canonical_id = ? ORDER BY r.display_year, i.id
                    """, arguments: [canonicalId])
            }
            return rows.map(hit(from:))
        }
    }
}
