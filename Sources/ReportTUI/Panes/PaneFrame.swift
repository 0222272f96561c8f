/// A pane's box: the focused one is marked ▶ in its title as well as by colour, so it shows on a monochrome
/// terminal too.
extension Buffer {
    mutating func paneBox(_ r: Rect, title: String, focused: Bool, _ theme: Theme) {
        box(r, title: (focused ? "▶ " : "") + title, style: focused ? theme.borderFocused : theme.border)
    }
}

/// Rows of a list above or below its box, marked on the box's border: "↑ 3" on the top edge, "↓ 12 more" on
/// the bottom edge, at the right end (the title keeps the left). Every list pane draws them the same way.
extension Buffer {
    mutating func scrollMarks(_ box: Rect, _ list: ListViewport, count: Int, style: Style, bottom: Int? = nil) {
        let shown = list.visible(count: count)
        let above = shown.lowerBound, below = count - shown.upperBound
        if above > 0 { mark("↑ \(above) more", box, y: box.y, style) }
        if below > 0 { mark("↓ \(below) more", box, y: bottom ?? box.maxY - 1, style) }
    }

    private mutating func mark(_ text: String, _ box: Rect, y: Int, _ style: Style) {
        let t = " " + text + " "
        let w = DisplayWidth.of(t)
        guard box.width >= w + 4 else { return }
        put(t, x: box.maxX - 2 - w, y: y, style: style, clip: box)
    }
}
