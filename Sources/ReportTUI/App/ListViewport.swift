/// A highlighted row in a list that scrolls: the cursor, the first row shown and how many rows the list's box
/// shows. One type for the report list, the section tree, the indicator table, the year-over-year table, search
/// results and both lists of the compare screen, so moving, paging and keeping the cursor in view are written once.
/// `page` is set by the layout when the terminal is resized (`DashboardState.applyLayout`).
public struct ListViewport: Sendable, Equatable {
    public var cursor = 0
    /// Index of the first row shown.
    public var offset = 0
    /// Rows the list's box shows (at least 1).
    public private(set) var page = 1

    public init() {}

    /// The box now shows `rows` rows; the cursor stays in view.
    public mutating func setPage(_ rows: Int) {
        page = max(1, rows)
        follow()
    }

    /// Back to the first row (a new list).
    public mutating func reset() { cursor = 0; offset = 0 }

    /// Moves for a moving action over a list of `count` rows (a page moves one row less than it shows, so a row
    /// stays in view); false, and nothing changes, for any other action.
    @discardableResult
    public mutating func move(_ a: Action, count n: Int) -> Bool {
        switch a {
        case .moveUp: cursor -= 1
        case .moveDown: cursor += 1
        case .pageUp: cursor -= max(1, page - 1)
        case .pageDown: cursor += max(1, page - 1)
        case .top: cursor = 0
        case .bottom: cursor = n - 1
        default: return false
        }
        select(cursor, count: n)
        return true
    }

    /// Puts the cursor on `row` (clamped to the list) and scrolls it into view.
    public mutating func select(_ row: Int, count n: Int) {
        cursor = clamp(row, 0, n - 1)
        follow()
    }

    /// The list row shown on screen row `r` of the box (for a mouse click), or nil past the shown rows.
    public func row(onScreenRow r: Int) -> Int? { r >= 0 && r < page ? offset + r : nil }

    /// Scrolls so the cursor row is inside the window.
    public mutating func follow() {
        if cursor < offset { offset = cursor } else if cursor >= offset + page { offset = cursor - page + 1 }
        offset = max(0, offset)
    }

    /// The range of rows shown for a list of `count` rows.
    public func visible(count n: Int) -> Range<Int> { min(offset, n)..<min(n, offset + page) }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }
