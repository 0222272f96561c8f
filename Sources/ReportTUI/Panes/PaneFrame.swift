/// A pane's box: the focused one is marked ▶ in its title as well as by colour, so it shows on a monochrome
/// terminal too.
extension Buffer {
    mutating func paneBox(_ r: Rect, title: String, focused: Bool, _ theme: Theme) {
        box(r, title: (focused ? "▶ " : "") + title, style: focused ? theme.borderFocused : theme.border)
    }
}

/// The rows of a list that show in `area` (the list's rect in the layout), each with its index, screen line,
/// whether it is the cursor row and its base style. The cursor row is filled reversed (underlined when its
/// pane is not focused; left plain with `cursor` false), and rows out of view are counted on `box`'s border.
/// Every list pane draws its rows through this.
extension Buffer {
    mutating func listRows(_ list: ListViewport, count: Int, in area: Rect, box: Rect, marksAt bottom: Int? = nil,
                           focused: Bool = true, cursor: Bool = true, _ theme: Theme) -> [(index: Int, y: Int, selected: Bool, style: Style)] {
        scrollMarks(box, list, count: count, style: theme.muted, bottom: bottom)
        var out: [(index: Int, y: Int, selected: Bool, style: Style)] = []
        for i in list.visible(count: count) {
            let y = area.y + i - list.offset
            let selected = cursor && i == list.cursor
            let style = selected ? (focused ? theme.selected : theme.selectedUnfocused) : Style.plain
            if selected { fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            out.append((i, y, selected, style))
        }
        return out
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
