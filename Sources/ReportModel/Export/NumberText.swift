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
