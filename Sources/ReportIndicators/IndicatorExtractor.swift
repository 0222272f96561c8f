import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// Turns the quantities of a report into indicators. Each sentence is read figure by figure: the first
/// figure rule (``figureRules``) that takes a figure turns it into an indicator or attaches it to one
/// already made; then the sentence rules (``sentenceRules``) correct what the sentence as a whole says
/// (城乡 pairs, estimates, parts of an indicator). Every rule is a small named function over a
/// ``SentenceState`` with its words in ``Lexicon``; docs/quantities.md lists them.
public enum IndicatorExtractor {
    /// Extracts the indicators of a parsed report.
    /// `scalars`, when given, are the paragraphs' texts as scalars (the parser has them); otherwise each is decoded.
    public static func extract(_ r: Report, catalog: IndicatorCatalog = .bundled, scalars: [[Unicode.Scalar]] = []) -> [Indicator] {
        var sectionOf = [String?](repeating: nil, count: r.paragraphs.count)
        var sectionIndexOf = [Int?](repeating: nil, count: r.paragraphs.count)
        for (si, s) in r.sections.enumerated() {
            for p in s.paragraphRange where p < sectionOf.count { sectionOf[p] = s.id; sectionIndexOf[p] = si }
        }
        let docYear = r.date.flatMap { Int($0.prefix(4)) }
        let multiYearSection = Timing.multiYearSections(r.sections)
        let chapterOf = Self.chapters(r.sections)
        let placeKey = r.place.name.map(PlaceNames.key)
        let county = r.place.name.map { p in Lexicon.countySuffixes.contains(where: p.hasSuffix) } ?? false
        var out: [Indicator] = []
        var estimatesInSection: String?
        // term-review-carry: in a chapter reviewing the year and the term (一、2017年和过去五年工作回顾), a paragraph
        // opening with the term (五年来，…) makes the paragraphs after it about the term, until one opens with a
        // single year or the chapter ends.
        var carry: Bool?, carryChapter: Int?
        let carries = !isOff("term-review-carry")
        for (pi, p) in r.paragraphs.enumerated() {
            let section = sectionIndexOf[pi].map { r.sections[$0] }
            let chapter = sectionIndexOf[pi].map { chapterOf[$0] }
            // chapter-timing: a part of a review or plan chapter that has no role of its own (政府建设全面加强 under
            // “十二五”时期和2015年工作回顾) speaks of the chapter's year: the section whose role, year and term time it.
            var timingSection = sectionIndexOf[pi]
            if section?.role == .other, let c = chapter, !isOff("chapter-timing"), r.sections[c].role == .review || r.sections[c].role == .plan {
                timingSection = c
            }
            let timing = timingSection.map { r.sections[$0] }
            var ctx = Context(role: timing?.role ?? .other, sectionYear: timing?.year, reviewYear: r.reviewYear,
                              planYear: r.planYear, docYear: docYear, sectionId: sectionOf[pi], paragraph: pi, place: r.place.name, placeKey: placeKey,
                              county: county)
            if chapter != carryChapter { carry = nil; carryChapter = chapter }
            let s = scalars.count == r.paragraphs.count ? scalars[pi] : [Unicode.Scalar](scalarsOf: p.text)
            let own = Timing.multiYearParagraph(s)
            let review = carries && section?.role == .review
            ctx.multiYear = own ?? (review ? carry : nil) ?? (timingSection.map { multiYearSection[$0] } ?? false)
            if review {
                // The chapter's own title (一、2021年和过去五年工作回顾) is not an opening; a topic heading's body is.
                let opens = p.headingLength > 0 ? Timing.multiYearParagraph(Array(s.dropFirst(p.headingLength))) : own
                if let opens { carry = opens }
                if Timing.termOpensLater(s) { carry = true }
            }
            // estimate-note: （预计数，下同） marks the figure before it and the review's figures after it as estimates.
            if !isOff("estimate-note") {
                if let section = sectionOf[pi], estimatesInSection == section { ctx.estimatedFrom = 0 }
                if let at = Timing.estimateNote(in: p.text) {
                    ctx.estimatedFrom = min(ctx.estimatedFrom ?? at, at)
                    estimatesInSection = sectionOf[pi]
                }
            }
            out += extract(paragraph: p, scalars: s, context: ctx, catalog: catalog)
        }
        return out
    }

    /// The top-level section (chapter) each section belongs to.
    static func chapters(_ sections: [Section]) -> [Int] {
        let indexOf = sections.indexByID()
        var out = [Int](repeating: 0, count: sections.count)
        for (i, s) in sections.enumerated() {
            out[i] = s.parent.flatMap { indexOf[$0] }.map { $0 < i ? out[$0] : i } ?? i
        }
        return out
    }

