#!/usr/bin/env python3
"""The ReportDesk indicator catalog, written here as a table and emitted as Data/indicators.json.
Edit this table, then run `python3 scripts/catalog-source.py && python3 scripts/gen-catalog.py`.
Columns: id, canonical name, unit, kind (level | rate | both), category, aliases (| separated)."""
import json

ROWS = """
gdp|地区生产总值|亿元|both|经济|生产总值|GDP|经济总量|地方生产总值|县域生产总值|镇域生产总值|全市生产总值|全省生产总值|全县生产总值|全区生产总值|全镇生产总值
gdp_per_capita|人均地区生产总值|元|level|经济|人均GDP|人均生产总值
primary_va|第一产业增加值|亿元|both|经济|一产增加值
secondary_va|第二产业增加值|亿元|both|经济|二产增加值
tertiary_va|服务业增加值|亿元|both|经济|第三产业增加值|三产增加值
industrial_va_above_scale|规模以上工业增加值|亿元|rate|工业|规上工业增加值|规模工业增加值|规上企业工业增加值
industrial_output_above_scale|规模以上工业总产值|亿元|both|工业|规上工业总产值|规上工业产值|规模以上工业产值|规上工业累计产值|规上工业企业总产值|规模以上工业企业总产值|规上产值
industrial_revenue_above_scale|规模以上工业营业收入|亿元|both|工业|规上工业营业收入|规上工业企业营业收入|规模以上工业企业营业收入
industrial_va|工业增加值|亿元|both|工业|全部工业增加值
above_scale_enterprises|规模以上工业企业|家|level|工业|规上工业企业|规上企业|规模以上工业企业数
new_above_scale_enterprises|新增规模以上工业企业|家|level|工业|新增规上工业企业|新增规上企业|新入规企业|新增入规企业
construction_output|建筑业总产值|亿元|both|工业|建筑业产值
fai|固定资产投资|亿元|both|投资|全社会固定资产投资|固投|固定资产投资额|500万元以上固定资产投资|规模以上固定资产投资
industrial_investment|工业投资|亿元|both|投资|工业性投资|工业固定资产投资
tech_renovation_investment|工业技改投资|亿元|both|投资|技改投资|技术改造投资
real_estate_investment|房地产开发投资|亿元|both|投资|房地产投资
key_projects|重点项目|个|level|投资|省市重点项目|省重点项目|市重点项目|县重点项目|重点建设项目
key_project_investment|重点项目完成投资|亿元|both|投资|重点项目投资|完成年度计划投资
retail_sales|社会消费品零售总额|亿元|both|消费|社零总额|社会消费品零售额|社会消费品零售|消费品零售总额
online_retail|网络零售额|亿元|both|消费|网上零售额|实物商品网上零售额
general_budget_revenue|一般公共预算收入|亿元|both|财政|地方一般公共预算收入|公共财政预算收入|地方公共财政预算收入|一般预算收入|地方一般预算收入|一般公共财政预算收入|地方级一般公共预算收入
fiscal_total_revenue|财政总收入|亿元|both|财政|全口径财政收入|全部财政收入|财政收入
tax_revenue|税收收入|亿元|both|财政|税收总收入|税收
general_budget_expenditure|一般公共预算支出|亿元|both|财政|公共财政预算支出|一般预算支出|地方一般公共预算支出|财政支出
livelihood_expenditure|民生支出|亿元|both|财政|民生领域支出|民生投入
foreign_trade|进出口总额|亿元|both|开放|外贸进出口总额|外贸进出口|进出口总值|货物进出口总额|进出口贸易总额|进出口
exports|出口总额|亿元|both|开放|出口额|外贸出口|货物出口|出口
imports|进口总额|亿元|both|开放|进口额|进口
fdi|实际利用外资|亿美元|both|开放|实际使用外资|实际使用外资金额|实际利用外资金额|利用外资|外商直接投资
domestic_capital|实际利用内资|亿元|both|开放|实际到位内资|到位内资|利用内资|引进内资
attracted_funds|招商引资到位资金|亿元|both|开放|招商到位资金|引资到位资金|到位资金
signed_projects|招商引资签约项目|个|level|开放|签约项目|引进项目|新签约项目|在谈项目|新引进项目
disposable_income_all|全体居民人均可支配收入|元|both|民生|居民人均可支配收入|人均可支配收入|常住居民人均可支配收入
disposable_income_urban|城镇居民人均可支配收入|元|both|民生|城镇常住居民人均可支配收入|城市居民人均可支配收入|城镇人均可支配收入
disposable_income_rural|农村居民人均可支配收入|元|both|民生|农村常住居民人均可支配收入|农民人均可支配收入|农村人均可支配收入
rural_net_income|农民人均纯收入|元|both|民生|农村居民人均纯收入
village_collective_income|村集体经济收入|万元|both|民生|村集体收入|集体经济收入|村级集体经济收入|村集体经营性收入
urban_new_jobs|城镇新增就业|人|level|就业|新增城镇就业|城镇新增就业人数|新增就业
registered_unemployment|城镇登记失业率|%|level|就业|登记失业率
surveyed_unemployment|城镇调查失业率|%|level|就业|调查失业率
labor_transfer|农村劳动力转移就业|人|level|就业|农村劳动力转移|转移就业
skills_training|职业技能培训|人次|level|就业|技能培训|职业培训
cpi|居民消费价格|%|rate|物价|居民消费价格涨幅|居民消费价格指数|居民消费价格总水平|CPI|物价涨幅
grain_area|粮食播种面积|万亩|level|农业|粮食种植面积|粮食作物播种面积
grain_output|粮食总产量|万吨|both|农业|粮食产量|粮食总产
agri_output|农林牧渔业总产值|亿元|both|农业|农业总产值|农林牧渔总产值
farmland|高标准农田|万亩|level|农业|新建高标准农田|建设高标准农田|建成高标准农田
new_farmland|新增耕地|亩|level|农业|新增耕地面积
land_transfer|土地流转面积|亩|level|农业|土地流转|流转土地
urbanization|常住人口城镇化率|%|level|城镇|城镇化率|户籍人口城镇化率
population|常住人口|万人|level|城镇|户籍人口|总人口
rural_roads|农村公路|公里|level|城镇|新改建农村公路|农村公路里程
housing_renovation|老旧小区改造|个|level|城镇|改造老旧小区|城镇老旧小区改造
toilet_renovation|农村户厕改造|户|level|城镇|户厕改造|农村改厕|卫生厕所改造
forest_coverage|森林覆盖率|%|level|生态|森林覆盖
afforestation|造林绿化|万亩|level|生态|植树造林|营造林|完成造林|人工造林
good_air_days|空气质量优良天数比率|%|level|生态|空气质量优良率|优良天数比率|空气质量优良天数
pm25|细颗粒物平均浓度|微克/立方米|both|生态|PM2.5平均浓度|PM2.5浓度|PM2.5
energy_intensity|单位地区生产总值能耗|%|rate|生态|单位GDP能耗|万元GDP能耗|单位生产总值能耗|万元生产总值能耗|万元地区生产总值能耗|万元GDP能源消耗
rd_intensity|研发经费投入强度|%|level|科技|研发投入强度|R&D经费投入强度|全社会研发投入强度
high_tech_enterprises|高新技术企业|家|level|科技|国家高新技术企业|高企
new_high_tech_enterprises|新增高新技术企业|家|level|科技|新认定高新技术企业|新增国家高新技术企业|新培育高新技术企业|新增高企
tech_smes|科技型中小企业|家|level|科技|入库科技型中小企业
market_entities|市场主体|户|both|营商|经营主体|市场主体总量
new_market_entities|新增市场主体|户|both|营商|新增经营主体|新登记市场主体|新登记经营主体|新设立市场主体|新设立经营主体|新发展市场主体|新发展经营主体
tourism_revenue|旅游总收入|亿元|both|文旅|旅游综合收入|旅游收入|旅游业总收入
tourists|接待游客|万人次|both|文旅|接待游客人次|游客接待量|游客人次
loans|金融机构贷款余额|亿元|both|金融|各项贷款余额|本外币贷款余额|贷款余额
deposits|金融机构存款余额|亿元|both|金融|各项存款余额|本外币存款余额|存款余额
medical_insurance|基本医疗保险参保率|%|level|社保|医保参保率|居民医保参保率
pension_insurance|基本养老保险参保率|%|level|社保|养老保险参保率
"""

# Indicators where less is better: a target for them is a ceiling (城镇调查失业率控制在5.5%以内, 居民消费价格涨幅3%左右,
# 单位地区生产总值能耗降低3.5%), met at or below it. Every other indicator is higher-is-better (docs/analysis.md).
LOWER_IS_BETTER = {"registered_unemployment", "surveyed_unemployment", "cpi", "energy_intensity", "pm25"}

def main():
    out = []
    for line in ROWS.strip().splitlines():
        f = line.split("|")
        ident, name, unit, kind, cat, aliases = f[0], f[1], f[2], f[3], f[4], f[5:]
        out.append({"id": ident, "name": name, "unit": unit, "kind": kind, "category": cat,
                    "direction": "lower" if ident in LOWER_IS_BETTER else "higher",
                    "aliases": sorted(set(a for a in aliases if a and a != name), key=lambda a: (-len(a), a))})
    doc = {"version": 1,
           "about": "ReportDesk indicator catalog: canonical names, aliases as written in reports, usual unit, kind (level: reported as an amount; rate: as a growth rate; both) and direction (higher or lower is better, which decides target attainment).",
           "indicators": out}
    with open("Data/indicators.json", "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(out)} indicators -> Data/indicators.json")

main()
