/// Every dashboard action. The key map below binds keys to them per context; the same table handles keys,
/// draws the status line and fills the help overlay, so they cannot disagree.
public enum Action: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane, open, back, collapse, expand, toggle
    case searchIndicators, searchText, nextHit, previousHit
    case sortNext, sortReverse, roleFilter, catalogOnly, export, yearOverYear
    case compare, previousYear, nextYear, removePlace, addPlace, previousColumn, nextColumn, targetSource
    case toggleMouse, help, failures, quit
}

/// Where a key is pressed: a pane, the compare screen or an input box. Input contexts send printable keys to the box.
public enum KeyContext: String, Sendable, CaseIterable {
    case browse, tree, text, yoy, indicators, search, compareTable, comparePicker

    public var title: String {
        switch self {
        case .browse: return "Reports 报告"
        case .tree: return "Sections 章节"
        case .text: return "Text 正文"
        case .yoy: return "Year over year 同比"
        case .indicators: return "Indicators 指标"
        case .search: return "Search box 搜索"
        case .compareTable: return "Compare 比较"
        case .comparePicker: return "Compare: place picker"
        }
    }

    var isInput: Bool { self == .search || self == .comparePicker }
}

public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var action: Action
    public var help: String
    /// Where the binding applies; empty means everywhere except input boxes.
    public var contexts: [KeyContext]
    /// Short word for the status line.
    public var short: String
}

public enum KeyMap {
    static func b(_ keys: [Key], _ label: String, _ action: Action, _ short: String, _ help: String, _ contexts: [KeyContext] = []) -> KeyBinding {
        KeyBinding(keys: keys, label: label, action: action, help: help, contexts: contexts, short: short)
    }
    static let panes: [KeyContext] = [.browse, .tree, .text, .yoy, .indicators]
    static let lists: [KeyContext] = [.browse, .tree, .text, .yoy, .indicators, .compareTable, .search, .comparePicker]

