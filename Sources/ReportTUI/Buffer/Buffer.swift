/// Colours the dashboard uses; mapped to the terminal's palette by the backend, or dropped in monochrome.
public enum Color: UInt8, Sendable, Hashable { case black, red, green, yellow, blue, magenta, cyan, white }

/// How a cell is drawn.
public struct Style: Sendable, Hashable {
    public var fg: Color?
    public var bg: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(fg: Color? = nil, bg: Color? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.reverse = reverse; self.underline = underline; self.dim = dim
    }
    public static let plain = Style()
}

/// One terminal cell. A wide character occupies its cell (width 2) and the next one (width 0, a continuation).
public struct Cell: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    public var width: UInt8
    public var style: Style
    public static let blank = Cell(scalar: " ", width: 1, style: .plain)
}

/// A rectangle of cells.
public struct Rect: Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

/// An in-memory screen: views render into it, tests read it back as text, the backend draws its changes.
/// Writing is clipped to a rectangle, and a wide character that would straddle the clip edge is replaced
/// by a space, so CJK text never splits, overflows or smears borders.
public struct Buffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        // Overwriting the continuation of a wide char: blank its first half.
        if cells[i].width == 0, x > 0 { cells[i - 1] = Cell(scalar: " ", width: 1, style: cells[i - 1].style) }
        // Overwriting the first half of a wide char: blank its continuation.
        if cells[i].width == 2, x + 1 < width, cell.width != 2 { cells[i + 1] = Cell(scalar: " ", width: 1, style: cells[i + 1].style) }
        cells[i] = cell
    }

    /// Writes `text` at (x, y) within `clip`, returning the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let c = clip ?? area
        guard y >= c.y, y < c.maxY, y < height else { return x }
        var cx = x
        for u in text.unicodeScalars {
            var w = DisplayWidth.of(u)
            var ch = u
            if w == 0 {
                if u == "\t" { ch = " "; w = 1 } else { continue }
            }
            if cx >= c.maxX { break }
            if cx < c.x { cx += w; continue }
            if w == 2 && cx + 1 >= c.maxX {
                // A wide character cut at the edge: fill with a space instead.
                set(cx, y, Cell(scalar: " ", width: 1, style: style))
                cx += 1
                break
            }
            set(cx, y, Cell(scalar: ch, width: UInt8(w), style: style))
            if w == 2 {
                if cx + 1 < width, cells[y * width + cx + 1].width == 2, cx + 2 < width {
                    cells[y * width + cx + 2] = Cell(scalar: " ", width: 1, style: cells[y * width + cx + 2].style)
                }
                if cx + 1 < width { cells[y * width + cx + 1] = Cell(scalar: " ", width: 0, style: style) }
            }
            cx += w
        }
        return cx
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ r: Rect, style: Style = .plain) {
        for yy in max(0, r.y)..<min(height, r.maxY) {
            for xx in max(0, r.x)..<min(width, r.maxX) { set(xx, yy, Cell(scalar: " ", width: 1, style: style)) }
        }
    }

    /// A box border with an optional title in the top edge.
    public mutating func box(_ r: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard r.width >= 2, r.height >= 2 else { return }
        for xx in (r.x + 1)..<(r.maxX - 1) {
            set(xx, r.y, Cell(scalar: "─", width: 1, style: style)); set(xx, r.maxY - 1, Cell(scalar: "─", width: 1, style: style))
        }
        for yy in (r.y + 1)..<(r.maxY - 1) {
            set(r.x, yy, Cell(scalar: "│", width: 1, style: style)); set(r.maxX - 1, yy, Cell(scalar: "│", width: 1, style: style))
        }
        set(r.x, r.y, Cell(scalar: "┌", width: 1, style: style)); set(r.maxX - 1, r.y, Cell(scalar: "┐", width: 1, style: style))
        set(r.x, r.maxY - 1, Cell(scalar: "└", width: 1, style: style)); set(r.maxX - 1, r.maxY - 1, Cell(scalar: "┘", width: 1, style: style))
        if let t = title, r.width > 4 {
            let clip = Rect(x: r.x + 1, y: r.y, width: r.width - 2, height: 1)
            put(" " + DisplayWidth.fit(t, r.width - 6, pad: false) + " ", x: r.x + 2, y: r.y, style: titleStyle ?? style, clip: clip)
        }
    }

    /// The text of row `y`, continuation cells skipped, trailing blanks trimmed.
    public func line(_ y: Int) -> String {
        var s = String.UnicodeScalarView()
        for x in 0..<width where cells[y * width + x].width != 0 { s.append(cells[y * width + x].scalar) }
        var out = String(s)
        while out.last == " " { out.removeLast() }
        return out
    }

    /// All rows as text, for tests and golden files.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    /// Checks the width invariant: every wide cell is followed by exactly one continuation cell.
    public var isWellFormed: Bool {
        for y in 0..<height {
            var x = 0
            while x < width {
                let c = cells[y * width + x]
                if c.width == 0 { return false }
                if c.width == 2 {
                    guard x + 1 < width, cells[y * width + x + 1].width == 0 else { return false }
                    x += 2
                } else { x += 1 }
            }
        }
        return true
    }
}
