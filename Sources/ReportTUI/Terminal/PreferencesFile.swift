import Foundation

/// Where the dashboard keeps its preferences: `$XDG_CONFIG_HOME/reportdesk/dashboard.json` (or
/// `~/.config/…`). A missing or unreadable file means the defaults; it is never fatal.
public enum PreferencesFile {
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return ((base as NSString).appendingPathComponent("reportdesk") as NSString).appendingPathComponent("dashboard.json")
    }

    /// The preferences stored at `path`, or the defaults when there are none or they cannot be read.
    public static func load(_ path: String) -> DashboardPreferences {
        guard let data = FileManager.default.contents(atPath: path),
              let p = try? JSONDecoder().decode(DashboardPreferences.self, from: data) else { return DashboardPreferences() }
        return p
    }

    /// Writes `p` to `path` (its folder created), replacing the file atomically.
    public static func save(_ p: DashboardPreferences, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        try e.encode(p).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
