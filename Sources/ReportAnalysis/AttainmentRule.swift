import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators

/// Whether a year's outcome reached the target set for it: one rule for growth and level targets, for
/// every qualifier and range, and for both directions (docs/analysis.md, "Attainment").
///
/// - Higher is better: the target is a floor. A range is met at its lower bound; 以内/不超过 on such an
///   indicator is a ceiling all the same (met at or below it).
/// - Lower is better: the target is a ceiling whatever its qualifier (控制在5%以内, 3%左右, 降低3.5%以上 on
///   a negative change); a range is met at its upper bound.
/// - The gap is signed so that positive means better than the target.
public enum AttainmentRule {
    public struct Judgement: Sendable, Equatable {
        public var attainment: Attainment
        /// Outcome minus target for higher-is-better, target minus outcome for lower-is-better (rounded to 0.01).
        public var gap: Double
    }

    public static func judge(outcome: Double, target: Double, qualifier: Qualifier?, range: ValueRange?, direction: Direction) -> Judgement {
        let lo = range?.lo ?? target, hi = range?.hi ?? target
        let met: Bool
        let gap: Double
        switch direction {
        case .lower:
            met = outcome <= hi
            gap = hi - outcome
        case .higher:
            if qualifier == .atMost || qualifier == .lessThan {
                met = outcome <= hi
                gap = hi - outcome
            } else {
                met = outcome >= lo
                gap = outcome - lo
            }
        }
        return Judgement(attainment: met ? .met : .missed, gap: (gap * 100).rounded() / 100)
    }
}
