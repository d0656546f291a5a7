"""The names a Chinese figure's reading knows by heart: provinces by their short names and the members of the
breakdowns that statistics releases use."""

from __future__ import annotations

import re

# Provinces and regions by their short names: 山东GDP is 山东's GDP.
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
# Cities a release ranks or lists by name (with the provinces: places, never quantities)
CITIES = ("广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "苏州", "厦门", "青岛", "宁波", "长沙", "郑州",
          "沈阳", "大连", "济南", "合肥", "福州", "昆明", "哈尔滨", "长春", "石家庄", "太原", "南昌", "南宁", "贵阳",
          "海口", "兰州", "银川", "西宁", "乌鲁木齐", "呼和浩特", "拉萨", "东莞", "佛山", "无锡")
# Members of breakdowns that a metric may start with: 城镇消费品零售额 is the 城镇 part of 消费品零售额.
SEGMENTS = (
    "第一产业", "第二产业", "第三产业", "一产", "二产", "三产", "城镇", "乡村", "农村", "城市", "线上", "线下",
    "东部地区", "中部地区", "西部地区", "东北地区", "东部", "中部", "西部", "东北", "国内", "海外", "境内", "境外",
    "男性", "女性", "一线城市", "二线城市", "三线城市", "四线城市", "新一线城市", "铁路", "公路", "水路", "民航",
    "自营", "第三方", "新客", "老客", "新用户", "老用户", "国有", "民营", "外资", "私营", "大型", "中型", "小型",
    "微型", "工业", "服务业", "制造业", "批发", "零售", "住宿", "餐饮", "商品零售", "实物商品",
    # kinds of ownership (国有控股企业…；私营企业…: members, though 控股 ends a firm's name) and brands by origin
    # (国产品牌手机出货量: a member of the market's quantity)
    "国有及国有控股", "国有控股", "私人控股", "股份制", "集体", "外商及港澳台商投资", "外商投资", "港澳台商投资",
    "国产品牌",
    "国外品牌", "海外品牌",
    "自主品牌", "外资品牌", "合资品牌", "本土品牌",
)
# Places named together by their first characters: 北上广深跌幅分别为0.8%、0.9%、1.1%、0.6% lists four cities.
ABBREVIATED_PLACES = {
    "北上广深": ("北京", "上海", "广州", "深圳"), "京沪穗深": ("北京", "上海", "广州", "深圳"),
    "北上广": ("北京", "上海", "广州"), "北上深": ("北京", "上海", "深圳"), "京沪深": ("北京", "上海", "深圳"),
    "江浙沪": ("江苏", "浙江", "上海"), "苏浙沪": ("江苏", "浙江", "上海"), "京津冀": ("北京", "天津", "河北"),
}

# Verbs an item of a work report opens with (完善城乡社区服务, 加大棚户区改造力度): where an owner would stand, no
# owner. (A clause opening on a cause, 随着上市公司…, is left: what would be carried in its place is as often wrong.)
ACTIONS = ("完善", "加大", "加快", "加强", "推进", "推动", "落实", "强化", "深化", "优化",
           "支持", "服务", "助力", "聚焦")

# Revenue by its source (来自广告服务的营收, 来自数字授权和其它营收): the source is a member of the revenue's breakdown.
REVENUE_SOURCE = re.compile(r"来自(?P<source>[^的，,。；;]{1,16}?)的?"
                            r"(?P<rest>(?:营业)?(?:收入|营收|收益|营业额|销售额))$")

# Trade partners named by one character (对俄进出口, 对美出口, 对日出口): any other partner has two or more.
ONE_CHARACTER_PARTNER = "[俄美日韩德法英欧非印泰越朝蒙港澳台]"
# Trade with a partner or by a mode: 对美国出口, 自欧盟进口, 对一带一路沿线国家进出口, 以一般贸易方式出口; the
# flow's amount (对沙特出口额, 与沙特双边贸易额 or 贸易总值: 进出口) is the flow.
TRADED = re.compile(r"(?:中国|我国|全国|全省|全市|我省|我市)?(?:对(?!外)|自|向|从|与)"  # (对外贸易: foreign trade)
                    rf"(?P<partner>{ONE_CHARACTER_PARTNER}|[\u4e00-\u9fffA-Za-z“”\"]{{2,14}}?)的?"
                    r"(?:(?P<flow>进出口|出口|进口|贸易)|(?P<bilateral>双边(?:货物)?贸易))(?:总?额|总?值)?|"
                    r"以(?P<mode>[\u4e00-\u9fff]{2,8}?)方式(?P<mode_flow>进出口|出口|进口)")
# Words that open no owner's name: a claim to a group, a comparison, a verb, a time, a count (好于公司此前…的预期,
# 上划中省市收入, 位居六区, 近日电子时报, 51件民生实事中44件, 家用电器零售额 (goods), Q3 (a quarter): none an owner).
NOT_A_NAME = ("归属|属于|保税物流|家用电器|好于|高于|低于|优于|快于|慢于|多于|少于|超过|加上|上划|位居|位列|居于|"
              r"近日|日前|目前|当前|此前|[QH][1-4](?![A-Za-z0-9])|\d+(?:\.\d+)?[件个家项座台辆条所款种类]")
