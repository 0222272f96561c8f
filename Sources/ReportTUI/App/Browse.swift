import ReportModel

/// One place in the report list with its reports, oldest first.
public struct BrowsePlace: Sendable, Equatable {
    public var name: String?
    public var rank: Int
    public var reports: [Int]
}

/// One visible row of the report list: a level heading, a place, or one of a place's reports.
public enum BrowseRow: Sendable, Equatable {
    case level(Int)
    case place(Int)
    case report(Int, place: Int)
}

/// The report list as a tree: levels (province → city → county → township → other), their places, and each
/// place's reports by year, newest first. Rows are rebuilt only when something folds, so moving stays
/// constant-time at 100,000 reports.
public struct BrowseModel: Sendable {
    public private(set) var places: [BrowsePlace] = []
    /// Place ranges per level, in level order.
    public private(set) var levels: [(rank: Int, places: Range<Int>)] = []
    public private(set) var rows: [BrowseRow] = []
    public var foldedLevels: Set<Int> = []
    public var expandedPlaces: Set<Int> = []
    public var list = ListViewport()
    /// The row under the cursor.
    public var cursor: Int {
        get { list.cursor }
        set { list.select(newValue, count: rows.count) }
    }

    /// "2016–2026", or "2024" for one year; nil for none. How a place's years read everywhere on screen.
    public static func yearSpan(_ years: [Int]) -> String? {
        guard let lo = years.min(), let hi = years.max() else { return nil }
        return lo == hi ? "\(lo)" : "\(lo)–\(hi)"
    }

    /// Corpora up to this many reports open with every place expanded.
    public static let expandAllUpTo = 300

    /// `reports` in the dashboard's order (level, place, year), as the index lists them.
    init(_ reports: [Report]) {
        var i = 0
        while i < reports.count {
            let r = reports[i]
            let rank = r.place.level?.rank ?? 9
            var place = BrowsePlace(name: r.place.name, rank: rank, reports: [i])
            i += 1
            // Reports with no place name stay one per row.
            if r.place.name != nil {
                while i < reports.count, reports[i].place.name == r.place.name, (reports[i].place.level?.rank ?? 9) == rank {
                    place.reports.append(i); i += 1
                }
            }
            if levels.last?.rank != rank { levels.append((rank, places.count..<places.count)) }
            places.append(place)
            levels[levels.count - 1].places = levels[levels.count - 1].places.lowerBound..<places.count
        }
        if reports.count <= Self.expandAllUpTo {
            expandedPlaces = Set(places.indices.filter { places[$0].reports.count > 1 })
        }
        rebuild()
        // The first place, with the list shown from its top (the page is set by the layout later).
        list.cursor = rows.firstIndex { if case .place = $0 { return true } else { return false } } ?? 0
    }

    mutating func rebuild() {
        var out: [BrowseRow] = []
        for (k, level) in levels.enumerated() {
            out.append(.level(k))
            guard !foldedLevels.contains(k) else { continue }
            for p in level.places {
                out.append(.place(p))
                if expandedPlaces.contains(p), places[p].reports.count > 1 {
                    for r in places[p].reports.reversed() { out.append(.report(r, place: p)) }
                }
            }
        }
        rows = out
    }

    /// The report a row stands for: a report row's own, a place's latest, none for a level.
    public func report(at row: Int) -> Int? {
        guard rows.indices.contains(row) else { return nil }
        switch rows[row] {
        case .level: return nil
        case .place(let p): return places[p].reports.last
        case .report(let r, _): return r
        }
    }

    public var currentReport: Int? { report(at: cursor) }

    /// The place of the row under the cursor.
    public var currentPlace: Int? {
        guard rows.indices.contains(cursor) else { return nil }
        switch rows[cursor] {
        case .level: return nil
        case .place(let p), .report(_, let p): return p
        }
    }

    /// Folds or unfolds the row under the cursor (`expand` nil: toggle). Folding a report row folds its place.
    mutating func fold(expand: Bool?) {
        guard rows.indices.contains(cursor) else { return }
        switch rows[cursor] {
        case .level(let k):
            let open = !foldedLevels.contains(k)
            if expand ?? !open { foldedLevels.remove(k) } else { foldedLevels.insert(k) }
        case .place(let p):
            let many = places[p].reports.count > 1, open = expandedPlaces.contains(p)
            if many, expand ?? !open {
                expandedPlaces.insert(p)
            } else if many, open {
                expandedPlaces.remove(p)
            } else {
                // ← on a folded or single-report place goes up to its level heading.
                if expand == false, let k = level(of: p) { cursor = rows.firstIndex(of: .level(k)) ?? cursor }
                return
            }
        case .report(_, let p):
            guard expand != true else { return }
            expandedPlaces.remove(p)
            rebuild()
            cursor = rows.firstIndex(of: .place(p)) ?? 0
            return
        }
        let keep = rows[cursor]
        rebuild()
        cursor = rows.firstIndex(of: keep) ?? min(cursor, max(0, rows.count - 1))
    }

    /// The list's own keys: moving, and folding (← folds a place or goes up to its level, → unfolds, Space
    /// toggles). False for any other action.
    mutating func update(_ a: Action) -> Bool {
        if list.move(a, count: rows.count) { return true }
        switch a {
        case .expand: fold(expand: true)
        case .collapse: fold(expand: false)
        case .toggle: fold(expand: nil)
        default: return false
        }
        return true
    }

    /// Unfolds whatever hides report `r` and puts the cursor on it.
    mutating func reveal(report r: Int) {
        guard let p = place(of: r) else { return }
        if let k = level(of: p) { foldedLevels.remove(k) }
        if places[p].reports.count > 1 { expandedPlaces.insert(p) }
        rebuild()
        cursor = rows.firstIndex(of: .report(r, place: p)) ?? rows.firstIndex(of: .place(p)) ?? cursor
    }

    /// The level group holding place `p`.
    func level(of p: Int) -> Int? { levels.firstIndex { $0.places.contains(p) } }

    /// The place holding report `r` (binary search: places hold consecutive reports).
    func place(of r: Int) -> Int? {
        var lo = 0, hi = places.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            guard let first = places[mid].reports.first, let last = places[mid].reports.last else { return nil }
            if r < first { hi = mid - 1 } else if r > last { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

