/// Input the dashboard reacts to, independent of the terminal library.
public enum Key: Sendable, Hashable {
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, space
    case ctrlC
    case char(Character)
}

public enum Event: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
}

/// What the app asks of the run loop after an update.
public enum Effect: Sendable, Equatable { case none, quit }
