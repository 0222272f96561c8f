/// Small helpers for text held as `[Unicode.Scalar]`, the form every hot loop works on.
extension Array where Element == Unicode.Scalar {
    /// True when `word` occurs at `i`.
    @inline(__always) func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where self[i + k] != word[k] { return false }
        return true
    }

    /// True when `word` occurs at `i`.
    @inline(__always) func has(_ word: String, at i: Int) -> Bool {
        var k = i
        for u in word.unicodeScalars {
            guard k >= 0, k < count, self[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// The text of `self[a..<b]`, clamped to the array; "" when empty.
    func text(_ a: Int, _ b: Int) -> String {
        let lo = Swift.max(0, a), hi = Swift.min(count, b)
        guard lo < hi else { return "" }
        return String(String.UnicodeScalarView(self[lo..<hi]))
    }
}
