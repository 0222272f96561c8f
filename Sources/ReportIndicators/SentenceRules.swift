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

extension SentenceRules {
    /// growth-noun-rate: 地区生产总值增速保持在10%左右, 市场主体增幅保持在20%以上: a percent that a growth noun (增速,
    /// 增幅, 增长率 …) names is the indicator's change, not its level. Prices keep their level (居民消费价格涨幅3%, as
    /// the CPI is written everywhere else).
    static func growthNounRate(_ st: inout SentenceState) {
        for k in st.indicators.indices {
            let i = st.indicators[k]
            guard i.unit == "%", let v = i.value, i.change == nil, !i.redacted, i.canonicalId != "cpi",
                  var (name, _) = Naming.withoutGrowthNoun(i.name),
                  // 人口自然增长率 is a rate of its own.
                  !Lexicon.rateNames.contains(where: i.name.endsWith) else { continue }
            var period = i.period
            if let p = Lexicon.averagePeriods.first(where: name.endsWith) { name.removeLast(p.count); period = "年均" }
            // What is left must name something: not 近三年 (近三年平均增速).
            guard name.count >= 2, !name.startsWith("近"), !name.endsWith("年") else { continue }
            st.indicators[k].name = name
            st.indicators[k].period = period
            st.indicators[k].change = Change(percent: v)
            st.indicators[k].value = nil; st.indicators[k].unit = nil
            st.indicators[k].baseValue = nil; st.indicators[k].baseUnit = nil
        }
    }

    /// unit-fits-catalog: a count is not an amount of money (新增外贸进出口实绩企业950家 is not 进出口总额; 地区生产总值超
    /// 200亿元的县77个 not GDP), nor is a percent level (一般公共预算支出72%以上投向民生领域): such a figure keeps its
    /// name but not the catalog's.
    static func unitFitsCatalog(_ st: inout SentenceState) {
        for k in st.indicators.indices {
            let i = st.indicators[k]
            guard let id = i.canonicalId, i.value != nil, let dimension = st.catalog.unitDimension[id] else { continue }
            let countsThings = dimension == .count
            let money = dimension == .money
            let isCount = i.baseUnit.map(Units.countBases.contains) ?? false
            if (isCount && !countsThings) || (i.unit == "%" && money) {
                st.indicators[k].canonical = nil; st.indicators[k].canonicalId = nil
            }
        }
    }
}