    /// What a paragraph's figures inherit from the report and the section around it.
    package struct Context {
        package var role: SectionRole
        var sectionYear: Int?
        package var reviewYear: Int?
        package var planYear: Int?
        package var docYear: Int?
        var sectionId: String?
        package var paragraph: Int
        package var place: String?
        /// The place without its level word (四川省 → 四川), made once per report rather than for every indicator.
        var placeKey: String?
        /// The place is a county, 旗 or district (定兴县): its 县域 is itself (made once per report).
        var county = false
        /// The section plans for several years (今后五年, “十四五”时期): no single year is implied.
        var multiYear = false
        /// Actual figures of the reviewed year from this scalar offset on are estimates (（预计数，下同）).
        var estimatedFrom: Int?
    }

    /// A rule that may take one figure of a sentence: it returns true when the figure is dealt with.
    struct FigureRule: Sendable {
        package let name: String
        package let apply: @Sendable (Figure, inout SentenceState) -> Bool
    }

    /// A rule over a finished sentence's indicators.
    struct SentenceRule: Sendable {
        package let name: String
        package let apply: @Sendable (inout SentenceState) -> Void
    }

    /// The figure rules in the order they are tried (the first that takes a figure wins).
    static let figureRules: [FigureRule] = [
        FigureRule(name: "not-a-figure", apply: FigureRules.notAFigure),
        FigureRule(name: "respectively-rates", apply: FigureRules.respectivelyRates),
        FigureRule(name: "respectively-named-rates", apply: FigureRules.respectivelyNamedRates),
        FigureRule(name: "rates-to-earlier-levels", apply: FigureRules.ratesToEarlierLevels),
        FigureRule(name: "change-rate", apply: FigureRules.changeRate),
        FigureRule(name: "flat-after-level", apply: FigureRules.flatAfterLevel),
        FigureRule(name: "respectively-levels", apply: FigureRules.respectivelyLevels),
        FigureRule(name: "level", apply: FigureRules.level),
    ].filter { !isOff($0.name) }

    /// The sentence rules, in order.
    static let sentenceRules: [SentenceRule] = [
        SentenceRule(name: "flow-not-stock", apply: SentenceRules.flowNotStock),
        SentenceRule(name: "term-end-levels", apply: SentenceRules.termEndLevels),
        SentenceRule(name: "growth-noun-rate", apply: SentenceRules.growthNounRate),
        SentenceRule(name: "unit-fits-catalog", apply: SentenceRules.unitFitsCatalog),
    ].filter { !isOff($0.name) }

    /// Rules switched off for measurement (`REPORTDESK_DISABLE_RULES=a,b`): how many corpus indicators a
    /// rule changes is the difference between an extract with and without it (docs/quantities.md).
    static let disabledRules: Set<String> = {
        guard let v = ProcessInfo.processInfo.environment["REPORTDESK_DISABLE_RULES"] else { return [] }
        return Set(v.split(separator: ",").map { String($0).trimmedSpaces })
    }()

    /// Whether a rule is switched off; rules ask on every figure, so the usual case (none off) hashes nothing.
    @inline(__always) static func isOff(_ rule: String) -> Bool { !disabledRules.isEmpty && disabledRules.contains(rule) }

    /// The indicators of one paragraph, `s` its text's scalars.
    package static func extract(paragraph p: Paragraph, scalars s: [Unicode.Scalar], context c: Context, catalog: IndicatorCatalog) -> [Indicator] {
        let quantities = QuantityParser.parse(s, mode: .report, damaged: p.damaged)
        var out: [Indicator] = []
        var state: SentenceState?
        for qi in quantities.indices {
            let q = quantities[qi]
            if let st = state, q.end <= st.skipUntil { continue }
            let sentStart = Sentence.boundary(s, before: q.start, in: Sentence.sentenceEnds)
            if state?.start != sentStart {
                let fromTo = state.flatMap { $0.fromToYears?.end != nil ? $0.fromToYears : $0.inheritedFromTo }
                if var done = state { finish(&done); out += done.indicators }
                state = SentenceState(s: s, paragraph: p, quantities: quantities, context: c, catalog: catalog, start: sentStart)
                state?.inheritedFromTo = fromTo
            }
            guard var st = state else { continue }
            let figure = Figure(index: qi, in: st)
            for rule in figureRules where rule.apply(figure, &st) { break }
            state = st
        }
        if var done = state { finish(&done); out += done.indicators }
        if !isOff("flat") { out += FigureRules.flat(s, p, quantities, c, catalog) }
        return out
    }

    static func finish(_ st: inout SentenceState) {
        for rule in sentenceRules { rule.apply(&st) }
    }
}
