import Foundation
import ReportText

import ReportReading

/// Gives level-1 sections their role (review, plan, problems, other) and the year they speak of,
/// from the title's keywords and years ("2023年工作回顾" → review 2023, "明年工作思路" → plan, date year + 1).
public enum SectionClassifier {
    static let selfBuilding = ["政府自身建设", "自身建设", "作风建设", "政府建设", "名词解释", "注释"]
    package static let review = ["回顾", "完成情况", "总结", "成效", "亮点", "主要做法", "做法", "进展", "以来", "成就", "工作情况", "取得的", "成绩",
                                 "过去五年", "过去一年", "过去的一年", "过去的五年"]
    static let planStrong = ["安排", "打算", "计划", "思路", "下一步", "预期目标", "目标任务", "今后", "总体要求", "主要目标", "明年",
                              "发展目标", "工作重点", "谋划", "展望", "工作建议", "工作要求"]
    static let planWeak = ["重点工作", "主要任务", "主要工作", "工作任务", "重点任务", "目标"]
    package static let problems = ["存在的问题", "问题", "不足", "短板", "困难和挑战"]
    static let strongProblems = ["存在的问题", "问题和不足", "困难和问题", "不足之处", "主要问题", "困难和挑战"]

    /// The keyword lists, each found in a title in one pass.
    static let selfBuildingWords = WordList(selfBuilding), reviewWords = WordList(review), planStrongWords = WordList(planStrong)
    static let planWeakWords = WordList(planWeak), problemWords = WordList(problems)

    /// The scalar offset where the first word of `words` occurs in `t`, or nil.
    static func firstPosition(_ words: WordList, in t: [Unicode.Scalar]) -> Int? {
        var first: Int?
        words.forEachMatch(in: t, 0..<t.count) { k, _ in if first == nil { first = k } }
        return first
    }

    /// Role of a title and the position of the keyword that decided it; nil when no keyword matches.
    public static func role(of title: String) -> (role: SectionRole, at: Int)? {
        let t = [Unicode.Scalar](scalarsOf: title)
        if selfBuildingWords.occurs(in: t) { return (.other, 0) }
        let r = firstPosition(reviewWords, in: t), p = firstPosition(planStrongWords, in: t)
        switch (r, p) {
        case let (r?, p?): return r <= p ? (.review, r) : (.plan, p)
        case let (r?, nil): return (.review, r)
        case let (nil, p?): return (.plan, p)
        default: break
        }
        if let q = firstPosition(problemWords, in: t) { return (.problems, q) }
        if let w = firstPosition(planWeakWords, in: t) { return (.plan, w) }
        return nil
    }

    /// A title whose only keyword is a weak plan word (目标, 主要工作).
    static func weakOnly(_ title: String) -> Bool {
        let t = [Unicode.Scalar](scalarsOf: title)
        return planWeakWords.occurs(in: t) && !reviewWords.occurs(in: t) && !planStrongWords.occurs(in: t) && !problemWords.occurs(in: t)
    }

    /// What after 今年 makes it part of a year (今年前4个月, 今年以来, 今年一季度).
    static let partialYearMarkers = ["前", "以来", "一季度", "上半年"]

    /// The year a title speaks of: the explicit year nearest before the keyword, else a relative word against the document year.
    public static func year(of title: String, keywordAt: Int, documentYear: Int?) -> Int? {
        var best: (Int, Int)?
        for m in title.matches(of: ClassifierPatterns.year) {
            let pos = title.distance(from: title.startIndex, to: m.range.lowerBound)
            guard let y = Int(m.1) else { continue }
            if pos <= keywordAt || best == nil {
                if best == nil || pos <= keywordAt { best = (y, pos) }
            }
        }
        if let b = best { return b.0 }
        guard let d = documentYear else { return nil }
        if title.includes("明年") { return d + 1 }
        // 关于去年和今年前4个月工作: the part of this year is an addendum; the year reviewed in full is last year.
        if title.includes("去年"), partialYearMarkers.contains(where: { title.includes("今年" + $0) }) { return d - 1 }
        if title.includes("今年") { return d }
        if title.includes("去年") { return d - 1 }
        return nil
    }

    /// Words that open a list of the plan's targets (今年经济社会发展的主要预期目标是：…, 主要预期目标建议为): every figure
    /// of a sentence after them is a target (`Lexicon.Find.targetLeads`).
    package static let targetLeads = ["预期目标是", "预期目标为", "预期目标建议", "主要目标是", "主要目标为", "主要目标建议"]
    /// Titles of a plan's targets, the plan wherever the outline put them: a lead, or the bare 预期目标 a heading may be.
    static let targetHeadings = ["预期目标"] + targetLeads
    static let reviewOpenings = ["一年来", "过去一年", "过去的一年", "去年", "五年来", "过去五年", "这一年", "刚刚过去"]
    static let planOpenings = ["今年政府工作", "今年经济社会发展", "今年是", "主要预期目标是", "主要预期目标为", "预期目标建议", "总体要求", "今后五年",
                               "新的一年", "今年要", "今年的工作"]

