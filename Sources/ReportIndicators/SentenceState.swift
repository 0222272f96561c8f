import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// One figure of a sentence with the words that decide what it is: the lead (from the figure or clause
/// before it up to this one), the words since the last full stop, and the timing they give.
struct Figure {
    package let q: Quantity
    package let index: Int
    let clauseStart: Int
    package let lead: String
    package let sentence: String
    package var role: IndicatorRole
    package var year: Int?
    package var period: String?
    package var estimated: Bool
    package let span: (Int, Int)
    /// What several rules ask of the lead, worked out once for the figure.
    private let memo = Memo()

    final class Memo {
        var growthVerb: String??
        var cleanLead: String?
    }

    /// The growth verb that ends the lead (``Naming/growthVerb(atEndOf:)``).
    var growthVerb: String? {
        if let v = memo.growthVerb { return v }
        let v = Naming.growthVerb(atEndOf: lead)
        memo.growthVerb = .some(v)
        return v
    }

    /// The lead as a name (``Naming/cleanName(_:)``).
    var cleanLead: String {
        if let v = memo.cleanLead { return v }
        let v = Naming.cleanName(lead)
        memo.cleanLead = v
        return v
    }

    package init(index qi: Int, in st: SentenceState) {
        let s = st.s, q = st.quantities[qi]
        self.q = q
        self.index = qi
        let sentEnd = Sentence.boundaryAfter(s, from: q.end, in: Sentence.sentenceEnds)
        var start = max(Sentence.boundary(s, before: q.start, in: Sentence.clauseEnds), st.start)
        // abbreviation-in-name: 居民消费价格指数（CPI）涨幅在3％以内, 细颗粒物(PM2.5)、可吸入颗粒物(PM10)、二氧化硫…分别改善…:
        // a parenthesised abbreviation after a Chinese word does not end the clause, and is left out of the name.
        var asides: [Range<Int>] = []
        while asides.count < 8, !IndicatorExtractor.isOff("abbreviation-in-name"), let open = Sentence.abbreviation(endingAt: start, s), open > st.start {
            asides.insert(open..<start, at: 0)
            start = max(Sentence.boundary(s, before: open, in: Sentence.clauseEnds), st.start)
        }
        clauseStart = start
        let prev = qi > 0 ? st.quantities[qi - 1].end : -1
        let leadStart = max(clauseStart, prev > clauseStart ? prev : clauseStart)
        if asides.isEmpty {
            lead = s.text(leadStart, q.start).trimmedSpaces
        } else {
            var text = "", k = leadStart
            for a in asides where a.upperBound > k {
                if a.lowerBound > k { text += s.text(k, a.lowerBound) }
                k = a.upperBound
            }
            lead = (text + s.text(k, q.start)).trimmedSpaces
        }
        var from = st.start, to = sentEnd
        if to - from > Sentence.maxText {
            from = clauseStart
            to = Sentence.boundaryAfter(s, from: q.end, in: Sentence.clauseEnds)
            if to - from > Sentence.maxText { from = max(from, q.start - Sentence.maxText / 2); to = min(to, q.end + Sentence.maxText / 2) }
        }
        sentence = st.text.of(s, from, to)
        let before = Array(s[max(Sentence.boundary(s, before: q.start, in: Sentence.fullStops), q.start - Sentence.maxText)..<q.start])
        let when = Timing.timing(before: before, context: st.context)
        (role, year, period, estimated) = (when.role, when.year, when.period, when.estimated)
        if role == .actual, let from = st.context.estimatedFrom, q.start >= from, year == st.context.reviewYear { estimated = true }
        if year == nil, role == .actual || role == .forecast,
           let y = Timing.termReviewYear(sentence: sentence, before: before, lead: lead, isRate: FigureRules.isRate(q), context: st.context) {
            year = y
            if role == .forecast { role = .actual; estimated = true }
        }
        // estimated-term-end: in a review of several years, 预计 can only be said of the year just ended (预计实现地区
        // 生产总值5312亿元，增长3.6%): that year's actual, estimated.
        // Not a rate over the term (预计年均增长10.7%), a total (累计, 五年, 净增) or a from–to (从5777亿元提高到…).
        if year == nil, role == .forecast, st.context.multiYear, st.context.role == .review, let y = st.context.reviewYear,
           period == nil, !IndicatorExtractor.isOff("estimated-term-end"), !Lexicon.Find.termSpanWords.occurs(in: before),
           // A cut or a change in points over a term is usually the term's (预计单位地区生产总值能耗、碳排放强度分别下降13.7%和19%,
           // 研发投入强度预计提升0.65个百分点); a growth rate of a few percent is the year's.
           !FigureRules.isRate(q) || (q.dimension == .percent && !Lexicon.Find.negativeVerbs.occurs(in: lead)) {
            year = y; role = .actual; estimated = true
        }
        span = st.span(of: q)
    }
}

