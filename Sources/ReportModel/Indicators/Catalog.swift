import Foundation

/// The indicator catalog: canonical names, the aliases reports use for them, usual unit and kind.
/// Matching prefers the longest alias contained in a name (规上工业增加值 over 工业增加值).
public struct IndicatorCatalog: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var unit: String
        public var kind: String
        public var category: String
        public var aliases: [String]
    }
    struct File: Codable { var version: Int; var indicators: [Entry] }

    public let entries: [Entry]
    /// Every spelling (names and aliases) by first scalar, longest first, with its entry index.
    let byFirst: [Unicode.Scalar: [(scalars: [Unicode.Scalar], spelling: String, entry: Int)]]

    public init(entries: [Entry]) {
        self.entries = entries
        var sp: [(String, Int)] = []
        for (i, e) in entries.enumerated() {
            sp.append((e.name, i))
            for a in e.aliases { sp.append((a, i)) }
        }
        var d: [Unicode.Scalar: [(scalars: [Unicode.Scalar], spelling: String, entry: Int)]] = [:]
        for (sp, i) in sp.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) { if let f = sp.unicodeScalars.first { d[f, default: []].append((Array(sp.unicodeScalars), sp, i)) } }
        byFirst = d
    }

    public init(json: Data) throws {
        self.init(entries: try JSONDecoder().decode(File.self, from: json).indicators)
    }

    /// The catalog compiled into the binary (Data/indicators.json).
    public static let bundled: IndicatorCatalog = {
        (try? IndicatorCatalog(json: Data(bundledCatalogJSON.utf8))) ?? IndicatorCatalog(entries: [])
    }()

    /// The entry whose longest spelling occurs in `name`, or nil.
    public func match(_ name: String) -> Entry? {
        guard !name.isEmpty else { return nil }
        // The longest spelling that occurs anywhere in the name.
        let n = Array(name.unicodeScalars)
        var best: (len: Int, spelling: String, entry: Int)?
        for start in n.indices {
            guard let cands = byFirst[n[start]] else { continue }
            for c in cands where c.scalars.count > (best?.len ?? 0) && start + c.scalars.count <= n.count {
                var ok = true
                for k in 1..<max(1, c.scalars.count) where n[start + k] != c.scalars[k] { ok = false; break }
                if ok { best = (c.scalars.count, c.spelling, c.entry); break }
            }
        }
        guard let b = best else { return nil }
        // "数字经济增加值占地区生产总值比重" is a share, not GDP; "税收占比" is not tax revenue.
        let share = ["比重", "占比", "比例", "份额"].contains { name.hasSuffix($0) && !b.spelling.hasSuffix($0) } || (name.includes("占") && !b.spelling.includes("占"))
        return share ? nil : entries[b.entry]
    }

    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}
