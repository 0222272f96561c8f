import ReportModel

/// The indicator table's view of a section's figures: which column sorts it, which role it shows, whether only
/// figures with a catalog name are listed, and the cursor.
public struct TableState: Sendable, Equatable {
    public enum Column: Int, Sendable, CaseIterable { case name, value, change, role, year }
    /// nil: the order of the text.
    public var sort: Column?
    public var descending = false
    public var role: IndicatorRole?
    /// Figures with a catalog name only: the table opens so (broken and one-off names are noise at first
    /// sight); `a` shows every figure, and the choice holds for every report until changed.
    public var catalogOnly = DashboardPreferences().catalogOnly
    public var list = ListViewport()

    /// `all` filtered and sorted as the table shows them.
    public func rows(_ all: [Indicator]) -> [Indicator] {
        var rows = all.filter { (role == nil || $0.role == role) && (!catalogOnly || $0.canonicalId != nil) }
        guard let sort else { return descending ? rows.reversed() : rows }
        let key: (Indicator, Indicator) -> Bool
        switch sort {
        case .name: key = { ($0.canonical ?? $0.name) < ($1.canonical ?? $1.name) }
        case .value: key = { a, b in
            // Values compare within a unit; units group together.
            (a.baseUnit ?? "\u{10FFFF}", a.baseValue ?? -.infinity) < (b.baseUnit ?? "\u{10FFFF}", b.baseValue ?? -.infinity) }
        case .change: key = { ($0.change?.percent ?? $0.change?.points ?? -.infinity) < ($1.change?.percent ?? $1.change?.points ?? -.infinity) }
        case .role: key = { $0.role.rawValue < $1.role.rawValue }
        case .year: key = { ($0.year ?? Int.min) < ($1.year ?? Int.min) }
        }
        // Stable: ties keep the order of the text.
        rows = rows.enumerated().sorted { a, b in
            if key(a.element, b.element) { return !descending }
            if key(b.element, a.element) { return descending }
            return a.offset < b.offset
        }.map(\.element)
        return rows
    }

    mutating func nextSort() {
        if let s = sort { sort = TableState.Column(rawValue: s.rawValue + 1) } else { sort = .name }
        list.reset()
    }

    mutating func nextRole() {
        switch role {
        case nil: role = .actual
        case .actual?: role = .target
        case .target?: role = .forecast
        case .forecast?: role = nil
        }
        list.reset()
    }

    /// The table's own keys over its `count` rows: moving, sorting and filtering. False for any other action.
    mutating func update(_ a: Action, count n: Int) -> Bool {
        if list.move(a, count: n) { return true }
        switch a {
        case .sortNext: nextSort()
        case .sortReverse: descending.toggle(); list.reset()
        case .roleFilter: nextRole()
        case .catalogOnly: catalogOnly.toggle(); list.reset()
        default: return false
        }
        return true
    }
}
