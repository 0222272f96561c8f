/// Every dashboard action and the keys bound to it. The same table handles keys and generates
/// the help overlay and the status line, so they cannot disagree.
public enum Action: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane, open, back, collapse, expand, toggle
    case help, quit
}

public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var action: Action
    public var help: String
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .char("k")], label: "↑/k", action: .moveUp, help: "move up / scroll up"),
        KeyBinding(keys: [.down, .char("j")], label: "↓/j", action: .moveDown, help: "move down / scroll down"),
        KeyBinding(keys: [.pageUp, .char("b")], label: "PgUp", action: .pageUp, help: "page up"),
        KeyBinding(keys: [.pageDown, .char("f")], label: "PgDn", action: .pageDown, help: "page down"),
        KeyBinding(keys: [.home, .char("g")], label: "g", action: .top, help: "first row"),
        KeyBinding(keys: [.end, .char("G")], label: "G", action: .bottom, help: "last row"),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, help: "next pane"),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousPane, help: "previous pane"),
        KeyBinding(keys: [.enter], label: "Enter", action: .open, help: "open report / read section"),
        KeyBinding(keys: [.escape, .backspace], label: "Esc", action: .back, help: "back to the previous pane"),
        KeyBinding(keys: [.left, .char("h")], label: "←/h", action: .collapse, help: "collapse section (or go to parent)"),
        KeyBinding(keys: [.right, .char("l")], label: "→/l", action: .expand, help: "expand section"),
        KeyBinding(keys: [.space], label: "Space", action: .toggle, help: "expand / collapse section"),
        KeyBinding(keys: [.char("?")], label: "?", action: .help, help: "show / hide this help"),
        KeyBinding(keys: [.char("q"), .ctrlC], label: "q", action: .quit, help: "quit"),
    ]

    public static func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public static func label(_ a: Action) -> String { bindings.first { $0.action == a }?.label ?? "" }
}