    /// Context-specific bindings come first, so a key can mean one thing in a pane and another elsewhere.
    public static let bindings: [KeyBinding] = [
        // Input boxes (printable keys type into the box).
        b([.enter], "Enter", .open, "go", "jump to the selected result", [.search]),
        b([.tab], "Tab", .nextPane, "kind", "switch between indicator and full-text search", [.search]),
        b([.escape], "Esc", .back, "close", "close the search (n/N still step through its results)", [.search]),
        b([.enter], "Enter", .addPlace, "add", "add the highlighted place", [.comparePicker]),
        b([.backspace], "Bksp", .removePlace, "remove", "on an empty box: remove the last place", [.comparePicker]),
        b([.tab], "Tab", .nextPane, "table", "go to the comparison table", [.comparePicker]),
        b([.escape], "Esc", .back, "leave", "leave the comparison", [.comparePicker]),
        // Compare table.
        b([.enter], "Enter", .open, "source", "source: the selected cell's sentence, target's above", [.compareTable]),
        b([.left, .char("h")], "←/h", .previousColumn, "place", "select the previous place's cell", [.compareTable]),
        b([.right, .char("l")], "→/l", .nextColumn, "place", "select the next place's cell", [.compareTable]),
        b([.char("[")], "[", .previousYear, "year", "previous year", [.compareTable]),
        b([.char("]")], "]", .nextYear, "year", "next year", [.compareTable]),
        b([.char("a"), .tab], "a/Tab", .addPlace, "add place", "add places (the picker)", [.compareTable]),
        b([.char("x")], "x", .removePlace, "remove", "remove the last place", [.compareTable]),
        b([.escape, .char("c")], "Esc/c", .back, "leave", "leave the comparison", [.compareTable]),
        // Tree.
        b([.left, .char("h")], "←/h", .collapse, "collapse", "collapse (or go to the parent)", [.tree, .browse]),
        b([.right, .char("l")], "→/l", .expand, "expand", "expand", [.tree, .browse]),
        b([.space], "Space", .toggle, "fold", "expand / collapse", [.tree, .browse]),
        // Indicator table.
        b([.enter], "Enter", .open, "sentence", "the figure's sentence; with year over year shown, its series", [.indicators]),
        b([.enter], "Enter", .open, "source", "source: this year's sentence, target's above", [.yoy]),
        b([.char("t")], "t", .targetSource, "target", "open the target's sentence in the report that set it", [.yoy, .compareTable]),
        b([.char("s")], "s", .sortNext, "sort", "sort by the next column (order: text, name, value, growth, role, year)", [.indicators]),
        b([.char("S")], "S", .sortReverse, "reverse", "reverse the sort", [.indicators]),
        b([.char("r")], "r", .roleFilter, "role", "filter by role: all → actual → target → forecast", [.indicators]),
        b([.char("a")], "a", .catalogOnly, "catalog", "catalog indicators only / all figures", [.indicators]),
        b([.char("e")], "e", .export, "export", "export the table to CSV in the working directory", [.indicators]),
        b([.char("y")], "y", .yearOverYear, "years", "year-over-year of this indicator for this place", [.indicators]),
        // Moving.
        b([.up, .char("k")], "↑/k", .moveUp, "up", "move up / scroll up", lists),
        b([.down, .char("j")], "↓/j", .moveDown, "move", "move down / scroll down", lists),
        b([.pageUp, .char("b")], "PgUp", .pageUp, "page", "page up", lists),
        b([.pageDown, .char("f")], "PgDn", .pageDown, "page", "page down", lists),
        b([.home, .char("g")], "g", .top, "top", "first row", lists),
        b([.end, .char("G")], "G", .bottom, "end", "last row", lists),
        b([.tab], "Tab", .nextPane, "pane", "next pane", panes),
        b([.backTab], "S-Tab", .previousPane, "pane", "previous pane", panes),
        b([.enter], "Enter", .open, "open", "open the report / read the section", [.browse, .tree]),
        b([.escape, .backspace], "Esc", .back, "back", "back (closes the year-over-year pane)", [.tree, .text, .yoy, .indicators]),
        // Everywhere outside input boxes.
        b([.char("/")], "/", .searchIndicators, "search", "search indicators (Chinese, alias or pinyin: gdp, dqsczz)"),
        b([.char("F")], "F", .searchText, "text", "full-text search of paragraphs"),
        b([.char("n")], "n", .nextHit, "next", "next search result"),
        b([.char("N")], "N", .previousHit, "prev", "previous search result"),
        b([.char("c")], "c", .compare, "compare", "compare places side by side", panes),
        b([.char("m")], "m", .toggleMouse, "mouse", "mouse on / off"),
        b([.char("?")], "?", .help, "help", "show / hide this help"),
        b([.char("!")], "!", .failures, "unreadable", "list the files that could not be read, with why"),
        b([.char("q"), .ctrlC], "q", .quit, "quit", "quit"),
    ]

    /// The action of a key in a context. In input boxes only their own bindings, the moving keys that are not
    /// printable and Ctrl-C count; every other key types.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        for b in bindings where b.keys.contains(key) {
            if b.contexts.isEmpty {
                if context.isInput, case .char = key { continue }
                if context.isInput, key != .ctrlC { continue }
                return b.action
            }
            if b.contexts.contains(context) {
                if context.isInput, case .char = key { continue }
                return b.action
            }
        }
        return nil
    }

    /// The bindings that apply in a context, in table order, one per action.
    public static func bindings(in context: KeyContext) -> [KeyBinding] {
        var seen = Set<Action>()
        return bindings.filter { b in
            let applies = b.contexts.contains(context) || (b.contexts.isEmpty && !context.isInput)
            return applies && seen.insert(b.action).inserted
        }
    }

    public static func label(_ a: Action, in context: KeyContext) -> String {
        bindings(in: context).first { $0.action == a }?.label ?? ""
    }
}
