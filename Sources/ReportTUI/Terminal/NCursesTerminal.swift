import ReportModel
import CNCursesW
import Foundation

/// The only code that talks to ncursesw: start and restore the terminal, read keys, and draw the
/// rows of a `Buffer` that changed since the last frame.
public final class NCursesTerminal {
    public enum StartError: Error, CustomStringConvertible {
        case noLocale, dumbTerminal(String), unknownTerminal(String), noTTY
        public var description: String {
            switch self {
            case .unknownTerminal(let t): return "The terminal type \"\(t)\" is not in the terminfo database; set TERM to one that is (e.g. TERM=xterm-256color)."
            case .noLocale: return "ReportDesk needs a UTF-8 locale and none is available; set LANG=C.UTF-8 (or another UTF-8 locale)."
            case .dumbTerminal(let t): return "The terminal type \"\(t)\" cannot show the dashboard; set TERM (e.g. TERM=xterm-256color) or use the command-line subcommands."
            case .noTTY: return "The dashboard needs a terminal (no /dev/tty); use the command-line subcommands when scripting."
            }
        }
    }

    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]
    /// Whether colours are drawn: asked for, and the terminal has them (TERM=vt100 has none).
    public let useColor: Bool
    private var screen: OpaquePointer?
    private var ttyIn: UnsafeMutablePointer<FILE>?
    private var ttyOut: UnsafeMutablePointer<FILE>?
    private var active = false

    /// Refuses terminals that cannot show the dashboard (TERM unset or dumb) before any work is done;
    /// returns the terminal type.
    @discardableResult
    public static func checkTerminalType(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(StartError) -> String {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { throw StartError.dumbTerminal(term.isEmpty ? "(unset)" : term) }
        return term
    }

    /// Starts curses. Falls back to C.UTF-8 when the environment's locale is not UTF-8, and draws on
    /// /dev/tty when stdout is redirected.
    public init(color: Bool) throws {
        let term = try Self.checkTerminalType()
        setlocale(LC_ALL, "")
        if !Self.localeIsUTF8() {
            if setlocale(LC_ALL, "C.UTF-8") == nil && setlocale(LC_ALL, "en_US.UTF-8") == nil { throw StartError.noLocale }
            guard Self.localeIsUTF8() else { throw StartError.noLocale }
        }
        if isatty(0) != 0 && isatty(1) != 0 {
            // newterm, not initscr: initscr exits the process on a terminal type terminfo does not know.
            // Duplicated descriptors, so closing these streams on exit leaves stdin and stdout open.
            guard let o = fdopen(dup(1), "w"), let i = fdopen(dup(0), "r") else { throw StartError.noTTY }
            ttyOut = o; ttyIn = i
            screen = newterm(nil, o, i)
            guard screen != nil else { throw StartError.unknownTerminal(term) }
            _ = set_term(screen)
        } else {
            guard let o = fopen("/dev/tty", "w"), let i = fopen("/dev/tty", "r") else { throw StartError.noTTY }
            ttyOut = o; ttyIn = i
            screen = newterm(nil, o, i)
            guard screen != nil else { throw StartError.noTTY }
            _ = set_term(screen)
        }
        active = true
        shim_install_restore_handlers()
        raw()
        noecho()
        _ = keypad(shim_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        // Key reads wait at most this long, so answers from the worker are drawn without a key press.
        timeout(Self.pollMilliseconds)
        useColor = color && has_colors()
        if useColor {
            _ = start_color()
            _ = use_default_colors()
        }
    }

    /// How long a key read waits before the loop looks for answers.
    public static let pollMilliseconds: Int32 = 20

    /// Mouse reporting on or off (off lets the terminal select text).
    public func mouse(_ on: Bool) { shim_mouse(on ? 1 : 0) }

    static func localeIsUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let s = String(cString: cs).uppercased()
        return s == "UTF-8" || s == "UTF8"
    }

    /// Terminal size in cells.
    public var size: (width: Int, height: Int) { (Int(getmaxx(shim_stdscr())), Int(getmaxy(shim_stdscr()))) }

    /// Leaves curses mode; safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        _ = curs_set(1)
        _ = endwin()
        if let s = screen { delscreen(s); screen = nil }
        if let o = ttyOut { fclose(o); ttyOut = nil }
        if let i = ttyIn { fclose(i); ttyIn = nil }
    }

    deinit { restore() }

    /// The next key, click or resize, or nil when none came within `pollMilliseconds`.
    public func nextEvent() -> Event? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == shim_err() { return nil }
        if r == shim_key_code_yes() {
            switch Int32(ch) {
            case shim_key_mouse():
                var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
                guard shim_get_mouse(&x, &y, &kind) != 0 else { return nil }
                switch kind {
                case 1: return .mouse(Mouse(x: Int(x), y: Int(y), kind: .press))
                case 2: return .mouse(Mouse(x: Int(x), y: Int(y), kind: .wheelUp))
                case 3: return .mouse(Mouse(x: Int(x), y: Int(y), kind: .wheelDown))
                default: return nil
                }
            case shim_key_resize():
                previous = nil
                let s = size
                return .resize(width: s.width, height: s.height)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            default: return nil
            }
        }
        switch ch {
        case 3: return .key(.ctrlC)
        case 21: return .key(.ctrlU)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 32: return .key(.space)
        case 127, 8: return .key(.backspace)
        default:
            guard let u = Unicode.Scalar(UInt32(ch)), ch >= 32 else { return nil }
            return .key(.char(Character(u)))
        }
    }

    /// Draws the rows that differ from the previous frame.
    public func draw(_ b: Buffer) {
        let full = previous == nil || previous?.width != b.width || previous?.height != b.height
        if full { _ = clear() }
        for y in 0..<b.height {
            if !full, let p = previous, rowEqual(p, b, y) { continue }
            var x = 0
            while x < b.width {
                let c = b[x, y]
                if c.width == 0 { x += 1; continue }
                _ = shim_put_cell(Int32(y), Int32(x), Int32(bitPattern: c.scalar.value), attributes(c.style), pair(c.style))
                x += Int(c.width)
            }
        }
        _ = refresh()
        previous = b
    }

    private func rowEqual(_ a: Buffer, _ b: Buffer, _ y: Int) -> Bool {
        for x in 0..<b.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func attributes(_ s: Style) -> attr_t {
        var a = shim_a_normal()
        if s.bold { a |= shim_a_bold() }
        if s.reverse { a |= shim_a_reverse() }
        if s.underline { a |= shim_a_underline() }
        if s.dim { a |= shim_a_dim() }
        return a
    }

    /// Colour pairs are allocated on first use of each (fg, bg) combination.
    private func pair(_ s: Style) -> Int16 {
        guard useColor, s.fg != nil || s.bg != nil else { return 0 }
        let key = Int(s.fg.map { Int($0.rawValue) + 1 } ?? 0) * 16 + Int(s.bg.map { Int($0.rawValue) + 1 } ?? 0)
        if let p = pairs[key] { return p }
        let id = Int16(pairs.count + 1)
        _ = init_pair(id, Int16(s.fg.map { Int($0.rawValue) } ?? -1), Int16(s.bg.map { Int($0.rawValue) } ?? -1))
        pairs[key] = id
        return id
    }
}

