import XCTest

/// docs/architecture.md's table of allowed dependencies is the manifest's: a target added, or a dependency
/// added or dropped in Package.swift without the doc following, fails here.
final class ArchitectureDocTests: XCTestCase {
    func testDependencyTableMatchesThePackageManifest() throws {
        let manifest = try String(contentsOf: Binary.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let doc = try String(contentsOf: Binary.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let declared = try Self.targets(manifest)
        XCTAssertGreaterThanOrEqual(declared.count, 10, "\(declared)")
        var documented: [String: Set<String>] = [:]
        for line in doc.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| target") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2 else { continue }
            documented[cells[0]] = cells[1] == "—" ? [] : Set(cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        XCTAssertEqual(documented, declared)
    }

    /// Name → dependencies of every `.target` and `.executableTarget` (products by their product name).
    static func targets(_ manifest: String) throws -> [String: Set<String>] {
        let target = try NSRegularExpression(pattern: #"\.(?:target|executableTarget)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#)
        let product = try NSRegularExpression(pattern: #"\.product\(name:\s*"([^"]+)""#)
        let plain = try NSRegularExpression(pattern: #"(?:^|[\[,\s])"([^"]+)""#)
        var out: [String: Set<String>] = [:]
        let ns = manifest as NSString
        for m in target.matches(in: manifest, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: m.range(at: 1))
            var deps = Set<String>()
            if m.range(at: 2).location != NSNotFound {
                let list = ns.substring(with: m.range(at: 2))
                let l = list as NSString
                for p in product.matches(in: list, range: NSRange(location: 0, length: l.length)) { deps.insert(l.substring(with: p.range(at: 1))) }
                let withoutProducts = product.stringByReplacingMatches(in: list, range: NSRange(location: 0, length: l.length), withTemplate: "")
                    .replacingOccurrences(of: #"package: "[^"]+""#, with: "", options: .regularExpression)
                let w = withoutProducts as NSString
                for p in plain.matches(in: withoutProducts, range: NSRange(location: 0, length: w.length)) { deps.insert(w.substring(with: p.range(at: 1))) }
            }
            out[name] = deps
        }
        return out
    }
}
