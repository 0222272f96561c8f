import Foundation
import ReportText

/// How a written quantity relates to its number: 约/左右 (approx), 余/多/超 (more than),
/// 近/不足 (less than), 以上/不低于 (at least), 以内/不超过 (at most).
public enum Qualifier: String, Sendable, Codable, Equatable {
    case approx, moreThan = "more-than", lessThan = "less-than", atLeast = "at-least", atMost = "at-most"
}

/// A lower and upper bound written as a range ("7-7.5%", "5至6个").
public struct ValueRange: Sendable, Codable, Equatable {
    public var lo: Double
    public var hi: Double
    /// Whether each bound is included: "7-7.5%" includes both; "大于10小于20" neither.
    public var loIncluded = true
    public var hiIncluded = true
    /// Built from two comparisons ("大于10小于20") rather than written as "10-20".
    public var fromComparison = false
    public init(lo: Double, hi: Double, loIncluded: Bool = true, hiIncluded: Bool = true) {
        self.lo = lo; self.hi = hi; self.loIncluded = loIncluded; self.hiIncluded = hiIncluded
    }
    enum CodingKeys: String, CodingKey { case lo, hi }
}

/// What kind of thing a quantity measures; decides how it is normalised and compared.
public enum Dimension: String, Sendable, Codable, Equatable {
    case money, area, length, mass, volume, energy, power, count, percent, percentagePoint = "percentage-point", duration, number, other
}

/// One quantity found in text: the number as written with its unit, the same in base units,
/// and how it was qualified. Offsets are scalar offsets into the text that was parsed.
public struct Quantity: Sendable, Codable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The number as written ("38.6" in 38.6亿元); nil when redacted.
    public var value: Double?
    /// The unit as written, multiplier included ("亿元", "万亩", "%", "pp"); nil for a bare number.
    public var unit: String?
    /// The value in `baseUnit` (3860000000 元); for a bare number, the full number.
    public var baseValue: Double?
    public var baseUnit: String?
    public var dimension: Dimension
    public var qualifier: Qualifier?
    public var range: ValueRange?
    /// The numeric slot was masked (xx, XX, *, ××): no value, never a guess.
    public var redacted: Bool
    /// 第N: an ordinal, not an amount.
    public var ordinal: Bool
    /// The whole number as written, before any unit conversion (38.6亿元 → 3860000000; 五十打 → 600; 6.2% → 6.2).
    public var amount: Double?

    public init(text: String, start: Int, end: Int, value: Double?, unit: String?, baseValue: Double?, baseUnit: String?,
                dimension: Dimension, qualifier: Qualifier? = nil, range: ValueRange? = nil, redacted: Bool = false, ordinal: Bool = false) {
        self.text = text; self.start = start; self.end = end; self.value = value; self.unit = unit
        self.baseValue = baseValue; self.baseUnit = baseUnit; self.dimension = dimension; self.qualifier = qualifier
        self.range = range; self.redacted = redacted; self.ordinal = ordinal
    }

    /// Every number in it is finite (no overflow to infinity, no NaN).
    public var isFinite: Bool {
        [value, baseValue, amount, range?.lo, range?.hi].allSatisfy { $0?.isFinite ?? true }
    }

    /// Removes binary floating-point noise (41.85 × 1e8 = 4184999999.9999995) by rounding to 12 significant digits.
    /// Exact powers of ten make this the same double as printing with %.12g and parsing back, without the strings.
    package static func clean(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let shift = 11 - Int(log10(abs(x)).rounded(.down))
        if shift >= 0 && shift <= 22 {
            let p = pow10[shift]
            return (x * p).rounded() / p
        }
        if shift < 0 && -shift <= 22 {
            let p = pow10[-shift]
            return (x / p).rounded() * p
        }
        return Double(String(format: "%.12g", x)) ?? x
    }
    private static let pow10: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { a, _ in a * 10 } }
}
