import Foundation

/// How ReportDesk writes numbers for people and CSV: whole numbers without ".0" or exponent,
/// others to a number of significant digits without trailing zeros.
public enum NumberText {
    public static func plain(_ v: Double?, significant: Int = 10) -> String {
        guard let v else { return "" }
        if v == v.rounded(), abs(v) < 1e16 { return String(Int64(v)) }
        if abs(v) >= 1e6, abs(v) < 1e16 { return String(format: "%.0f", v) }
        return String(format: "%.\(significant)g", v)
    }
}
