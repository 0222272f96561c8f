import ReportModel

/// The dashboard's panes on the browse screen, in Tab order. `detail` shows the section text or, once opened,
/// the year-over-year pane.
public enum Pane: Int, Sendable, CaseIterable { case browse, tree, detail, indicators }

/// What the detail pane shows.
public enum Detail: Sendable, Equatable { case text, yearOverYear }

/// What an overlay over the screen shows.
public enum Overlay: Sendable, Equatable { case help, failures }

/// Which screen fills the body.
public enum Screen: Sendable, Equatable { case browse, compare }

/// Choices the dashboard remembers between launches (written by the runtime when they change, read at start).
public struct DashboardPreferences: Codable, Sendable, Equatable {
    /// The indicator table lists catalog indicators only (`a` toggles).
    public var catalogOnly = true
    public init(catalogOnly: Bool = true) { self.catalogOnly = catalogOnly }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
