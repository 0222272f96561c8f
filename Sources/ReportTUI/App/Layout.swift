/// Where each pane goes for a terminal size. Header on the first row, status on the last;
/// reports above the section tree on the left, the section text on the right.
public struct Layout: Sendable, Equatable {
    public static let minWidth = 50
    public static let minHeight = 12

    public var width: Int, height: Int
    public var header: Rect, status: Rect
    public var reports: Rect, tree: Rect, text: Rect, indicators: Rect

    public init(width: Int, height: Int) {
        self.width = width; self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let bodyH = max(0, height - 2)
        let leftW = max(28, min(width / 2, width * 40 / 100))
        let reportsH = max(5, bodyH * 2 / 5)
        reports = Rect(x: 0, y: 1, width: leftW, height: reportsH)
        tree = Rect(x: 0, y: 1 + reportsH, width: leftW, height: bodyH - reportsH)
        let indH = max(5, bodyH * 2 / 5)
        text = Rect(x: leftW, y: 1, width: width - leftW, height: bodyH - indH)
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

    public init() {}

    public static let color = Theme()
    public static var monochrome: Theme {
        var t = Theme()
        t.header = Style(bold: true, reverse: true)
        t.borderFocused = Style(bold: true)
        t.damaged = Style(dim: true)
        t.highlight = Style(bold: true, underline: true)
        t.review = .plain; t.plan = .plain; t.problems = .plain
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
