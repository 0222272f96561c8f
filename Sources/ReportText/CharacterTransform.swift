import Foundation
import Synchronization

/// An ICU transform applied to Han characters one at a time, with each character's result cached for the process:
/// the first call for a set of characters runs ICU once over all of them (newline separated; character by
/// character when the lines do not line up), later calls are table lookups. Script conversion and pinyin both
/// need per-character results so that offsets and syllables line up with the text.
final class CharacterTransform<Value: Sendable>: Sendable {
    private let transform: String
    private let make: @Sendable (_ character: Unicode.Scalar, _ transformed: Substring) -> Value
    private let cache = Mutex<[UInt32: Value]>([:])

    /// `make` turns ICU's output for one character into the cached value.
    package init(_ transform: String, make: @escaping @Sendable (Unicode.Scalar, Substring) -> Value) {
        self.transform = transform
        self.make = make
    }

    /// The value of every Han scalar in `scalars` (other scalars are absent).
    package func table(for scalars: some Sequence<Unicode.Scalar>) -> [UInt32: Value] {
        var wanted = Set<UInt32>()
        for u in scalars where HanClass.isHan(u) { wanted.insert(u.value) }
        var known: [UInt32: Value] = [:]
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

    private func convert(_ values: [UInt32]) -> [UInt32: Value] {
        let chars = values.compactMap(Unicode.Scalar.init)
        var joined = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0 { joined.append("\n") }
            joined.append(c)
        }
        let t = StringTransform(transform)
        var out: [UInt32: Value] = [:]
        let parts = String(joined).applyingTransform(t, reverse: false)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        if parts.count == chars.count {
            for (c, p) in zip(chars, parts) { out[c.value] = make(c, p) }
        } else {
            for c in chars { out[c.value] = make(c, Substring(String(c).applyingTransform(t, reverse: false) ?? String(c))) }
        }
        return out
    }
}
