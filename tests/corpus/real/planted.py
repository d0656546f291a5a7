#!/usr/bin/env python3
"""Planted errors and controls on the real development passages (tests/corpus/real/zh and en).

A planted error edits one figure of a real passage (its number, or its unit as in 个百分点 -> %) so that it
contradicts another figure of the same passage clearly beyond rounding; a control edits wording only (a verb,
a connective, a noun synonym) and leaves every figure and every relation as published. The edits are data
(EDITS below); this script rebuilds the planted set from the passages, so nothing is hand-copied:

    python tests/corpus/real/planted.py OUTDIR

writes OUTDIR/<id>.txt (the edited passage) and OUTDIR/manifest.jsonl (id, doc, relation, find, replace, why,
start, end, control), start/end being the offsets of the replaced text in the edited passage. It stops with a
message if a `find` is missing from its passage or occurs more than once. Standard library only.

See LABELLING.md, section "Planted errors", for the relations.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

RELATIONS = ("growth_vs_levels", "parts_vs_total", "shares_of_whole", "restated", "share_vs_counts",
             "rank_vs_values", "percent_vs_pp", "grim")


def E(id, doc, find, replace, relation, why):
    return dict(id=id, doc=doc, find=find, replace=replace, relation=relation, why=why)


EDITS = [
    # ---- growth_vs_levels: a rate, point change or multiple against the levels it describes ----
    E("growth_vs_levels_01", "zh_travel_406.txt", "同比增长 14.8%", "同比增长 19.8%", "growth_vs_levels",
      "增加 7.24 亿 to 56.15 亿: 7.24/(56.15-7.24) = +14.8%, not +19.8%"),
    E("growth_vs_levels_02", "zh_travel_406.txt", "比上年增加 0.84 万亿元", "比上年增加 1.84 万亿元", "growth_vs_levels",
      "增加 1.84 to 5.75 万亿元 means 1.84/3.91 = +47%, but the same sentence says +17.1%"),
    E("growth_vs_levels_03", "zh_earnings_418.txt", "增长16.2%", "增长26.2%", "growth_vs_levels",
      "上交税费 80.6亿元 after an increase of 11.2亿元: 11.2/69.4 = +16.1%, not +26.2%"),
    E("growth_vs_levels_04", "zh_stats_413.txt", "下降了34.6个百分点", "下降了24.6个百分点", "growth_vs_levels",
      "恩格尔系数 from 63.9% to 29.3% is a fall of 34.6 points, not 24.6"),
    E("growth_vs_levels_05", "zh_stats_413.txt", "年均实际增长8.5%", "年均实际增长10.5%", "growth_vs_levels",
      "增长22.8倍 over 1978-2017 (39 years) is 23.8^(1/39) = +8.5% a year; +10.5% a year would give 49 times"),
    E("growth_vs_levels_06", "en_earnings_404.txt", "second-quarter profit rose 5.6%", "second-quarter profit rose 9.6%",
      "growth_vs_levels", "earnings $471 million against $446 million a year earlier: 471/446 = +5.6%, not +9.6%"),
    E("growth_vs_levels_07", "en_earnings_405.txt", "rose 4.6% to $18.24 billion", "rose 7.6% to $18.24 billion",
      "growth_vs_levels", "$18.24 billion from $17.44 billion: 18.24/17.44 = +4.6%, not +7.6%"),
    E("growth_vs_levels_08", "en_stats_402.txt", "100,000 (0.3 per cent)", "100,000 (1.3 per cent)", "growth_vs_levels",
      "a decrease of 100,000 to 30.3 million is 100,000/30.4 million = 0.3%, not 1.3%"),
    E("growth_vs_levels_09", "en_stats_402.txt", "fell by 9,000 (1.3 per cent)", "fell by 29,000 (1.3 per cent)",
      "growth_vs_levels", "vacancies fell by 29,000 to 717,000: 29,000/746,000 = 3.9%, but the text says 1.3%"),
    E("growth_vs_levels_10", "en_stats_401.txt", "from 14.8% to 10.5%", "from 16.8% to 10.5%", "growth_vs_levels",
      "from 16.8% to 10.5% is a fall of 6.3 points, but the same sentence says 4.3 percentage points"),

    # ---- parts_vs_total: listed parts add up to the stated total, and never exceed it ----
    E("parts_vs_total_01", "zh_stats_401.txt", "第三产业增加值74.7亿元", "第三产业增加值84.7亿元", "parts_vs_total",
      "12.3 + 61.9 + 84.7 = 158.9亿元, but 地区生产总值 is 148.9亿元"),
    E("parts_vs_total_02", "zh_travel_406.txt", "三季度国内出游人次 15.12 亿", "三季度国内出游人次 18.12 亿", "parts_vs_total",
      "quarters 14.19 + 13.06 + 18.12 + 13.78 = 59.15 亿, but the year is 56.15 亿"),
    E("parts_vs_total_03", "zh_earnings_409.txt", "25年Q2:103181", "25年Q2:133181", "parts_vs_total",
      "Q1 94008 + Q2 133181 + Q3 116007 + 10月 42013 = 385209, but 前十个月累计交付量 is 355209"),
    E("parts_vs_total_04", "zh_stats_412.txt", "县级市360个", "县级市390个", "parts_vs_total",
      "4 + 15 + 278 + 390 = 687, but 城市数量 is 657 (and the regional 县级市 add up to 360)"),
    E("parts_vs_total_05", "zh_stats_414.txt", "城镇消费品零售额351.65亿元", "城镇消费品零售额391.65亿元", "parts_vs_total",
      "城镇 391.65 + 乡村 89.31 = 480.96亿元 > 社会消费品零售总额 440.96亿元"),
    E("parts_vs_total_06", "zh_stats_416.txt", "第二产业增加值2771亿元", "第二产业增加值3771亿元", "parts_vs_total",
      "208 + 3771 + 2802 = 6781亿元, but 生产总值 is 5781亿元"),
    E("parts_vs_total_07", "zh_stats_411.txt", "乡村市场实现零售额3.70亿元", "乡村市场实现零售额5.70亿元", "parts_vs_total",
      "城镇 10.94 + 乡村 5.70 = 16.64亿元, but the total is 14.64亿元"),
    E("parts_vs_total_08", "zh_trade_417.txt", "进口2.38万亿元", "进口3.38万亿元", "parts_vs_total",
      "出口 3.06 + 进口 3.38 = 6.44万亿元, but 进出口总值 is 5.44万亿元"),
    E("parts_vs_total_09", "en_stats_403.txt", "Employment increased 69,000", "Employment increased 269,000",
      "parts_vs_total", "one sector's gain of 269,000 exceeds the whole nonfarm payroll gain of 254,000"),
    E("parts_vs_total_10", "en_earnings_406.txt", "advanced 3.5 percent to $5.9 billion",
      "advanced 3.5 percent to $15.9 billion", "parts_vs_total",
      "North America's sales of $15.9 billion exceed total revenues of $12.16 billion"),
    E("parts_vs_total_11", "en_earnings_404.txt", "to $2.8 billion", "to $5.8 billion", "parts_vs_total",
      "the engine segment's sales of $5.8 billion exceed the company's revenue of $5.02 billion"),
    E("parts_vs_total_12", "zh_survey_403.txt", "女生填写的有290份", "女生填写的有390份", "parts_vs_total",
      "男生 182 + 女生 390 = 572份, but there are 472份 有效问卷"),
    E("parts_vs_total_13", "zh_stats_415.txt", "第三产业增加值40.01亿元", "第三产业增加值50.01亿元", "parts_vs_total",
      "5.32 + 11.49 + 50.01 = 66.82亿元, but 地区生产总值 is 56.82亿元"),

    # ---- shares_of_whole: shares of one whole add up to at most 100% (100 when exhaustive) ----
    E("shares_of_whole_01", "zh_stats_401.txt", "41.4%、52.6%", "41.4%、62.6%", "shares_of_whole",
      "贡献率 6% + 41.4% + 62.6% = 110% of 经济增长"),
    E("shares_of_whole_02", "zh_survey_403.txt", "73.3%和17.6%", "73.3%和27.6%", "shares_of_whole",
      "专科生、本科生、研究生 9.1% + 73.3% + 27.6% = 110% of all students"),
    E("shares_of_whole_03", "zh_survey_404.txt", "农业劳动者占17.80%", "农业劳动者占27.80%", "shares_of_whole",
      "the ten class shares of the 663 valid questionnaires now add up to 110.00%"),
    E("shares_of_whole_04", "zh_stats_407.txt", "11.3%和82.7%", "11.3%和87.7%", "shares_of_whole",
      "基础研究、应用研究和试验发展 6.0% + 11.3% + 87.7% = 105% of R&D spending"),
    E("shares_of_whole_05", "zh_stats_411.txt", "的13.0%", "的23.0%", "shares_of_whole",
      "商品零售 87.0% + 餐饮收入 23.0% = 110% of 社会消费品零售总额"),
    E("shares_of_whole_06", "zh_stats_416.txt", "3.6:47.9:48.5", "3.6:57.9:48.5", "shares_of_whole",
      "三次产业结构 3.6 + 57.9 + 48.5 = 110"),
    E("shares_of_whole_07", "en_survey_407.txt", "42%, with 13% not sure", "42%, with 23% not sure", "shares_of_whole",
      "women: 45% favor + 42% oppose + 23% not sure = 110%"),
    E("shares_of_whole_08", "en_survey_407.txt", "65% to 20%", "65% to 30%", "shares_of_whole",
      "Republicans: 65% + 30% + 15% unsure = 110%"),
    E("shares_of_whole_09", "en_survey_408.txt", "30 percent were male", "40 percent were male", "shares_of_whole",
      "about 70 percent female + 40 percent male = about 110% of the 686 students"),
    E("shares_of_whole_10", "en_stats_401.txt", "92.0% and 8.0% of people", "92.0% and 18.0% of people",
      "shares_of_whole", "92.0% with health insurance + 18.0% without = 110% of people"),
    E("shares_of_whole_11", "en_survey_407.txt", "52% to 39%", "52% to 49%", "shares_of_whole",
      "Democrats: 52% + 49% + 9% not sure = 110%"),

    # ---- restated: one quantity stated twice agrees ----
    E("restated_01", "zh_earnings_402.txt", "环比增长11.2%,同比增长43.4%", "环比增长11.2%,同比增长48.4%", "restated",
      "the headline says 营收同比增长43.4%; the body now says 总收入同比增长48.4%"),
    E("restated_02", "zh_earnings_402.txt", "网络游戏收入41亿人民币", "网络游戏收入51亿人民币", "restated",
      "编者按 51亿 against the body's 网游业务收入 41.499亿元 for the same quarter"),
    E("restated_03", "zh_industry_405.txt", "新能源车销量达583万辆", "新能源车销量达683万辆", "restated",
      "headline 683万辆 against the body's 销售总量 583.2万辆"),
    E("restated_04", "zh_earnings_410.txt", "三季度总营收19.9亿元", "三季度总营收29.9亿元", "restated",
      "headline 29.9亿元 against the body's 总收入 19.90亿元"),
    E("restated_05", "zh_stats_412.txt", "中国常住人口城镇化率达57.4%", "中国常住人口城镇化率达67.4%", "restated",
      "headline 67.4% against the body's 2016年末 常住人口城镇化率 57.4%"),
    E("restated_06", "zh_trade_417.txt", "前2月我国出口3.06万亿元,同比增长50.1%", "前2月我国出口3.06万亿元,同比增长56.1%",
      "restated", "headline +56.1% against the body's 出口 同比增长50.1%"),
    E("restated_07", "zh_stats_414.txt", "前三季度全区实现第一产业增加值72.61亿元", "前三季度全区实现第一产业增加值82.61亿元",
      "restated", "一、农业 now says 82.61亿元 for 前三季度 第一产业增加值; the opening says 72.61亿元"),
    E("restated_08", "zh_stats_407.txt", "2020年我国基础研究经费增长9.8%", "2020年我国基础研究经费增长19.8%", "restated",
      "headline +19.8% against the body's 基础研究经费 比上年增长9.8%"),
    E("restated_09", "en_earnings_405.txt", "-Revenue (Q2): $18.24 Bln", "-Revenue (Q2): $19.24 Bln", "restated",
      "the at-a-glance list says $19.24 billion; the body says revenue of $18.24 billion"),
    E("restated_10", "en_earnings_405.txt", "-EPS (Q2): $1.42", "-EPS (Q2): $1.62", "restated",
      "the at-a-glance list says $1.62; the body gives adjusted earnings of $1.42 per share"),
    E("restated_11", "en_stats_401.txt", "household income in 2019 increased 6.8% from 2018",
      "household income in 2019 increased 8.6% from 2018", "restated",
      "the lead says +8.6%; the body says median household income rose 6.8% from the 2018 median"),
    E("restated_12", "en_stats_401.txt", "The 2019 poverty rate of 10.5%", "The 2019 poverty rate of 11.5%", "restated",
      "the 2019 poverty rate is stated as 10.5% twice just before and as 11.5% here"),

    # ---- share_vs_counts: a share agrees with the counts (or levels) it is made of ----
    E("share_vs_counts_01", "zh_survey_403.txt", "男性224人,比例为55.6%", "男性224人,比例为65.6%", "share_vs_counts",
      "224 of 224 + 179 = 403 parents is 55.6%, not 65.6%"),
    E("share_vs_counts_02", "zh_stats_411.txt", "占全县社会消费品零售总额的74.7%", "占全县社会消费品零售总额的64.7%",
      "share_vs_counts", "城镇 10.94亿元 of 14.64亿元 is 74.7%, not 64.7%"),
    E("share_vs_counts_03", "zh_earnings_402.txt", "总收入的80.1%", "总收入的70.1%", "share_vs_counts",
      "互联网增值服务 60.031亿 of 总收入 74.962亿 is 80.1%, not 70.1%"),
    E("share_vs_counts_04", "zh_earnings_402.txt", "总收入的8.0%", "总收入的18.0%", "share_vs_counts",
      "网络广告 6.006亿 of 总收入 74.962亿 is 8.0%, not 18.0%"),
    E("share_vs_counts_05", "zh_trade_417.txt", "占出口总值的60.3%", "占出口总值的70.3%", "share_vs_counts",
      "机电产品 1.85万亿元 of 出口 3.06万亿元 is 60.5%, not 70.3%"),
    E("share_vs_counts_06", "en_earnings_406.txt", "nearly half of overall revenues", "nearly a quarter of overall revenues",
      "share_vs_counts", "North America's $5.9 billion of $12.16 billion revenues is 48.5%, not nearly a quarter"),
    E("share_vs_counts_07", "en_stats_403.txt", "nearly a quarter of all unemployed people",
      "nearly half of all unemployed people", "share_vs_counts",
      "1.6 million of 6.8 million unemployed is 23.5%, not nearly half"),
    E("share_vs_counts_08", "zh_stats_401.txt", "农业产值11.4亿元,占51.1%", "农业产值11.4亿元,占61.1%", "share_vs_counts",
      "农业产值 11.4亿元 of 农林牧渔业总产值 22.3亿元 is 51.1%, not 61.1%"),

    # ---- rank_vs_values: an order in words agrees with the values ----
    E("rank_vs_values_01", "zh_industry_405.txt", "销量为119.1万辆", "销量为79.1万辆", "rank_vs_values",
      "比亚迪 位居第一 and 优于特斯拉, but 79.1万辆 < 特斯拉 88.88万辆 (第二)"),
    E("rank_vs_values_02", "zh_industry_405.txt", "仅为22万辆", "仅为92万辆", "rank_vs_values",
      "宝马 居于第三名 with 92万辆, more than 第二 特斯拉's 88.88万辆"),
    E("rank_vs_values_03", "zh_industry_405.txt", "Model Y(58万辆)", "Model Y(18万辆)", "rank_vs_values",
      "Model Y is in the 前两位, but 18万辆 < 比亚迪宋 26万辆, which 位列第三"),
    E("rank_vs_values_04", "zh_stats_408.txt", "GDP达到9.26万亿元", "GDP达到9.96万亿元", "rank_vs_values",
      "广东 9.73万亿元 居首位, but 江苏 (紧随其后) now has 9.96万亿元"),
    E("rank_vs_values_05", "zh_stats_408.txt", "浙江2018年GDP为5.62万亿元", "浙江2018年GDP为7.92万亿元", "rank_vs_values",
      "第四名 浙江 7.92万亿元 > 排名第三的 山东 7.65万亿元"),
    E("rank_vs_values_06", "zh_trade_417.txt", "中欧次之,达39.8%", "中欧次之,达79.8%", "rank_vs_values",
      "中美 增速最高 at 69.6%, but 中欧 (次之) now grows 79.8%"),
    E("rank_vs_values_07", "en_stats_402.txt", "North East (68.8 per cent)", "North East (88.8 per cent)",
      "rank_vs_values", "the lowest employment rate (North East, 88.8%) is above the highest (South West, 79.5%)"),
    E("rank_vs_values_08", "en_stats_402.txt", "Northern Ireland (2.6 per cent)", "Northern Ireland (7.6 per cent)",
      "rank_vs_values", "the lowest unemployment rate (Northern Ireland, 7.6%) is above the highest (West Midlands, 6.2%)"),
    E("rank_vs_values_09", "en_stats_402.txt", "South West (17.5 per cent)", "South West (27.5 per cent)",
      "rank_vs_values", "the lowest inactivity rate (South West, 27.5%) is above the highest (Northern Ireland, 26.9%)"),
    E("rank_vs_values_10", "en_stats_403.txt", "average monthly gain of 203,000", "average monthly gain of 283,000",
      "rank_vs_values", "a gain of 254,000 cannot have 'exceeded' an average monthly gain of 283,000"),

    # ---- percent_vs_pp: a change between two rates in points, not in percent of the earlier rate ----
    E("percent_vs_pp_01", "en_stats_401.txt", "1.3\npercentage points from 11.8%", "1.3\npercent from 11.8%",
      "percent_vs_pp", "11.8% -> 10.5% is 1.3 points, i.e. -11.0%; 'a decrease of 1.3 percent' would give 11.65%"),
    E("percent_vs_pp_02", "en_stats_401.txt", "fallen 4.3 percentage points", "fallen 4.3 percent", "percent_vs_pp",
      "14.8% -> 10.5% is 4.3 points, i.e. -29%; 'fallen 4.3 percent' would give 14.2%"),
    E("percent_vs_pp_03", "en_stats_401.txt", "poverty rate decreased 1.3 percentage points",
      "poverty rate decreased 1.3 percent", "percent_vs_pp",
      "the rate went from 11.8% to 10.5% (body): 1.3 points, -11.0%, not -1.3%"),
    E("percent_vs_pp_04", "zh_stats_413.txt", "下降了34.6个百分点", "下降了34.6%", "percent_vs_pp",
      "63.9% -> 29.3% is 34.6个百分点, i.e. -54.1%; 下降34.6% would give 41.8%"),
    E("percent_vs_pp_05", "zh_industry_204.txt", "的渗透率提升4个百分点", "的渗透率提升4%", "percent_vs_pp",
      "36% -> 40.4% is about 4 points, i.e. +12%; 提升4% would give 37.4%"),
    E("percent_vs_pp_06", "zh_survey_101.txt", "上升六个百分点", "上升百分之六", "percent_vs_pp",
      "平视 42.1% (five years ago) -> 48.3% is 6.2 points, i.e. +14.7%; 上升百分之六 would give 44.6%"),
    E("percent_vs_pp_07", "en_travel_318.txt", "increase of 1.1 pp to 78.6%", "increase of 1.1% to 78.6%",
      "percent_vs_pp", "77.5% -> 78.6% is 1.1 points, i.e. +1.42% (at least +1.29% with rounding), not +1.1%"),
    E("percent_vs_pp_08", "en_travel_318.txt", "by 1.1 percentage point (pp) from 84.7%", "by 1.1% from 84.7%",
      "percent_vs_pp", "84.7% -> 83.6% is 1.1 points, i.e. -1.30% (at least -1.18% with rounding), not -1.1%"),

    # ---- grim: a percentage of a stated sample must be k/N for some whole k ----
    E("grim_01", "zh_survey_403.txt", "25.8%、20.6%", "25.8%、20.7%", "grim",
      "N = 472 students: 97/472 = 20.55%, 98/472 = 20.76%; no count gives 20.7%"),
    E("grim_02", "zh_survey_403.txt", "20.6%和53.6%", "20.6%和53.5%", "grim",
      "N = 472 students: 252/472 = 53.39%, 253/472 = 53.60%; no count gives 53.5%"),
    E("grim_03", "zh_survey_404.txt", "经理人员阶层占6.33%", "经理人员阶层占6.38%", "grim",
      "N = 663: 42/663 = 6.335%, 43/663 = 6.486%; no count gives 6.38%"),
    E("grim_04", "zh_survey_404.txt", "私营企业主阶层占4.22%", "私营企业主阶层占4.27%", "grim",
      "N = 663: 28/663 = 4.223%, 29/663 = 4.374%; no count gives 4.27%"),
    E("grim_05", "zh_survey_404.txt", "办事人员阶层占11.16%", "办事人员阶层占11.21%", "grim",
      "N = 663: 74/663 = 11.161%, 75/663 = 11.312%; no count gives 11.21%"),
    E("grim_06", "zh_survey_404.txt", "产业工人占15.69%", "产业工人占15.74%", "grim",
      "N = 663: 104/663 = 15.686%, 105/663 = 15.837%; no count gives 15.74%"),
    E("grim_07", "en_survey_408.txt", "25 percent of students never drink", "25.3 percent of students never drink", "grim",
      "N = 686 students: 173/686 = 25.22%, 174/686 = 25.36%; no count gives 25.3%"),
    E("grim_08", "en_survey_408.txt", "59 percent were sexually active", "59.1 percent were sexually active", "grim",
      "N = 686 students: 405/686 = 59.04%, 406/686 = 59.18%; no count gives 59.1%"),
    E("grim_09", "en_survey_407.txt", "40% oppose the measure", "40.1% oppose the measure", "grim",
      "N = 600 likely voters: 240/600 = 40.0%, 241/600 = 40.17%; no count gives 40.1%"),
    E("grim_10", "en_survey_407.txt", "12% were not sure", "12.1% were not sure", "grim",
      "N = 600 likely voters: 72/600 = 12.0%, 73/600 = 12.17%; no count gives 12.1%"),

    # ---- controls: wording only; every figure and relation as published ----
    E("control_01", "zh_stats_401.txt", "结构不断优化", "结构持续优化", None, "wording only: 不断 -> 持续"),
    E("control_02", "zh_stats_401.txt", "经济总量稳步增加", "经济总量平稳增加", None, "wording only: 稳步 -> 平稳"),
    E("control_03", "zh_earnings_402.txt", "财报显示,腾讯第三季度", "财报表明,腾讯第三季度", None, "wording only: 显示 -> 表明"),
    E("control_04", "zh_travel_406.txt", "从文化和旅游部获悉", "从文化和旅游部了解到", None, "wording only: 获悉 -> 了解到"),
    E("control_05", "zh_stats_407.txt", "联合发布", "联合公布", None, "wording only: 发布 -> 公布"),
    E("control_06", "zh_stats_408.txt", "不过相较于2017年", "但相较于2017年", None, "wording only: connective 不过 -> 但"),
    E("control_07", "zh_earnings_409.txt", "很显然小鹏已经提前完成", "显然小鹏已经提前完成", None, "wording only: 很显然 -> 显然"),
    E("control_08", "zh_earnings_410.txt", "新车交付量迅猛提升", "新车交付量快速提升", None, "wording only: 迅猛 -> 快速"),
    E("control_09", "zh_earnings_410.txt", "与此同时,伴随着", "同时,伴随着", None, "wording only: connective 与此同时 -> 同时"),
    E("control_10", "zh_stats_411.txt", "消费市场运行逐步复苏", "消费市场运行逐渐复苏", None, "wording only: 逐步 -> 逐渐"),
    E("control_11", "zh_stats_412.txt", "据介绍", "据了解", None, "wording only: 据介绍 -> 据了解"),
    E("control_12", "zh_stats_412.txt", "城市的集聚效应日益凸显", "城市的集聚效应日益显现", None, "wording only: 凸显 -> 显现"),
    E("control_13", "zh_stats_413.txt", "生活质量显著提高", "生活质量明显提高", None, "wording only: 显著 -> 明显"),
    E("control_14", "zh_stats_414.txt", "按经营单位所在地分", "按经营地分", None, "wording only: noun phrase shortened"),
    E("control_15", "zh_stats_415.txt", "工业生产增势较好", "工业生产增势良好", None, "wording only: 较好 -> 良好"),
    E("control_16", "zh_stats_416.txt", "分产业看", "从产业看", None, "wording only: 分 -> 从"),
    E("control_17", "zh_trade_417.txt", "说明我国不断扩大对外开放", "表明我国不断扩大对外开放", None, "wording only: 说明 -> 表明"),
    E("control_18", "zh_earnings_418.txt", "总体上保持较好经营态势", "总体保持良好经营态势", None, "wording only: 总体上 -> 总体, 较好 -> 良好"),
    E("control_19", "en_stats_401.txt", "The U.S. Census Bureau announced today", "The U.S. Census Bureau reported today", None,
      "wording only: announced -> reported"),
    E("control_20", "en_stats_401.txt", "went to great lengths", "made great efforts", None, "wording only: idiom replaced"),
    E("control_21", "en_stats_402.txt", "This is largely unchanged in the latest quarter", "This is broadly unchanged in the latest quarter",
      None, "wording only: largely -> broadly"),
    E("control_22", "en_stats_403.txt", "were spread out among industry sectors", "were spread across industry sectors", None,
      "wording only: spread out among -> spread across"),
    E("control_23", "en_earnings_404.txt", "rose 12%, although international revenue", "rose 12%, while international revenue",
      None, "wording only: connective although -> while"),
    E("control_24", "en_earnings_404.txt", "India is a bright spot, though,", "India is a bright spot, however,", None,
      "wording only: though -> however"),
    E("control_25", "en_earnings_405.txt", "revealed a profit for its second quarter", "reported a profit for its second quarter",
      None, "wording only: revealed -> reported"),
    E("control_26", "en_earnings_406.txt", "The soda maker notched global growth", "The soda maker posted global growth", None,
      "wording only: notched -> posted"),
    E("control_27", "en_survey_407.txt", "according to a statewide poll\nreleased Friday", "according to a statewide poll\npublished Friday",
      None, "wording only: released -> published"),
]


def edit_batches(batches="edits", script="planted.py"):
    """More edits, one JSON object per line, in edits/*.jsonl beside this script (a batch per labeller):
    {"id", "doc", "find", "replace", "relation" (null for a control), "why"}."""
    folder = os.path.join(HERE, batches)
    found = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    try:
                        row = json.loads(line)
                        found.append(E(row["id"], row["doc"], row["find"], row["replace"], row["relation"],
                                       row["why"]))
                    except (ValueError, KeyError) as error:
                        sys.exit(f"{script}: {batches}/{name}:{number}: {error}")
    return found


def passage_path(doc):
    lang = doc.split("_", 1)[0]
    if lang not in ("zh", "en"):
        sys.exit(f"planted.py: {doc}: the doc name must start with zh_ or en_")
    return os.path.join(HERE, lang, doc)


def check_edits(edits):
    seen = set()
    for e in edits:
        if e["id"] in seen:
            sys.exit(f"planted.py: duplicate id {e['id']}")
        seen.add(e["id"])
        if e["relation"] is not None and e["relation"] not in RELATIONS:
            sys.exit(f"planted.py: {e['id']}: unknown relation {e['relation']!r}")
        if not e["find"] or e["find"] == e["replace"]:
            sys.exit(f"planted.py: {e['id']}: empty find or replace equal to find")


def apply(edit):
    path = passage_path(edit["doc"])
    if not os.path.exists(path):
        sys.exit(f"planted.py: {edit['id']}: passage {path} not found")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    n = text.count(edit["find"])
    if n == 0:
        sys.exit(f"planted.py: {edit['id']}: find {edit['find']!r} is missing from {edit['doc']}")
    if n > 1:
        sys.exit(f"planted.py: {edit['id']}: find {edit['find']!r} occurs {n} times in {edit['doc']}; make it longer")
    start = text.index(edit["find"])
    edited = text[:start] + edit["replace"] + text[start + len(edit["find"]):]
    return edited, start, start + len(edit["replace"])


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python tests/corpus/real/planted.py OUTDIR")
    EDITS.extend(edit_batches())
    check_edits(EDITS)
    write_set(EDITS, apply, argv[1])


def write_set(edits, apply, outdir):
    """Each edited passage as OUTDIR/<id>.txt and OUTDIR/manifest.jsonl, every edit applied (and so checked)
    before anything is written."""
    results = [(e,) + apply(e) for e in edits]
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as man:
        for e, edited, start, end in results:
            with open(os.path.join(outdir, e["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(edited)
            row = dict(id=e["id"], doc=e["doc"], relation=e["relation"], find=e["find"], replace=e["replace"],
                       why=e["why"], start=start, end=end, control=e["relation"] is None)
            man.write(json.dumps(row, ensure_ascii=False) + "\n")
    planted = sum(1 for e in edits if e["relation"] is not None)
    print(f"wrote {len(edits)} passages ({planted} planted errors, {len(edits) - planted} controls) "
          f"and manifest.jsonl to {outdir}")


if __name__ == "__main__":
    main(sys.argv)
