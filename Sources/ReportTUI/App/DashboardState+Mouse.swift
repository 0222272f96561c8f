import ReportModel

/// Clicks and the wheel, mapped to rows through the same layout rects the views draw lists in.
extension DashboardState {
    mutating func click(_ m: Mouse) {
        if overlay != nil { overlay = nil; return }
        let l = layout
        guard !l.tooSmall else { return }
        let wheel = m.kind == .press ? 0 : (m.kind == .wheelUp ? -3 : 3)
        let step: Action = wheel < 0 ? .moveUp : .moveDown
        if search.active {
            if wheel != 0 { for _ in 0..<abs(wheel) { _ = search.update(step) } }
            else if let row = search.list.row(onScreenRow: m.y - l.searchList.y), l.searchList.contains(m.x, m.y) {
                search.list.select(row, count: search.count)
            }
            return
        }
        if screen == .compare {
            if wheel != 0 { handle(compare.update(step)); return }
            let picker = l.comparePickerList(picking: compare.picking)
            if compare.picking, picker.contains(m.x, m.y), let row = compare.picker.row(onScreenRow: m.y - picker.y) {
                compare.picker.cursor = row
                handle(compare.pick(.addPlace))
            }
            return
        }
        let panes: [(Pane, Rect, Rect)] = [(.browse, l.browse, l.browseList), (.tree, l.tree, l.treeList),
                                           (.detail, l.detail, l.yearOverYearList), (.indicators, l.indicators, l.tableList)]
        guard let (pane, _, list) = panes.first(where: { $0.1.contains(m.x, m.y) }) else { return }
        focus = pane
        if wheel != 0 {
            if pane == .detail, detail == .text {
                text.scroll(by: wheel, lineCount: textLines.lines.count, bodyRows: TextPane.bodyHeight(self, l.detail))
            } else {
                for _ in 0..<abs(wheel) { focusedPane(step) }
            }
            return
        }
        guard list.contains(m.x, m.y) else { return }
        let y = m.y - list.y
        switch pane {
        case .browse:
            guard let row = browse.list.row(onScreenRow: y) else { return }
            select(in: .browse) { $0.browse.cursor = row }
        case .tree:
            guard let row = tree.list.row(onScreenRow: y) else { return }
            if row == tree.list.cursor { focusedPane(.toggle); return }
            let n = treeRows.count
            guard row < n else { return }
            select(in: .tree) { $0.tree.list.select(row, count: n) }
        case .indicators:
            guard let row = table.list.row(onScreenRow: y) else { return }
            let n = tableRows.count
            select(in: .indicators) { $0.table.list.select(row, count: n) }
        case .detail: break
        }
    }
}

extension Rect {
    func contains(_ px: Int, _ py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
