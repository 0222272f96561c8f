import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// The sentence rules: each corrects the finished indicators of a sentence.
enum SentenceRules {
    /// flow-not-stock: 市场主体净增98万户, 新增贷款余额 are flows, not the stock the catalog names: they become the
    /// catalog's flow indicator (新增市场主体) where it has one.
    static func flowNotStock(_ st: inout SentenceState) {
        for k in st.indicators.indices {
            guard let id = st.indicators[k].canonicalId, let flow = Lexicon.stockIndicators[id],
                  Lexicon.flowWords.contains(where: st.indicators[k].name.includes) else { continue }
            let entry = flow.flatMap { st.catalog.entry(id: $0) }
            st.indicators[k].canonical = entry?.name; st.indicators[k].canonicalId = entry?.id
        }
    }
}

extension SentenceRules {
    /// term-end-levels: in a review of several years, the level a yearly indicator reached (地区生产总值达2.57万亿元;
    /// 全县生产总值完成119.8亿元) is the last reviewed year's. Totals (累计, 五年…), thresholds (突破), flows and
    /// counts keep no year.
    static func termEndLevels(_ st: inout SentenceState) {
        guard st.context.multiYear, st.context.role != .plan, let year = st.context.reviewYear else { return }
        for k in st.indicators.indices {
            let i = st.indicators[k]
            // 地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%: a level with the term's growth stays a term figure;
            // 迈上6万亿元台阶，达到62661亿元: the level after a threshold is the last year's.
            guard i.year == nil, i.role == .actual, i.value != nil, i.qualifier == nil, !i.milestone, i.period == nil, i.change == nil,
                  // 由3200亿元提高到5000亿元以上: the start of a from–to is some earlier year.
                  !((i.text.includes("由") || i.text.includes("从")) && Lexicon.Find.fromToVerbs.occurs(in: i.text)),
                  let id = i.canonicalId, Lexicon.yearlyIndicators.contains(id),
                  !Lexicon.Find.totalWords.occurs(in: i.text), !Lexicon.Find.flowWords.occurs(in: i.name) else { continue }
            st.indicators[k].year = year
        }
    }
}
