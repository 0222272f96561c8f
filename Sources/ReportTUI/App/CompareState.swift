import ReportModel

/// The comparison screen: the places picked, the year, the picker's input and the answer.
public struct CompareState: Sendable {
    public var places: [String] = []
    /// nil: the latest year the places share.
    public var year: Int?
    public var picking = true
    public var input = ""
    public var picker = ListViewport()
    public var result: Comparison?
    public var answered: Request?
    public var failure: String?
    public var list = ListViewport()
    /// The selected place's column: Enter opens that cell's source.
    public var column = 0
    /// Every place name of the corpus with its level, its reports' years and pinyin, for the picker (built when
    /// the screen opens).
    var candidates: [(name: String, level: String, years: String, pinyin: [[String]])] = []
    /// The place of the report being read: first in the picker while nothing is typed, so Enter adds it.
    public var suggested: String?

    /// "2016–2026" for a place of the corpus, "" for an unknown one.
    public func years(of place: String) -> String { candidates.first { $0.name == place }?.years ?? "" }

    public var request: Request? { places.isEmpty ? nil : .compare(places: places, year: year) }

    /// Candidates matching the input: a substring of the name, or a prefix of its pinyin (full or initials).
    public var matches: [(name: String, level: String, years: String)] {
        let q = input.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else {
            let open = candidates.filter { !places.contains($0.name) }
            let first = open.filter { $0.name == suggested }
            return (first + open.filter { $0.name != suggested }).map { ($0.name, $0.level, $0.years) }
        }
        let simplified = String(scalars: ScriptConverter.simplifyScalars(Array(q.unicodeScalars)))
        let latin = q.unicodeScalars.allSatisfy(\.isASCII) ? Array(q.lowercased().utf8.filter { $0 != 32 }) : []
        return candidates.filter { c in
            !places.contains(c.name) && (c.name.contains(simplified) || (!latin.isEmpty && PinyinTable.match(latin, c.pinyin) != nil))
        }.map { ($0.name, $0.level, $0.years) }
    }

    /// What a key on the compare screen asks the dashboard to do.
    enum Outcome: Equatable { case none, back, message(String), source(SeriesRow, target: Bool) }

    /// The picker's keys: moving through candidates, adding (Enter) and removing (Backspace) places, Tab to the
    /// table, Esc back to browsing.
    mutating func pick(_ a: Action) -> Outcome {
        let m = matches
        picker.move(a, count: m.count)
        switch a {
        case .addPlace:
            guard m.indices.contains(picker.cursor) else { return .none }
            places.append(m[picker.cursor].name)
            year = nil
            input = ""; picker.reset(); list.reset()
            if places.count >= 2 { picking = false }
        case .removePlace:
            if !places.isEmpty { places.removeLast(); year = nil }
        case .nextPane: picking = false
        case .back: return .back
        default: break
        }
        return .none
    }

    /// The table's keys: moving through rows, ←/→ between places, [/] between years, Enter (t) opening the
    /// selected cell's source (its target's), a/Backspace to add or remove places.
    mutating func update(_ a: Action) -> Outcome {
        list.move(a, count: result?.rows.count ?? 0)
        switch a {
        case .previousYear, .nextYear:
            guard let r = result, let y = r.year, let k = r.years.firstIndex(of: y) else { return .none }
            let next = k + (a == .nextYear ? 1 : -1)
            guard r.years.indices.contains(next) else { return .message("no \(a == .nextYear ? "later" : "earlier") year") }
            year = r.years[next]
        case .previousColumn, .nextColumn:
            let n = result?.places.count ?? places.count
            column = clamp(column + (a == .nextColumn ? 1 : -1), 0, n - 1)
        case .open, .targetSource:
            guard let r = result, r.rows.indices.contains(list.cursor) else { return .none }
            let cells = r.rows[list.cursor].cells
            guard cells.indices.contains(column), let cell = cells[column] else {
                return .message("\(r.places[safe: column] ?? "this place") has no \(r.rows[list.cursor].indicator) for the year")
            }
            return .source(cell, target: a == .targetSource)
        case .addPlace: picking = true
        case .removePlace:
            if !places.isEmpty { places.removeLast(); year = nil }
            if places.count < 2 { picking = true }
            column = min(column, max(0, places.count - 1))
        case .back: return .back
        default: break
        }
        return .none
    }

    /// A comparison arrived. Left to choose, the year is the latest with actual figures: the latest shared year
    /// is often the one the newest reports only set targets for.
    mutating func receive(_ c: Comparison, for r: Request) {
        result = c; answered = r; failure = nil
        list.select(list.cursor, count: c.rows.count)
        let actual = c.rows.contains { $0.cells.contains { $0?.value != nil || $0?.growth != nil } }
        if year == nil, !actual, let y = c.year, let earlier = c.years.last(where: { $0 < y }) { year = earlier }
    }
}
