#!/usr/bin/env python3
"""Planted errors for the held-out real passages (tests/corpus/real/holdout/zh, holdout/en).

Each edit changes one figure of a real passage so that it contradicts another figure of the same
passage (``relation`` names what must hold between them, see LABELLING.md "Planted errors"), or, for a
control (``relation`` None), changes wording only and leaves every figure consistent.

    python tests/corpus/real/holdout/planted.py OUTDIR

writes OUTDIR/<id>.txt (the edited passage) and OUTDIR/manifest.jsonl (one line per edit: id, doc,
relation, find, replace, why, start, end, control; start/end are the replaced text's offsets in the
edited passage). Standard library only. Stops with a message if a ``find`` is missing or not unique.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

RELATIONS = {'growth_vs_levels', 'parts_vs_total', 'shares_of_whole', 'restated', 'share_vs_counts',
             'rank_vs_values', 'percent_vs_pp', 'grim'}


def E(id, doc, find, replace, relation, why):
    return {'id': id, 'doc': doc, 'find': find, 'replace': replace, 'relation': relation, 'why': why}


EDITS = [
    # ---------------------------------------------------------------- Chinese
    E('zh_stats_501-p1', 'zh_stats_501.txt', '实现净利润23774亿元', '实现净利润26774亿元', 'restated',
      '净利润 2.4万亿元 in the lead vs 26774亿元 (2.68万亿) in the detail; the rounded and precise figures no longer agree'),
    E('zh_stats_501-p2', 'zh_stats_501.txt', '同比增长3.24%', '同比增长4.24%', 'restated',
      '净利润 growth 3.2% in the lead vs 4.24% in the detail'),
    E('zh_stats_501-p3', 'zh_stats_501.txt', '占比42.4%', '占比48.4%', 'share_vs_counts',
      '大型商业银行 176.8万亿 of 417.3万亿 = 42.4%, not 48.4%'),
    E('zh_stats_501-c1', 'zh_stats_501.txt', '总资产平稳增长', '总资产稳步增长', None, 'wording only'),

    E('zh_earnings_502-p1', 'zh_earnings_502.txt', '增幅11.15%', '增幅13.15%', 'growth_vs_levels',
      '贷款 147.94万亿 after +14.84万亿: 14.84/133.10 = 11.15%, not 13.15%'),
    E('zh_earnings_502-p2', 'zh_earnings_502.txt', '较2022年末增加24.92万亿元', '较2022年末增加29.92万亿元', 'growth_vs_levels',
      '负债 237.81万亿 up 11.71% implies +24.93万亿; +29.92万亿 would be 14.4%'),
    E('zh_earnings_502-p3', 'zh_earnings_502.txt', '利润增速放缓至1.59%', '利润增速放缓至2.59%', 'restated',
      'headline 净利润增速 2.59% vs body 1.59%'),
    E('zh_earnings_502-c1', 'zh_earnings_502.txt', '受利息收入增速放缓影响', '受利息收入增速放慢影响', None, 'wording only'),

    E('zh_travel_503-p1', 'zh_travel_503.txt', '三季度国内出游人次12.90亿', '三季度国内出游人次15.90亿', 'parts_vs_total',
      'quarters 12.16+11.68+15.90+12.17 = 51.91亿 vs 全年 48.91亿'),
    E('zh_travel_503-p2', 'zh_travel_503.txt', '农村居民国内出游人次11.33亿', '农村居民国内出游人次14.33亿', 'parts_vs_total',
      '城镇 37.58亿 + 农村 14.33亿 = 51.91亿 vs total 48.91亿'),
    E('zh_travel_503-p3', 'zh_travel_503.txt', '比上年同期增加23.61亿', '比上年同期增加28.61亿', 'growth_vs_levels',
      '48.91亿 up 93.3% implies +23.61亿; +28.61亿 means a base of 20.30亿 and growth of 141%'),
    E('zh_travel_503-p4', 'zh_travel_503.txt', '48.91亿 同比增长93.3%', '48.91亿 同比增长98.3%', 'restated',
      'headline growth 98.3% vs body 93.3% for 国内出游人次'),
    E('zh_travel_503-c1', 'zh_travel_503.txt', '据文旅部网站消息', '据文化和旅游部网站消息', None, 'wording only'),

    E('zh_survey_504-p1', 'zh_survey_504.txt', '47.0%的受访者比较关注', '57.0%的受访者比较关注', 'parts_vs_total',
      '非常关注 19.9% + 比较关注 57.0% = 76.9% vs 关注 66.9%'),
    E('zh_survey_504-p2', 'zh_survey_504.txt', '完全不关注的受访者仅占1.9%', '完全不关注的受访者仅占41.9%', 'shares_of_whole',
      '关注 66.9% + 完全不关注 41.9% = 108.8% > 100%'),
    E('zh_survey_504-p3', 'zh_survey_504.txt', '9.3%的受访者不太了解', '49.3%的受访者不太了解', 'shares_of_whole',
      '有所了解 57.7% + 不太了解 49.3% + 完全不了解 2.8% = 109.8% > 100%'),
    E('zh_survey_504-c1', 'zh_survey_504.txt', '进行的一项即时调查显示', '开展的一项即时调查显示', None, 'wording only'),

    E('zh_industry_505-p1', 'zh_industry_505.txt', '第二产业用电量27415亿千瓦时', '第二产业用电量29415亿千瓦时', 'parts_vs_total',
      '1—6月 512+29415+6938+6112 = 42977 vs 全社会 40977亿千瓦时'),
    E('zh_industry_505-p2', 'zh_industry_505.txt', '第三产业用电量1351亿千瓦时', '第三产业用电量1851亿千瓦时', 'parts_vs_total',
      '6月份 105+4949+1851+1046 = 7951 vs 全社会 7451亿千瓦时'),
    E('zh_industry_505-c1', 'zh_industry_505.txt', '国家能源局发布', '国家能源局公布', None, 'wording only'),

    E('zh_industry_506-p1', 'zh_industry_506.txt', '位居第三', '位居第一', 'rank_vs_values',
      '华为 16.6% stated first while OPPO 16.9% 领跑 and 荣耀 16.7% is 第二'),
    E('zh_industry_506-p2', 'zh_industry_506.txt', '1070 万台出货量', '1270 万台出货量', 'share_vs_counts',
      'OPPO 1270 of 6330万台 = 20.1%, not the stated 16.9%'),
    E('zh_industry_506-p3', 'zh_industry_506.txt', '95.1% 的市场份额', '85.1% 的市场份额', 'parts_vs_total',
      'the six shares 16.9+16.7+16.6+16.1+15.0+13.7 = 95.0% vs 前六大 85.1%'),
    E('zh_industry_506-c1', 'zh_industry_506.txt', '最新报告显示', '最新发布的报告显示', None, 'wording only'),


    E('zh_stats_508-p1', 'zh_stats_508.txt', '第二产业增加值460.6亿元', '第二产业增加值560.6亿元', 'parts_vs_total',
      '72.8+560.6+544.5 = 1177.9 vs 地区生产总值 1077.9亿元'),
    E('zh_stats_508-p2', 'zh_stats_508.txt', '6.8:42.7:50.5', '6.8:42.7:60.5', 'shares_of_whole',
      '三次产业结构 6.8+42.7+60.5 = 110'),
    E('zh_stats_508-p3', 'zh_stats_508.txt', '8630人,增长0.4%', '8630人,增长1.4%', 'growth_vs_levels',
      '户籍人口 218.7万 after +8630: 8630/2178370 = 0.40%, not 1.4%'),
    E('zh_stats_508-p4', 'zh_stats_508.txt', '比上年增加1.6万人', '比上年增加6.6万人', 'growth_vs_levels',
      '常住人口 227.0万 up 0.7% implies +1.6万; +6.6万 would be 3.0%'),
    E('zh_stats_508-c1', 'zh_stats_508.txt', '初步核算', '经初步核算', None, 'wording only'),

    E('zh_earnings_509-p1', 'zh_earnings_509.txt', '浙商银行以489.31亿元排名末位', '浙商银行以1889.31亿元排名末位', 'rank_vs_values',
      '浙商 排名末位 with 1889.31亿 above 兴业 1612.34亿 and 中信 1565.98亿 of the 前三名'),
    E('zh_earnings_509-p2', 'zh_earnings_509.txt', '均同比收窄12BP', '均同比收窄18BP', 'rank_vs_values',
      '中信 16BP 为降幅最大 but 招商、兴业 narrowed 18BP'),
    E('zh_earnings_509-p3', 'zh_earnings_509.txt', '下降21.11个百分点至229.60%', '下降21.11个百分点至429.60%', 'rank_vs_values',
      '招商 405.93% 遥遥领先 but 平安 429.60%'),
    E('zh_earnings_509-p4', 'zh_earnings_509.txt', '下降0.07个百分点至1.29%', '下降0.07个百分点至0.29%', 'rank_vs_values',
      '招商 0.94% 保持最优 (lowest 不良贷款率) but 浦发 0.29%'),
    E('zh_earnings_509-p5', 'zh_earnings_509.txt', '5降3升1持平', '5降4升1持平', 'parts_vs_total',
      '5+4+1 = 10 banks vs the 9家 股份行'),
    E('zh_earnings_509-p6', 'zh_earnings_509.txt', '5家不良率降', '6家不良率降', 'restated',
      'headline 6家 不良率降 vs body 5降'),
    E('zh_earnings_509-c1', 'zh_earnings_509.txt', '遥遥领先', '明显领先', None, 'wording only'),

    E('zh_travel_510-p1', 'zh_travel_510.txt', '铁路客运量为1537.2万人次', '铁路客运量为2537.2万人次', 'parts_vs_total',
      '33302+2537.2+203.3+257.4 = 36299.9 vs 全社会 35299.9万人次'),
    E('zh_travel_510-p2', 'zh_travel_510.txt', '公路营业性客运量为2818万人次', '公路营业性客运量为3818万人次', 'parts_vs_total',
      '30484+3818 = 34302 vs 公路 33302万人次'),
    E('zh_travel_510-c1', 'zh_travel_510.txt', '创历史新高', '刷新历史纪录', None, 'wording only'),

    E('zh_survey_511-p1', 'zh_survey_511.txt', '59%在华美国企业', '59.5%在华美国企业', 'grim',
      '109家: 64/109 = 58.7%, 65/109 = 59.6%; no k/109 gives 59.5%'),
    E('zh_survey_511-p2', 'zh_survey_511.txt', '43%表示自去年12月', '43.5%表示自去年12月', 'grim',
      '109家: 47/109 = 43.1%, 48/109 = 44.0%; no k/109 gives 43.5%'),
    E('zh_survey_511-p3', 'zh_survey_511.txt', '31%表示他们', '31.7%表示他们', 'grim',
      '109家: 34/109 = 31.2%, 35/109 = 32.1%; no k/109 gives 31.7%'),
    E('zh_survey_511-p4', 'zh_survey_511.txt', '40%在华美国企业表示没有计划', '80%在华美国企业表示没有计划', 'shares_of_whole',
      'no change to strategy 80% + will increase investment 24% = 104% > 100%'),
    E('zh_survey_511-c1', 'zh_survey_511.txt', '最新调查显示', '最新问卷调查显示', None, 'wording only'),

    E('zh_industry_512-p1', 'zh_industry_512.txt', '新势力份额则达到20.8%', '新势力份额则达到30.8%', 'shares_of_whole',
      'NEV retail shares 69.5+3.6+30.8+5.2 = 109.1% > 100%'),
    E('zh_industry_512-p2', 'zh_industry_512.txt', '零售份额为69.5%', '零售份额为79.5%', 'shares_of_whole',
      'NEV retail shares 79.5+3.6+20.8+5.2 = 109.1% > 100%'),
    E('zh_industry_512-p3', 'zh_industry_512.txt', '零售渗透率高达55.2%', '零售渗透率高达59.2%', 'restated',
      '渗透率 55.2% in the summary vs 59.2% in the body'),
    E('zh_industry_512-p4', 'zh_industry_512.txt', '渗透率更是达到了76%', '渗透率更是达到了67%', 'restated',
      '自主品牌渗透率 76% in the summary vs 67% in the body'),
    E('zh_industry_512-c1', 'zh_industry_512.txt', '展现了自主品牌', '体现了自主品牌', None, 'wording only'),

    E('zh_trade_513-p1', 'zh_trade_513.txt', '中日双边贸易总值273.9亿美元', '中日双边贸易总值373.9亿美元', 'rank_vs_values',
      '日本 第三大 with 373.9 > 欧盟 第一大 352.7 and 美国 第二大 332.9'),
    E('zh_trade_513-p2', 'zh_trade_513.txt', '与东盟双边贸易总值为212.8亿美元', '与东盟双边贸易总值为292.8亿美元', 'rank_vs_values',
      '东盟 第四大 with 292.8 > 日本 第三大 273.9'),
    E('zh_trade_513-p3', 'zh_trade_513.txt', '江苏、上海进出口总值分别为367.9亿美元', '江苏、上海进出口总值分别为667.9亿美元', 'rank_vs_values',
      '江苏 667.9 > 广东 636.3, which is stated 第一大贸易省份'),
    E('zh_trade_513-p4', 'zh_trade_513.txt', '其中出口541.5亿美元', '其中出口641.5亿美元', 'parts_vs_total',
      'exports 641.5 + imports 517 = 1158.5 vs 进出口值 1058.5亿美元'),
    E('zh_trade_513-p5', 'zh_trade_513.txt', '当月贸易顺差24.5亿美元', '当月贸易顺差34.5亿美元', 'restated',
      '2月 顺差 24.5亿美元 in the lead vs 34.5 in the detail'),
    E('zh_trade_513-c1', 'zh_trade_513.txt', '增势趋缓', '增势放缓', None, 'wording only'),

    E('zh_industry_514-p1', 'zh_industry_514.txt', '的11.6%、86.6%和1.8%', '的21.6%、86.6%和1.8%', 'shares_of_whole',
      '同城+异地+国际/港澳台 volume shares 21.6+86.6+1.8 = 110%'),
    E('zh_industry_514-p2', 'zh_industry_514.txt', '分别为76.9%、15.7%和7.4%', '分别为76.9%、25.7%和7.4%', 'shares_of_whole',
      '东中西 volume shares 76.9+25.7+7.4 = 110%'),
    E('zh_industry_514-p3', 'zh_industry_514.txt', '分别为77.6%、13.4%和9.0%', '分别为77.6%、13.4%和19.0%', 'shares_of_whole',
      '东中西 revenue shares 77.6+13.4+19.0 = 110%'),
    E('zh_industry_514-c1', 'zh_industry_514.txt', '从业务类型看', '从业务类别看', None, 'wording only'),

    E('zh_stats_515-p1', 'zh_stats_515.txt', '住宅投资68878亿元', '住宅投资98878亿元', 'parts_vs_total',
      '其中 住宅投资 98878亿元 exceeds 房地产开发投资 90809亿元'),
    E('zh_stats_515-p2', 'zh_stats_515.txt', '住宅竣工面积26737万平方米', '住宅竣工面积46737万平方米', 'parts_vs_total',
      '其中 住宅竣工面积 46737 exceeds 房屋竣工面积 36861万平方米'),
    E('zh_stats_515-c1', 'zh_stats_515.txt', '房地产开发企业房屋施工面积', '房地产开发企业的房屋施工面积', None, 'wording only'),

    E('zh_earnings_516-p1', 'zh_earnings_516.txt', '占上市公司总收入的52.04%', '占上市公司总收入的62.04%', 'share_vs_counts',
      '汽车业务 1124.89亿 of 总收入 2161.42亿 = 52.04%, not 62.04%'),
    E('zh_earnings_516-p2', 'zh_earnings_516.txt', '增加了67.47亿元', '增加了87.47亿元', 'growth_vs_levels',
      '合同负债 149.33 - 81.86 = 67.47亿元, not 87.47'),
    E('zh_earnings_516-p3', 'zh_earnings_516.txt', '同比增长82.8%', '同比增长62.8%', 'growth_vs_levels',
      '销量 39.4万 -> 72.13万 is +83%, not 62.8%'),
    E('zh_earnings_516-p4', 'zh_earnings_516.txt', '营业收入为1124.89亿元', '营业收入为924.89亿元', 'restated',
      '"首次突破千亿大关" but the same 营业收入 is given as 924.89亿元'),
    E('zh_earnings_516-c1', 'zh_earnings_516.txt', '仔细翻阅了', '认真翻阅了', None, 'wording only'),

    # ---------------------------------------------------------------- English
    E('en_earnings_501-p1', 'en_earnings_501.txt', 'marking a 12 percent rise', 'marking a 21 percent rise', 'growth_vs_levels',
      'EPS $1.40 -> $1.57 is +12.1%, not 21%'),
    E('en_earnings_501-p2', 'en_earnings_501.txt', 'iPhone sales climbing to $44.58 billion', 'iPhone sales climbing to $48.58 billion', 'parts_vs_total',
      'iPhone 48.58 + Mac 8.05 + iPad 6.58 + Wearables 7.40 = 70.61 vs product revenue 66.61'),
    E('en_earnings_501-p3', 'en_earnings_501.txt', 'Japan contributed $5.78 billion', 'Japan contributed $9.78 billion', 'parts_vs_total',
      'regions 41.20+24.01+15.37+9.78+7.67 = 98.03 vs revenue 94.04'),
    E('en_earnings_501-p4', 'en_earnings_501.txt', 'Research and development costs reached $8.87 billion',
      'Research and development costs reached $9.87 billion', 'parts_vs_total',
      'R&D 9.87 + SG&A 6.65 = 16.52 vs operating expenses 15.52'),
    E('en_earnings_501-c1', 'en_earnings_501.txt', 'driven by record sales', 'helped by record sales', None, 'wording only'),

    E('en_survey_502-p1', 'en_survey_502.txt', "17% said they 'somewhat support'", "27% said they 'somewhat support'", 'parts_vs_total',
      'strongly 76% + somewhat 27% = 103% vs 93% in support overall'),
    E('en_survey_502-p2', 'en_survey_502.txt', 'with 3% saying', 'with 13% saying', 'shares_of_whole',
      'support 93% + oppose 4% + don\'t know 13% = 110%'),
    E('en_survey_502-p3', 'en_survey_502.txt', 'has found that 76% are strongly', 'has found that 56% are strongly', 'restated',
      'headline and lead: three-quarters strongly support; detail 56%'),
    E('en_survey_502-p4', 'en_survey_502.txt', 'just a quarter (24%)', 'just a quarter (34%)', 'restated',
      '"a quarter" restated as 34%'),
    E('en_survey_502-p5', 'en_survey_502.txt', 'almost three-quarters (73%)', 'almost three-quarters (63%)', 'restated',
      '"almost three-quarters" restated as 63%'),
    E('en_survey_502-c1', 'en_survey_502.txt', 'spread, reveals survey', 'spread, finds survey', None, 'wording only'),

    E('en_stats_503-p1', 'en_stats_503.txt', 'Greece (0.2%)', 'Greece (3.9%)', 'rank_vs_values',
      'Greece listed among the lowest rates with 3.9%, above the highest listed (3.6%)'),
    E('en_stats_503-p2', 'en_stats_503.txt', 'services (+0.56 percentage point)', 'services (+0.16 percentage point)', 'rank_vs_values',
      'services stated as the highest contribution with 0.16 pp, below food 0.39 pp and energy 0.22 pp'),
    E('en_stats_503-p3', 'en_stats_503.txt', 'energy (+0.22 pp)', 'energy (+0.38 pp)', 'parts_vs_total',
      'contributions 0.56+0.39+0.38+0.15 = 1.48 pp vs euro area inflation 1.3%'),
    E('en_stats_503-p4', 'en_stats_503.txt', 'inflation rate was 1.3% in January 2018', 'inflation rate was 1.5% in January 2018', 'restated',
      'headline: down to 1.3% in the euro area; body 1.5%'),
    E('en_stats_503-c1', 'en_stats_503.txt', 'These figures come from Eurostat', 'These figures are published by Eurostat', None, 'wording only'),

    E('en_stats_504-p1', 'en_stats_504.txt', 'increased by 0.2 percentage points in October', 'increased by 0.2 percent in October', 'percent_vs_pp',
      '3.5% -> 3.7% is 0.2 percentage points (5.7% of the earlier rate), not 0.2 percent'),
    E('en_stats_504-p2', 'en_stats_504.txt', 'up from 3.5 percent in September', 'up from 3.2 percent in September', 'growth_vs_levels',
      '3.2% -> 3.7% is 0.5 points, not the stated 0.2 points'),
    E('en_stats_504-p3', 'en_stats_504.txt', 'grew by 0.5 percent between', 'grew by 1.5 percent between', 'growth_vs_levels',
      'hours 1.930bn -> 1.939bn is +0.47%, not 1.5%'),
    E('en_stats_504-c1', 'en_stats_504.txt', 'data has revealed', 'figures have shown', None, 'wording only'),

    E('en_stats_505-p1', 'en_stats_505.txt', 'declined by 0.2 percentage point', 'declined by 0.2 percent', 'percent_vs_pp',
      '3.9% -> 3.7% is 0.2 percentage points (5.1% of the earlier rate), not 0.2 percent'),
    E('en_stats_505-p2', 'en_stats_505.txt', 'fell from 3.9 percent', 'fell from 4.2 percent', 'growth_vs_levels',
      '4.2% -> 3.7% is 0.5 points, not the stated 0.2 points'),
    E('en_stats_505-p3', 'en_stats_505.txt', 'point to 3.7 percent in September', 'point to 3.5 percent in September', 'restated',
      'lead: unemployment rate 3.7% in September; the quoted release 3.5%'),
    E('en_stats_505-c1', 'en_stats_505.txt', 'reaching its lowest level', 'hitting its lowest level', None, 'wording only'),

    E('en_survey_506-p1', 'en_survey_506.txt', 'a 10-point preference', 'a 10 per cent preference', 'percent_vs_pp',
      '50% vs 40% is a 10-point gap (25% of 40), not 10 per cent'),
    E('en_survey_506-p2', 'en_survey_506.txt', 'record of 44 per cent', 'record of 47 per cent', 'growth_vs_levels',
      '43% is 4 points behind 47%, not the stated one point'),
    E('en_survey_506-p3', 'en_survey_506.txt', 'Trump\u2019s 43 per cent approval rating is', 'Trump\u2019s 41 per cent approval rating is', 'restated',
      'approval 43 per cent in the lead vs 41 per cent later'),
    E('en_survey_506-p4', 'en_survey_506.txt', 'a majority of the respondents, 53 per cent', 'a majority of the respondents, 63 per cent', 'shares_of_whole',
      'approve 43% + disapprove 63% = 106% > 100%'),
    E('en_survey_506-c1', 'en_survey_506.txt', 'has improved slightly', 'has edged up', None, 'wording only'),

    E('en_survey_507-p1', 'en_survey_507.txt', 'while 40 percent foresee', 'while 40.4 percent foresee', 'grim',
      '333 respondents: 134/333 = 40.2%, 135/333 = 40.5%; no k/333 gives 40.4%'),
    E('en_survey_507-p2', 'en_survey_507.txt', 'Just nine percent of respondents', 'Just 9.5 percent of respondents', 'grim',
      '333 respondents: 31/333 = 9.3%, 32/333 = 9.6%; no k/333 gives 9.5%'),
    E('en_survey_507-p3', 'en_survey_507.txt', 'while 22 percent of those polled', 'while 22.4 percent of those polled', 'grim',
      '333 respondents: 74/333 = 22.2%, 75/333 = 22.5%; no k/333 gives 22.4%'),
    E('en_survey_507-p4', 'en_survey_507.txt', 'Just 17 percent of those who responded', 'Just 17.2 percent of those who responded', 'grim',
      '333 respondents: 57/333 = 17.1%, 58/333 = 17.4%; no k/333 gives 17.2%'),
    E('en_survey_507-p5', 'en_survey_507.txt', 'About half of those polled expect', 'About a quarter of those polled expect', 'restated',
      'heading: Half of CFOs foresee a return to normal in Q3; body: about a quarter'),
    E('en_survey_507-c1', 'en_survey_507.txt', 'considering the circumstances', 'given the circumstances', None, 'wording only'),

    E('en_travel_508-p1', 'en_travel_508.txt', 'DFW handled 81.8 million', 'DFW handled 89.8 million', 'rank_vs_values',
      'DFW No. 3 with 89.8M above Dubai No. 2 with nearly 87M'),
    E('en_travel_508-p2', 'en_travel_508.txt', 'LHR handled 79.2 million', 'LHR handled 82.2 million', 'rank_vs_values',
      'Heathrow No. 4 with 82.2M above DFW No. 3 with 81.8M'),
    E('en_travel_508-p3', 'en_travel_508.txt', 'Haneda handled 78.7 million', 'Haneda handled 80.7 million', 'rank_vs_values',
      'Haneda No. 5 with 80.7M above Heathrow No. 4 with 79.2M'),
    E('en_travel_508-p4', 'en_travel_508.txt', 'more than three times the land', 'more than four times the land', 'growth_vs_levels',
      '17,183 / 4,700 acres = 3.7 times, not more than four times'),
    E('en_travel_508-c1', 'en_travel_508.txt', 'with a huge 31.7% increase', 'with a large 31.7% increase', None, 'wording only'),

    E('en_stats_509-p1', 'en_stats_509.txt', '88,100, or 0.26 per cent', '88,100, or 0.36 per cent', 'growth_vs_levels',
      '34,019,000 after +88,100: 88,100/33,930,900 = 0.26%, not 0.36%'),
    E('en_stats_509-p2', 'en_stats_509.txt', 'while 29 per cent was', 'while 39 per cent was', 'shares_of_whole',
      'migration 71% + natural increase 39% = 110% of the increase'),
    E('en_stats_509-p3', 'en_stats_509.txt', 'more than two-thirds (71 per cent)', 'more than two-thirds (61 per cent)', 'restated',
      '"more than two-thirds" restated as 61 per cent'),
    E('en_stats_509-p4', 'en_stats_509.txt', 'estimates that the population was 34,019,000', 'estimates that the population was 33,919,000', 'restated',
      'headline and lead: surpassed 34 million; body 33,919,000'),
    E('en_stats_509-c1', 'en_stats_509.txt', 'marking an increase of', 'representing an increase of', None, 'wording only'),
]


def passage_path(doc):
    lang = doc.split('_', 1)[0]
    if lang not in ('zh', 'en'):
        sys.exit(f'planted.py: cannot tell the folder of {doc!r} (name must start with zh_ or en_)')
    return os.path.join(HERE, lang, doc)


def apply(edit):
    path = passage_path(edit['doc'])
    if not os.path.exists(path):
        sys.exit(f'planted.py: {edit["id"]}: passage {path} is missing')
    text = open(path, encoding='utf-8').read()
    n = text.count(edit['find'])
    if n == 0:
        sys.exit(f'planted.py: {edit["id"]}: find {edit["find"]!r} is not in {edit["doc"]}')
    if n > 1:
        sys.exit(f'planted.py: {edit["id"]}: find {edit["find"]!r} occurs {n} times in {edit["doc"]} (must be unique)')
    if edit['find'] == edit['replace']:
        sys.exit(f'planted.py: {edit["id"]}: replace equals find')
    start = text.index(edit['find'])
    new = text[:start] + edit['replace'] + text[start + len(edit['find']):]
    return new, start, start + len(edit['replace'])


def main(argv):
    if len(argv) != 2:
        sys.exit('usage: python tests/corpus/real/holdout/planted.py OUTDIR')
    outdir = argv[1]
    ids = [e['id'] for e in EDITS]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        sys.exit(f'planted.py: duplicate ids: {dup}')
    for e in EDITS:
        if e['relation'] is not None and e['relation'] not in RELATIONS:
            sys.exit(f'planted.py: {e["id"]}: unknown relation {e["relation"]!r}')
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for e in EDITS:
        new, start, end = apply(e)
        with open(os.path.join(outdir, e['id'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(new)
        rows.append({'id': e['id'], 'doc': e['doc'], 'relation': e['relation'], 'find': e['find'],
                     'replace': e['replace'], 'why': e['why'], 'start': start, 'end': end,
                     'control': e['relation'] is None})
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    planted = sum(1 for r in rows if not r['control'])
    print(f'planted.py: wrote {planted} planted errors and {len(rows) - planted} controls to {outdir}')


if __name__ == '__main__':
    main(sys.argv)
