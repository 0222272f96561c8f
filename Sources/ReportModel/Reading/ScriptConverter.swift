import Foundation
import Synchronization

/// Traditional → simplified conversion through ICU's `Traditional-Simplified` transform,
/// applied character by character so that every offset survives the conversion.
public enum ScriptConverter {
    private static let cache = Mutex<[UInt32: UInt32]>([:])

    /// Simplified form of each scalar; scalars ICU maps to more than one scalar are kept.
    public static func simplifyScalars(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let table = mapping(for: scalars)
        return scalars.map { u in table[u.value].flatMap(Unicode.Scalar.init) ?? u }
    }

    /// The conversion table for the Han scalars in `scalars` (only entries that change).
    public static func mapping(for scalars: [Unicode.Scalar]) -> [UInt32: UInt32] {
        var wanted = Set<UInt32>()
        for u in scalars where HanClass.isHan(u) { wanted.insert(u.value) }
        var known: [UInt32: UInt32] = [:]
        let missing: [UInt32] = cache.withLock { c in
            var m = [UInt32]()
            for v in wanted {
                if let s = c[v] { known[v] = s } else { m.append(v) }
            }
            return m
        }
        if !missing.isEmpty {
            let converted = convert(missing)
            cache.withLock { c in
                for (k, v) in converted { c[k] = v }
            }
            for (k, v) in converted { known[k] = v }
        }
        return known.filter { $0.key != $0.value }
    }

    /// Runs ICU once over all missing characters (newline separated), per character if the result does not line up.
    private static func convert(_ values: [UInt32]) -> [UInt32: UInt32] {
        var out: [UInt32: UInt32] = [:]
        let chars = values.compactMap(Unicode.Scalar.init)
        var joined = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0 { joined.append("\n") }
            joined.append(c)
        }
        let transform = StringTransform("Traditional-Simplified")
        let result = String(joined).applyingTransform(transform, reverse: false)
        let parts = result?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        if parts.count == chars.count {
            for (c, p) in zip(chars, parts) {
                let us = Array(p.unicodeScalars)
                out[c.value] = us.count == 1 ? us[0].value : c.value
            }
        } else {
            for c in chars {
                let r = String(c).applyingTransform(transform, reverse: false).map { Array($0.unicodeScalars) } ?? []
                out[c.value] = r.count == 1 ? r[0].value : c.value
            }
        }
        return out
    }
}