/// The last span of a scalar array made into a String, kept for the next figure that asks for the same span.
final class SpanText {
    private var lower = -1, upper = -1, made = ""

    func of(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        if a != lower || b != upper { (lower, upper, made) = (a, b, s.text(a, b)) }
        return made
    }
}

/// What the rules know while they read one sentence: its indicators so far and the constructions still open
/// (a 分别 list waiting for its rates, a from–to waiting for its end point).
struct SentenceState {
    package let s: [Unicode.Scalar]
    package let paragraph: Paragraph
    package let quantities: [Quantity]
    package let context: IndicatorExtractor.Context
    package let catalog: IndicatorCatalog
    /// Where the sentence starts in the paragraph.
    package let start: Int
    package var indicators: [Indicator] = []
    /// The indicator later rates without a subject attach to.
    package var last: Int?
    /// Indicators made by the last 分别 list, and which of them takes the next rate.
    var respectively: [Int] = []
    var respectivelyNext = 0
    /// The name of an open from–to (由…增加到…).
    var fromToName: String?
    /// Years between a from–to's end points: −2015 after 由2015年的…, then +2020 at 增加到2020年的… gives 5.
    var fromToSpan = 0
    /// Figures up to here were taken by a 分别 list.
    var skipUntil = -1
    /// The years of this sentence's from–to (由1978年的…增加到2018年的…), and those of an earlier sentence of the paragraph.
    var fromToYears: (start: Int, end: Int?)?
    var inheritedFromTo: (start: Int, end: Int?)?
    /// The sentence's text, made once for all its figures (each figure's `sentence` is usually the same span).
    let text = SpanText()

    package init(s: [Unicode.Scalar], paragraph: Paragraph, quantities: [Quantity], context: IndicatorExtractor.Context, catalog: IndicatorCatalog, start: Int) {
        self.s = s; self.paragraph = paragraph; self.quantities = quantities; self.context = context; self.catalog = catalog; self.start = start
    }

    /// An indicator named `raw` for quantity `q` (nil for a change alone), bound to the catalog.
    /// Whether `name` is the entry's name or an alias as it stands, or with only its growth noun after it.
    static func isBare(_ name: String, _ e: IndicatorCatalog.Entry) -> Bool {
        let bare = Naming.withoutGrowthNoun(name)?.name ?? name
        return e.name == bare || e.aliases.contains(bare)
    }

    package func make(name raw: String, q: Quantity?, role: IndicatorRole, year: Int?, period: String?, sentence: String, span: (Int, Int), estimated: Bool = false) -> Indicator {
        var name = raw
        // The report's own place, with or without its suffix (四川省 / 四川), is not part of the name.
        if let place = context.place {
            for p in [place, context.placeKey ?? PlaceNames.key(place)] where p.count >= 2 && name.startsWith(p) && name.count > p.count + 1 { name.removeFirst(p.count); break }
        }
        var entry = catalog.match(name)
        // "兰州新区经济增速持续领跑…，生产总值由…增加到342亿元": a bare name takes the sentence's subject, which here is a part of the place.
        // (A bare name with its growth noun, 生产总值增速, is as bare.)
        if let e = entry, Self.isBare(name, e), let first = Sentence.firstClause(sentence), Sentence.subAreaSubject(first, county: context.county) {
            entry = nil
        }
        var i = Indicator(name: name, canonical: entry?.name, canonicalId: entry?.id, value: q?.value, unit: q?.unit,
                          baseValue: q?.baseValue, baseUnit: q?.baseUnit, qualifier: q?.qualifier, range: q?.range,
                          redacted: q?.redacted ?? false, change: nil, role: role, year: year, period: period,
                          section: context.sectionId, text: sentence, start: span.0, end: span.1, paragraph: context.paragraph)
        i.estimated = estimated
        return i
    }

    package func make(name: String, q: Quantity?, _ f: Figure) -> Indicator {
        make(name: name, q: q, role: f.role, year: f.year, period: f.period, sentence: f.sentence, span: f.span, estimated: f.estimated)
    }

    /// The original-text offsets of analysis offsets `a..<b` in the paragraph.
    package func span(_ a: Int, _ b: Int) -> (Int, Int) {
        let origin = paragraph.origin
        return (Int(origin[min(a, origin.count - 1)]), Int(origin[min(b, origin.count - 1)]))
    }

    /// The span of quantity `q` in the original text.
    package func span(of q: Quantity) -> (Int, Int) { span(q.start, q.end) }

    package mutating func append(_ i: Indicator) -> Int {
        indicators.append(i)
        return indicators.count - 1
    }
}
