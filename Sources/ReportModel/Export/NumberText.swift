import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators
import ReportAnalysis

import ReportSearch

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

extension NumberText {
    /// The mark of a qualifier: ≈ 左右, ≥ 以上, > 超过, ≤ 以内, < 不到.
    public static func mark(_ q: Qualifier?) -> String {
        switch q {
        case .approx?: return "≈"
        case .atLeast?: return "≥"
        case .moreThan?: return ">"
        case .atMost?: return "≤"
        case .lessThan?: return "<"
        case nil: return ""
        }
    }

    /// A rate with its sign: +5.4%, -2%, 0%.
    public static func signed(_ v: Double, unit: String = "%") -> String {
        (v > 0 ? "+" : "") + plain(v, significant: 6) + unit
    }

    /// A change as people read it, its range and qualifier kept: +5.4%, ≈+8%, +5–5.5%, -3.5%, +1.3pp.
    public static func change(_ c: Change, qualifier: Qualifier?, range: ValueRange?) -> String {
        if let p = c.percent {
            if let r = range, r.lo == p || r.hi == p, r.lo != r.hi {
                return (r.lo > 0 ? "+" : "") + plain(r.lo, significant: 6) + "–" + plain(r.hi, significant: 6) + "%"
            }
            return mark(qualifier) + signed(p)
        }
        if let p = c.points { return mark(qualifier) + signed(p, unit: "pp") }
        return ""
    }

    /// Met or missed as a mark: ✓, ✗, or ✓?/✗? when the outcome is a preliminary (预计) figure; "" without a judgement.
    public static func attained(_ a: Attainment, preliminary: Bool) -> String {
        switch a {
        case .met: return preliminary ? "✓?" : "✓"
        case .missed: return preliminary ? "✗?" : "✗"
        case .noData: return ""
        }
    }

    /// A target as people read it: 5–5.5%, ≤5%, ≈2%, ≥+6%, 1285万吨, ≥5000万元. `unit` is the target's base unit.
    public static func target(_ t: Double, isGrowth: Bool, qualifier: Qualifier?, range: ValueRange?, unit: String?) -> String {
        if let r = range, r.lo != r.hi {
            if isGrowth || unit == "%" { return plain(r.lo, significant: 4) + "–" + plain(r.hi, significant: 4) + "%" }
            return human(r.lo, unit: nil) + "–" + human(r.hi, unit: unit)
        }
        return mark(qualifier) + (isGrowth ? signed(t) : human(t, unit: unit))
    }
}
