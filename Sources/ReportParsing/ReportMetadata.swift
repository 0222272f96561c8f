import Foundation
import ReportText

import ReportReading

/// A government named by a report, with the level its name says and the parents the text names.
public struct Place: Sendable, Equatable, Codable, Hashable {
    public var name: String?
    public var level: PlaceLevel?
    public var parents: [String]
    public init(name: String? = nil, level: PlaceLevel? = nil, parents: [String] = []) {
        self.name = name; self.level = level; self.parents = parents
    }
}

public enum ReportKind: String, Sendable, Codable {
    case governmentWorkReport = "government-work-report"
    case workSummaryAndPlan = "work-summary-and-plan"
    case fragments
    case other

    public var chinese: String {
        switch self {
        case .governmentWorkReport: return "政府工作报告"
        case .workSummaryAndPlan: return "工作总结及打算"
        case .fragments: return "片段汇编"
        case .other: return "其他"
        }
    }
}

public enum DateKind: String, Sendable, Codable { case delivered, published, signed }

/// A half-open range of Unicode-scalar offsets into a report's original text.
public struct TextSpan: Sendable, Equatable, Codable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}