    /// Review or plan from the first paragraphs of a section whose title has no keyword.
    static func roleFromBody(_ s: Section, paragraphs: [Paragraph], reviewYear: Int?, planYear: Int?) -> SectionRole? {
        let range = s.paragraphRange.lowerBound..<min(paragraphs.count, s.paragraphRange.lowerBound + 3)
        guard !range.isEmpty else { return nil }
        let text = range.map { paragraphs[$0].text }.joined()
        let opening = String(text.prefix(400))
        // 2023年是贯彻党的二十大精神的开局之年: the plan year introduced.
        let plan = planOpenings.contains(where: opening.includes) || planYear.map { opening.includes("\($0)年是") } == true
        let review = reviewOpenings.contains(where: opening.includes) || reviewYear.map { opening.includes("\($0)年") && !opening.includes("\($0 + 1)年") } == true
        if plan && !review { return .plan }
        if review && !plan { return .review }
        if plan && review {
            let p = planOpenings.compactMap { opening.scalarOffset(of: $0) }.min() ?? Int.max
            let r = reviewOpenings.compactMap { opening.scalarOffset(of: $0) }.min() ?? Int.max
            return p < r ? .plan : .review
        }
        return nil
    }

    /// Assigns roles and years to every section and returns the document's review and plan years.
    package static func assign(_ sections: inout [Section], title: String?, kind: ReportKind, date: String?, dateKind: DateKind?,
                       firstLines: [String], paragraphs: [Paragraph] = []) -> (review: Int?, plan: Int?) {
        let docYear = date.flatMap { Int($0.prefix(4)) }
        var roleOf: [String: (SectionRole, Int?)] = [:]
        var explicitReview: [Int] = [], explicitPlan: [Int] = []
        var hasReview = false, hasPlan = false
        // First pass: own classification of every section.
        var own: [(role: SectionRole, at: Int)?] = []
        let indexOf = sections.indexByID()
        var firstChild: [String: Int] = [:]
        for (i, s) in sections.enumerated() { if let p = s.parent, firstChild[p] == nil { firstChild[p] = i } }
        for s in sections {
            let c = role(of: s.title)
            own.append(c)
            if s.parent == nil || s.parent.flatMap({ indexOf[$0] }).map({ sections[$0].kind }) == .part, let c {
                if c.role == .review { hasReview = true }
                if c.role == .plan { hasPlan = true }
                if let y = year(of: s.title, keywordAt: c.at, documentYear: docYear) {
                    if c.role == .review { explicitReview.append(y) }
                    if c.role == .plan { explicitPlan.append(y) }
                }
            }
        }
        // Document years: explicit section titles, then the document title, then the date.
        // A long-range title ("“十四五”时期主要目标和2035年远景目标") is not the year planned for: with a date,
        // only years next to it count.
        func near(_ anchor: Int?) -> (Int) -> Bool { { y in anchor.map { abs(y - $0) <= 1 } ?? true } }
        var reviewYear = explicitReview.filter(near(docYear)).max()
        var planYear = explicitPlan.filter(near(docYear ?? reviewYear.map { $0 + 1 })).max()
        if let t = title {
            for m in t.matches(of: ClassifierPatterns.yearWithTail) {
                guard let y = Int(m.1) else { continue }
                let tail = String(m.2)
                if reviewYear == nil, review.contains(where: tail.includes) || tail.includes("工作总结") { reviewYear = y }
                if planYear == nil, planStrong.contains(where: tail.includes) { planYear = y }
            }
        }
        let opening = firstLines.prefix(3).joined()
        if reviewYear == nil, let d = docYear, opening.includes("今年以来") { reviewYear = d }
        if let d = docYear, kind == .governmentWorkReport, dateKind == .delivered {
            let month = Int(date?.dropFirst(5).prefix(2) ?? "") ?? 1
            // Reports delivered at the start of the year review the year before; a December session reviews its own year.
            let reviewed = month >= 10 ? d : d - 1
            if reviewYear == nil { reviewYear = reviewed }
            if planYear == nil { planYear = reviewed + 1 }
        }
        // A report whose only date is its title (XX镇2024年政府工作报告) is delivered in that year: it reviews the
        // year before and plans that year.
        if kind == .governmentWorkReport, let t = title {
            // Also 湖北省人民政府2016年工作报告, 2018年湖南省政府工作报告, 杨雄市长…的政府工作报告（2016年）: the one
            // year a work report's title names is the year it is delivered.
            let years = t.matches(of: ClassifierPatterns.year).compactMap { Int($0.1) }
            let delivered = t.matches(of: ClassifierPatterns.yearWithTail).filter { String($0.2).startsWith("政府工作报告") }.compactMap { Int($0.1) }
                + (years.count == 1 && t.includes("工作报告") && t.includes("政府") ? years : [])
            for y in delivered {
                if reviewYear == nil, planYear == nil || planYear == y { reviewYear = y - 1 }
                if planYear == nil, reviewYear == y - 1 { planYear = y }
            }
        }
        if planYear == nil, hasPlan, let r = reviewYear { planYear = r + 1 }
        if reviewYear == nil, hasReview, let p = planYear { reviewYear = p - 1 }
        // Excerpts from different reports share no year: each part keeps only what its own title says.
        if kind == .fragments { reviewYear = nil; planYear = nil }

        // Level-1 titles without keywords ("攻坚克难,经济社会发展实现新突破"): the opening words of the section decide.
        // A slogan title whose only keyword is a weak plan word (我们锚定目标团结奋进攻坚克难) is what its body says it is.
        for i in sections.indices where sections[i].parent == nil && sections[i].kind != .part && own[i]?.role == .plan
            && weakOnly(sections[i].title) && !sections[i].title.matches(of: ClassifierPatterns.year).contains(where: { Int($0.1) == planYear }) {
            if roleFromBody(sections[i], paragraphs: paragraphs, reviewYear: reviewYear, planYear: planYear) == .review { own[i] = (.review, Int.max) }
        }
        for i in sections.indices where sections[i].parent == nil && own[i] == nil && sections[i].kind != .part {
            // 关于2020年工作 in the 2020 report: a chapter named by the plan year (or the reviewed year) alone.
            let named = sections[i].title.matches(of: ClassifierPatterns.year).compactMap { Int($0.1) }
            if named.count == 1, let y = named.first, y == planYear { own[i] = (.plan, Int.max); continue }
            if named.count == 1, let y = named.first, y == reviewYear { own[i] = (.review, Int.max); continue }
            if let r = roleFromBody(sections[i], paragraphs: paragraphs, reviewYear: reviewYear, planYear: planYear) { own[i] = (r, Int.max) }
        }

        // Second pass: level-1 roles and years, children inherit unless they say otherwise.
        for i in sections.indices {
            let s = sections[i]
            let parentInfo = s.parent.flatMap { roleOf[$0] }
            let parentIndex = s.parent.flatMap { indexOf[$0] }
            let parentIsPart = parentIndex.map { sections[$0].kind } == .part
            var r: SectionRole
            var y: Int?
            // A child keeps its parent's role unless the parent had none of its own, or the child is
            // explicitly about problems or the government's own work.
            let parentUnclassified = parentIndex.map { own[$0] == nil } ?? false
            // A targets heading (今年经济社会发展的主要预期目标是) is the plan wherever the outline put it.
            let explicitOwn = own[i].map { c in
                c.role == .problems && strongProblems.contains(where: s.title.includes) || c.role == .other && c.at == 0
                    || c.role == .plan && targetHeadings.contains(where: s.title.includes)
            } ?? false
            if let c = own[i], (s.parent == nil || parentIsPart || parentUnclassified || explicitOwn) {
                r = c.role
                y = year(of: s.title, keywordAt: c.at, documentYear: docYear)
                if y == nil { y = r == .review ? reviewYear : r == .plan ? planYear : nil }
            } else if let p = parentInfo, !parentIsPart {
                r = p.0
                let ownYear = own[i].flatMap { year(of: s.title, keywordAt: $0.at, documentYear: docYear) }
                y = ownYear ?? p.1
            } else {
                r = .other; y = nil
            }
            if s.kind == .part { r = .other; y = nil }
            sections[i].role = r
            sections[i].year = y
            roleOf[s.id] = (r, y)
        }
        // A part takes the role of its first heading.
        for i in sections.indices where sections[i].kind == .part {
            if let c = firstChild[sections[i].id] {
                sections[i].role = sections[c].role; sections[i].year = sections[c].year
            }
        }
        return (reviewYear, planYear)
    }
}

/// Regexes built once: a literal inside a function is compiled again on every call.
enum ClassifierPatterns {
    package nonisolated(unsafe) static let year = /((?:19|20)\d{2})\s*年/
    nonisolated(unsafe) static let yearWithTail = /((?:19|20)\d{2})\s*年(?:度)?(.{0,8})/
}
