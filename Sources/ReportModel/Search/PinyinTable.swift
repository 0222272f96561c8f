import Foundation
import Synchronization

/// Pinyin of single Han characters through ICU's `Han-Latin; Latin-ASCII` transform, cached per character, so that
/// tens of thousands of indicator names get their pinyin from table lookups rather than one ICU call each.
public enum PinyinTable {
    private static let cache = Mutex<[UInt32: String]>([:])

    /// Toneless syllables of each Han scalar in `scalars` (other scalars are absent).
    public static func syllables(for scalars: some Sequence<Unicode.Scalar>) -> [UInt32: String] {
        var wanted = Set<UInt32>()
        for u in scalars where HanClass.isHan(u) { wanted.insert(u.value) }
        var known: [UInt32: String] = [:]
        let missing: [UInt32] = cache.withLock { c in
            var m = [UInt32]()
            for v in wanted { if let s = c[v] { known[v] = s } else { m.append(v) } }
            return m
        }
        guard !missing.isEmpty else { return known }
        let converted = convert(missing)
        cache.withLock { c in for (k, v) in converted { c[k] = v } }
        for (k, v) in converted { known[k] = v }
        return known
    }

    /// One ICU run over all missing characters, newline separated; per character when the lines do not line up.
    private static func convert(_ values: [UInt32]) -> [UInt32: String] {
        let chars = values.compactMap(Unicode.Scalar.init)
        var joined = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0 { joined.append("\n") }
            joined.append(c)
        }
        let transform = StringTransform("Han-Latin; Latin-ASCII")
        func clean(_ s: Substring) -> String { String(s.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init)) }
        var out: [UInt32: String] = [:]
        let parts = String(joined).applyingTransform(transform, reverse: false)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        if parts.count == chars.count {
            for (c, p) in zip(chars, parts) { out[c.value] = clean(p) }
        } else {
            for c in chars { out[c.value] = clean(Substring(String(c).applyingTransform(transform, reverse: false) ?? "")) }
        }
        return out
    }

    /// Initials and full pinyin of a name, lower case; ASCII letters and digits are kept as they are (GDP → gdp),
    /// everything else is dropped. 规上工业增加值 → ("gsgyzjz", "guishanggongyezengjiazhi").
    public static func spell(_ name: String, table: [UInt32: String]) -> (initials: String, full: String) {
        var initials = String.UnicodeScalarView(), full = String.UnicodeScalarView()
        for u in name.unicodeScalars {
            if let s = table[u.value], let f = s.unicodeScalars.first {
                initials.append(f); full.append(contentsOf: s.unicodeScalars)
            } else if u.isASCII {
                let l = Unicode.Scalar(UInt8(truncatingIfNeeded: u.value).lowercasedASCII)
                if ("a"..."z").contains(l) || ("0"..."9").contains(l) { initials.append(l); full.append(l) }
            }
        }
        return (String(initials), String(full))
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (65...90).contains(self) ? self + 32 : self }
}
