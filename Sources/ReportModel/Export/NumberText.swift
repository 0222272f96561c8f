import Foundation

/// How ReportDesk writes numbers for people and CSV: whole numbers without ".0" or exponent,
/// others to a number of significant digits without trailing zeros.
public enum NumberText {
    public static func plain(_ v: Double?, significant: Int = 10) -> String {
        guard let v else { return "" }
        if v == v.rounded(), abs(v) < 1e16 { return String(Int64(v)) }
        if abs(v) >= 1e6, abs(v) < 1e16 {
            // Large values keep their decimals (83852326.33) rather than switching to exponent notation.
            var t = String(format: "%.4f", v)
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t.removeLast() }
            return t
        }
        return String(format: "%.\(significant)g", v)
    }
}

extension NumberText {
    /// A value in base units as people read it: 93.8亿元, 2.56万亿元, 45万人, 6.2%. Four significant digits
    /// above 10,000 (scaled to 万, 亿 or 万亿); smaller values as they are.
    public static func human(_ v: Double, unit: String?) -> String {
        let u = unit ?? ""
        let a = abs(v)
        guard u != "%", a >= 10_000 else { return plain(v, significant: 6) + u }
        let (scale, word): (Double, String) = a >= 1e12 ? (1e12, "万亿") : a >= 1e8 ? (1e8, "亿") : (1e4, "万")
        return plain(Double(String(format: "%.4g", v / scale)) ?? v / scale, significant: 6) + word + u
    }
}
