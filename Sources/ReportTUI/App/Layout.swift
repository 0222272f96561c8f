/// Where each pane goes for a terminal size. Header on the first row, status on the last; the report list above
/// the section tree on the left, the detail pane (text or year over year) above the indicator table on the right.
/// The left column takes 40% of the width (at least 28 columns); the list and the table take 40% of the height.
public struct Layout: Sendable, Equatable {
    public static let minWidth = 50
    public static let minHeight = 12

    public var width: Int, height: Int
    public var header: Rect, status: Rect
    public var browse: Rect, tree: Rect, detail: Rect, indicators: Rect
    /// The body between header and status line (the compare screen uses all of it).
    public var body: Rect

    public init(width: Int, height: Int) {
        self.width = width; self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let bodyH = max(0, height - 2)
        let leftW = max(28, min(width / 2, width * 40 / 100))
        let reportsH = max(5, bodyH * 2 / 5)
        body = Rect(x: 0, y: 1, width: width, height: bodyH)
        browse = Rect(x: 0, y: 1, width: leftW, height: reportsH)
        tree = Rect(x: 0, y: 1 + reportsH, width: leftW, height: bodyH - reportsH)
        let indH = max(5, bodyH * 2 / 5)
        detail = Rect(x: leftW, y: 1, width: width - leftW, height: bodyH - indH)
        indicators = Rect(x: leftW, y: 1 + bodyH - indH, width: width - leftW, height: indH)
    }

    public var tooSmall: Bool { width < Self.minWidth || height < Self.minHeight }
}

extension Layout {
    // The rows each list occupies, inside its box and under its column header. Views draw list rows there, the
    // state pages by their heights (`DashboardState.applyLayout`) and a mouse click maps to a row through them.

    public var browseList: Rect { browse.inset(1) }
    public var treeList: Rect { tree.inset(1) }
    public var tableList: Rect { indicators.inset(1).below(1) }
    /// The year-over-year table: the upper half of the detail pane when it is tall enough, the chart below it.
    public var yearOverYearList: Rect {
        let inner = detail.inset(1)
        let h = inner.height
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(1, (h >= 10 ? h - h / 2 : h) - 1))
    }
    /// The search box covers the body; its results start under the input and kind lines.
    public var searchList: Rect { body.inset(1).below(2) }
    /// The compare screen's picker: one line of chosen places and input, plus the candidate list while picking.
    public func comparePicker(picking: Bool) -> Rect {
        Rect(x: body.x, y: body.y, width: body.width, height: picking ? max(3, min(body.height / 2, 12)) : 3)
    }
    public func comparePickerList(picking: Bool) -> Rect { comparePicker(picking: picking).inset(1).below(1) }
    /// The comparison table under the picker; rows start under its two header lines.
    public func compareTable(picking: Bool) -> Rect {
        let p = comparePicker(picking: picking)
        return Rect(x: body.x, y: p.maxY, width: body.width, height: body.maxY - p.maxY)
    }
    public func compareTableList(picking: Bool) -> Rect { compareTable(picking: picking).inset(1).below(2) }
    public var help: Rect {
        let w = min(width - 2, 90)
        return Rect(x: (width - w) / 2, y: 1, width: w, height: height - 2)
    }
}

extension Rect {
    /// This rect without its first `rows` rows.
    func below(_ rows: Int) -> Rect { Rect(x: x, y: y + rows, width: width, height: max(0, height - rows)) }
}

/// Styles, with colour where the terminal has it; `monochrome` keeps only attributes.
public struct Theme: Sendable {
    public var header = Style(fg: .black, bg: .cyan, bold: true)
    public var status = Style(reverse: true)
    public var border = Style(dim: true)
    public var borderFocused = Style(fg: .cyan, bold: true)
    public var selected = Style(reverse: true)
    public var selectedUnfocused = Style(underline: true)
    public var heading = Style(bold: true)
    public var damaged = Style(fg: .red, dim: true)
    public var highlight = Style(fg: .yellow, bold: true, underline: true)
    public var muted = Style(dim: true)
    public var review = Style(fg: .green)
    public var plan = Style(fg: .yellow)
    public var problems = Style(fg: .red)
    public var met = Style(fg: .green, bold: true)
    public var missed = Style(fg: .red, bold: true)
    public var higher = Style(fg: .green, bold: true)
    public var lower = Style(fg: .red)
    public var bar = Style(fg: .cyan)
    public var input = Style(underline: true)
    public var chip = Style(fg: .black, bg: .cyan)
    public var match = Style(fg: .yellow, bold: true)
    /// The one figure a jump opened the text at (and the query words of a full-text hit).
    public var spotlight = Style(fg: .black, bg: .yellow, bold: true)
    /// The selected cell of a selected row (the row itself is reversed).
    public var cell = Style(bold: true, underline: true)

    public init() {}

    public static let color = Theme()
    public static var monochrome: Theme {
        var t = Theme()
        t.header = Style(bold: true, reverse: true)
        t.borderFocused = Style(bold: true)
        t.damaged = Style(dim: true)
        t.highlight = Style(bold: true, underline: true)
        t.review = .plain; t.plan = .plain; t.problems = .plain
        t.met = Style(bold: true); t.missed = Style(underline: true)
        t.higher = Style(bold: true); t.lower = .plain
        t.bar = .plain; t.chip = Style(reverse: true); t.match = Style(bold: true, underline: true)
        t.spotlight = Style(bold: true, reverse: true)
        return t
    }

    func role(_ r: SectionRoleStyle) -> Style {
        switch r {
        case .review: return review
        case .plan: return plan
        case .problems: return problems
        case .other: return muted
        }
    }
}

enum SectionRoleStyle { case review, plan, problems, other }
