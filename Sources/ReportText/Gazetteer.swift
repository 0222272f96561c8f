import Foundation

/// A small table of places and their parents (Data/gazetteer.tsv): the 34 province-level units, the
/// cities and counties of the bundled corpus, the seed townships' parents, and counties that became
/// districts. It fills in hierarchy the texts leave out and names a report that never names itself.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var level: PlaceLevel?
        public var parent: String?
        /// The name without its suffix as texts write it (江西, 长沙), if distinctive.
        public var short: String?
        /// The name the place took later (徐水县 → 徐水区).
        public var renamedTo: String?
    }

    public let entries: [String: Entry]

    public init(tsv: String) {
        var e: [String: Entry] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("place\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4, !f[0].isEmpty else { continue }
            let renamed = f[3].hasPrefix("→") ? String(f[3].dropFirst()) : nil
            e[f[0]] = Entry(name: f[0], level: PlaceLevel(rawValue: f[1]), parent: f[2].isEmpty ? nil : f[2],
                            short: renamed == nil && !f[3].isEmpty ? f[3] : nil, renamedTo: renamed)
        }
        entries = e
    }

    public static let bundled = Gazetteer(tsv: bundledGazetteerTSV)

    /// Parents from the top down (河北省, 保定市 for 徐水区), or [] when the place is not listed.
    public func parents(of name: String) -> [String] {
        var out: [String] = []
        var p = entries[current(name)]?.parent
        while let n = p, !out.contains(n), out.count < 6 { out.insert(n, at: 0); p = entries[n]?.parent }
        return out
    }

    /// The latest name of a place that was renamed (徐水县 → 徐水区); the name itself otherwise.
    public func current(_ name: String) -> String {
        var n = name, hops = 0
        while let r = entries[n]?.renamedTo, hops < 4 { n = r; hops += 1 }
        return n
    }

    /// For a report that never names its place: the listed place of the given coarse rank the text
    /// mentions most (全文 "江西" 18 times in a report 我代表省人民政府 delivers), with at least `minimum` mentions.
    package func mostMentioned(in lines: [String], rank: Int, minimum: Int = 3) -> Entry? {
        var best: (Entry, Int)?
        for e in entries.values where e.level?.rank == rank && e.renamedTo == nil {
            let needle = e.short ?? e.name
            guard needle.count >= 2 else { continue }
            let n = lines.reduce(0) { $0 + $1.occurrences(of: needle) }
            if n >= minimum, n > (best?.1 ?? 0) { best = (e, n) }
        }
        return best?.0
    }
}
