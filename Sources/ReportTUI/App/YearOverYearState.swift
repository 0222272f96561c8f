import ReportModel

/// The year-over-year pane: one place and one catalog indicator, with its answer once fetched.
public struct YearOverYearState: Sendable, Equatable {
    public var place: String
    public var indicatorId: String
    public var indicatorName: String
    public var series: PlaceSeries?
    public var answered: Request?
    public var failure: String?
    public var list = ListViewport()

    public var request: Request { .series(place: place, indicator: indicatorId) }
    public var isCurrent: Bool { answered == request }

    /// The series arrived: the newest years are in view (a target for next year included) and the cursor is on
    /// the latest year with a value.
    mutating func receive(_ s: PlaceSeries, for r: Request) {
        series = s; answered = r; failure = nil
        list.offset = max(0, s.rows.count - list.page)
        list.select(s.rows.lastIndex { $0.value != nil || $0.growth != nil } ?? s.rows.count - 1, count: s.rows.count)
    }

    /// The row under the cursor.
    var row: SeriesRow? { series?.rows[safe: list.cursor] }
}
