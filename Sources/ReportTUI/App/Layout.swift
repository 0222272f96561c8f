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
