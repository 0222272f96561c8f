/// Terminal column width of Unicode scalars (East Asian Width): 2 for wide and full-width
/// characters (CJK, full-width forms, most emoji), 0 for combining marks and zero-width
/// characters, 1 otherwise. Never `String.count`: a CJK character takes two columns.
public enum DisplayWidth {
    @inline(__always) public static func of(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || v == 0xFEFF || (0x20D0...0x20FF).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x2FFFD).contains(v) || (0x30000...0x3FFFD).contains(v) { return 2 }
        return 1
    }

    public static func of(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + of($1) } }

    /// The longest prefix of `s` that fits in `width` columns, and its width.
    public static func prefix(_ s: String, fitting width: Int) -> (String, Int) {
        var out = String.UnicodeScalarView(), w = 0
        for u in s.unicodeScalars {
            let cw = of(u)
            if w + cw > width { break }
            out.append(u); w += cw
        }
        return (String(out), w)
    }

    /// `s` cut to `width` columns with "…" when it does not fit, padded with spaces to exactly `width`.
    public static func fit(_ s: String, _ width: Int, pad: Bool = true) -> String {
        guard width > 0 else { return "" }
        let full = of(s)
        if full <= width { return pad ? s + String(repeating: " ", count: width - full) : s }
        let (p, w) = prefix(s, fitting: width - 1)
        let r = p + "…"
        return pad ? r + String(repeating: " ", count: width - w - 1) : r
    }
}
