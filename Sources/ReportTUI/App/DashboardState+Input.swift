import ReportModel

/// Keys that do not move a selection: the help overlay's scrolling and typing into an input box.
extension DashboardState {
    /// Moving keys scroll the overlay (help or the unreadable files); any other key closes it, and q still quits.
    mutating func helpKey(_ k: Key) -> Effect {
        let a = KeyMap.action(for: k, in: .browse)
        let rows = layout.help.inset(1).height
        let most = max(0, DashboardView.overlayLines(self).count - rows)
        switch a {
        case .moveDown?: helpScroll = min(most, helpScroll + 1)
        case .moveUp?: helpScroll = max(0, helpScroll - 1)
        case .pageDown?: helpScroll = min(most, helpScroll + max(1, rows - 1))
        case .pageUp?: helpScroll = max(0, helpScroll - max(1, rows - 1))
        default:
            overlay = nil
            return a == .quit ? .quit : .none
        }
        return .none
    }

    /// Printable keys, Backspace (on a non-empty box) and Ctrl-U edit the input box; true when the key was used.
    mutating func type(_ k: Key, in ctx: KeyContext) -> Bool {
        var input = ctx == .search ? search.input : compare.input
        switch k {
        case .char(let c): input.append(c)
        case .space: input.append(" ")
        case .backspace where !input.isEmpty: input.removeLast()
        case .ctrlU: input = ""
        default: return false
        }
        if ctx == .search { search.input = input; search.list.reset() } else { compare.input = input; compare.picker.reset() }
        return true
    }
}
