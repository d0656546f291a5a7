"""What an English figure measures (subject, metric, segment), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _measures(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.segment, c.metric) for c in extract(text, doc="t")]


def test_a_named_company_moving_by_a_price_is_its_share_price() -> None:
    assert _measures("Barclays Group was up 12 pence to 310p after the results.") == [
        ("Barclays Group", None, "share price"), ("Barclays Group", None, "share price")]


def test_a_single_name_mid_sentence_is_a_subject() -> None:
    assert _measures("Meanwhile Vodafone fell 3 cents to $2.10.")[0] == (
        "Vodafone", None, "share price")


def test_shares_in_a_company_are_its_share_price() -> None:
    assert _measures("Shares in Tesco rose by 4.5p in early trade.") == [("Tesco", None, "share price")]
    assert _measures("Later, Nokia shares dropped 6% in Helsinki.") == [("Nokia", None, "share price")]


def test_a_stock_index_measures_its_level() -> None:
    assert _measures("The Nikkei rose 120 points, or 0.4 per cent.") == [
        ("Nikkei", None, "index level"), ("Nikkei", None, "index level")]
    assert _measures("The broader Composite index closed 15.2 points lower.") == [
        ("broader Composite index", None, "index level")]


def test_a_common_noun_that_starts_a_sentence_is_no_name() -> None:
    assert _measures("Attendance rose 5% last season.") == [(None, None, "attendance")]
    assert _measures("Exports fell $2 billion in March.")[0][2] == "exports"


def test_a_company_amount_is_no_share_price() -> None:
    # a movement by billions is the company's amount of something, not the price of its shares
    assert _measures("Later, Siemens lost $3 billion in the quarter.")[0][2] != "share price"


def test_a_participle_after_a_clause_belongs_to_that_clause_name() -> None:
    assert _measures("Telstra followed, climbing 14 cents.") == [("Telstra", None, "share price")]
    assert _measures("The top risers included Burberry, up 31p.") == [("Burberry", None, "share price")]
    assert _measures("The worst performer was Ocelot Mining, which slid 9 cents.") == [
        ("Ocelot Mining", None, "share price")]


def test_an_owner_that_posted_a_quantity_is_its_subject() -> None:
    assert _measures("Norway posted a current account surplus of $9.2 billion.") == [
        ("Norway", None, "current account surplus")]
    assert _measures("The airline recorded a load factor of 81.5%.") == [("airline", None, "load factor")]


def test_a_passive_of_estimate_leaves_the_quantity_before_it() -> None:
    assert _measures("Household consumption is estimated to have grown by 0.4% in the quarter.")[0][2] == (
        "Household consumption")
    assert _measures("The saving ratio is estimated at 7.2% in the latest quarter.")[0][2] == "saving ratio"
    assert _measures("Euro area core inflation is expected to be 2.1% in May.")[0][2] == "Euro area core inflation"


def test_trade_with_a_partner_is_a_part_of_the_quantity() -> None:
    assert _measures("The deficit with Brazil narrowed to $3.1 billion.") == [(None, "Brazil", "deficit")]
    assert _measures("Meanwhile, exports to Germany rose 4%.") == [(None, "Germany", "exports")]


def test_an_abbreviation_in_brackets_is_no_part_of_the_quantity() -> None:
    assert _measures("Gross value added (GVA) rose by 0.2% in March.")[0][2] == "Gross value added"


def test_a_long_quantity_before_its_verb_is_read_whole() -> None:
    # the words before the verb reach further back than the window in which the verb is looked for
    claim = _measures("Real disposable income of pensioner households (RDIPH) is estimated to have grown by 2.2%.")
    assert claim[0][2] == "Real disposable income of pensioner households"


def test_an_estimate_vintage_measures_what_the_figure_before_it_does() -> None:
    assert [m[2] for m in _measures("Business investment rose 1.1%, revised up from a first estimate of 0.8%.")] == [
        "Business investment", "Business investment"]


def test_the_party_a_lead_names_owns_the_figures_that_follow() -> None:
    text = ("Tool maker Hartwell Corp. said on Monday that quarterly revenue rose 8% to $2.4 billion. "
            "Operating margin widened to 14.1%.")
    assert [c.subject for c in extract(text, doc="t")] == ["Hartwell"] * 3  # its legal form aside


def test_a_body_that_publishes_figures_is_no_subject() -> None:
    text = "Statistics Norway said on Monday that retail sales rose 0.8% in June."
    assert [c.subject for c in extract(text, doc="t")] == [None]


def test_an_amount_restated_in_another_currency_measures_the_same() -> None:
    text = "European sales fell 3 percent to $512 million (EUR431.2 million) in the period."
    assert [(c.text, c.metric) for c in extract(text, doc="t")][1:] == [
        ("$512 million", "sales"), ("EUR431.2 million", "sales")]


def test_a_counted_noun_ends_before_its_time_and_its_verb() -> None:
    assert _measures("The firm sold 2.1 million tablets during the quarter.") == [("firm", None, "tablets sold")]


def test_a_counter_word_is_no_quantity_the_verb_names_it() -> None:
    assert _measures("Meanwhile Kia sold 41,200 units in March.") == [("Kia", None, "sales")]
    assert _measures("Meanwhile Volvo shipped 9,800 units.") == [("Volvo", None, "shipments")]


def test_a_level_reached_measures_what_moved() -> None:
    assert [m[2] for m in _measures("Revenue was up 4 per cent on the previous year to £2.1bn.")] == [
        "revenue", "revenue"]
    assert _measures("Visitor numbers grew to a record high of 3.2 million in July.")[0][2] == "Visitor numbers"


def test_an_aside_between_a_quantity_and_its_verb() -> None:
    assert _measures("Occupancy, a gauge of demand, rose 2 percentage points.")[0][2] == "occupancy"
    assert _measures("Clothing sales did well, up 6 per cent.")[0][2] == "Clothing sales"
    assert _measures("The load factor also fell, by 0.9 percentage points.")[0][2] == "load factor"


def test_an_amount_per_share_is_of_earnings() -> None:
    assert [m[2] for m in _measures("Net income was $2.2 billion, or $1.05 per share.")] == [
        "Net income", "earnings per share"]
    assert [m[2] for m in _measures("Adjusted earnings came to 88 cents a share.")] == ["Adjusted earnings per share"]
    assert [m[2] for m in _measures("It declared a dividend of 25 cents per share.")] == ["dividend"]


def test_a_person_with_a_title_is_no_subject() -> None:
    assert _measures("Later, Chief Executive Jane Doe cut the outlook by 5%.")[0][0] is None


def test_a_level_started_from_or_reached_measures_the_figure_before() -> None:
    # "from" or "to" before a figure in the unit of the figure before: where that quantity started or ended
    assert _measures("The surplus with Brazil narrowed to $3.1 billion from $4.4 billion.") == [
        (None, "Brazil", "surplus"), (None, "Brazil", "surplus")]
    assert _measures("Its share of sales slid from 12.5% in spring to 9.8% in autumn.") == [
        (None, None, "share of sales"), (None, None, "share of sales")]
    assert _measures("The vacancy rate is estimated at 6.1%, up from 5.4% a year ago.")[1] == (
        None, None, "vacancy rate")


def test_an_adverb_between_commas_leaves_the_quantity_before_it() -> None:
    assert _measures("The deficit with Peru, however, shrank to $2 billion.") == [(None, "Peru", "deficit")]


def test_a_plural_abbreviation_counts_things_and_names_no_one() -> None:
    # a period's code in brackets is no part of the quantity; RPMs are a quantity, not a company
    assert _measures("In the second half of 2010 (2H10) RPMs rose by 3.2%.") == [(None, None, "RPMs")]


def test_a_span_that_modifies_a_period_leaves_the_quantity_before_it() -> None:
    claims = _measures("Its operating profit for the six-month period rose 8.1 percent to 2.2 billion euros "
                       "from last year's 2.0 billion euros.")
    assert claims == [(None, None, "operating profit")] * 3  # the six-month period is their scope, no claim


def test_a_share_of_respondents_measures_their_answer() -> None:
    # in a report of a poll: the words after the share say what its people answered, and who they are
    text = ("In a new poll, 54 percent of registered Utah voters support a ban on fireworks, while 31% oppose the "
            "ban. Another 15% were undecided. Six in 10 people are still worried about prices.")
    assert _measures(text) == [
        ("registered Utah voters", None, "support a ban on fireworks"),
        ("registered Utah voters", None, "oppose the ban"),
        ("registered Utah voters", None, "undecided"),
        ("people", None, "worried about prices")]
    assert extract(text, doc="t")[0].whole == "registered Utah voters"


def test_a_share_of_respondents_reporting_what_they_noticed_measures_that() -> None:
    # reported, experienced, found: what the share answered, not the people it is a share of; a share that
    # answers with prices or "higher" is still a share, not a rate of change
    text = ("A survey of renters was out. 61% of tenants paying a private landlord reported higher rents, "
            "35% experienced higher energy prices and 44% of adults found it hard to pay bills.")
    claims = extract(text, doc="t")
    assert [(c.subject, c.metric, c.kind) for c in claims] == [
        ("tenants paying a private landlord", "reported higher rents", "share"),
        ("tenants paying a private landlord", "experienced higher energy prices", "share"),
        ("adults", "found it hard to pay bills", "share")]


def test_a_share_outside_a_poll_answers_nothing() -> None:
    # no survey in the text: "were held in cash" is no answer of respondents
    assert _measures("About 20% of the funds were held in cash at the end of June.")[0][2] != "held in cash"


def test_items_of_a_run_are_labelled_and_a_count_shares_its_label() -> None:
    # Label: count share% items one after another; "Number of" says the figure counts what follows it
    assert _measures("The results were: Total number of pupils enrolled: 912 Number of pupils tested: 604 66.2%") == [
        (None, None, "pupils enrolled"), (None, None, "pupils tested"), (None, None, "pupils tested")]


def test_a_verb_that_leads_the_phrase_is_no_part_of_the_quantity() -> None:
    assert _measures("The maker took the lead by grabbing a market share of 14.2%.")[0][2] == "market share"
    # a sentence the splitter keeps whole after a quote ends before the next one's words
    assert _measures('It called the year "strong." It proposed a final dividend of 4p.') == [
        (None, None, "final dividend")]


def test_a_ticker_in_brackets_and_a_financial_year_name_nothing() -> None:
    assert _measures("Kestrel Mining Limited's (ASX:KMX) net profit for the 2019 financial year fell 12 per cent.") \
        == [("Kestrel Mining Limited", None, "net profit")]


def test_the_return_on_a_quantity_is_one_quantity() -> None:
    assert _measures("The return on equity rose to 11.2 percent.") == [(None, None, "return on equity")]


def test_a_rate_from_its_present_level_measures_the_rate_cut() -> None:
    assert _measures("The bank cut its policy rate by 50 bps from the present 4.5 per cent.")[1][2] == "policy rate"


def test_an_amount_per_share_after_a_qualified_profit_keeps_the_qualifier() -> None:
    assert _measures("It reported underlying earnings of $2.1 billion or $0.95 per share.")[1][2] == (
        "underlying earnings per share")


def test_goods_sold_are_named_by_the_goods_and_the_verb() -> None:
    assert _measures("The Skoda brand sold 1.2 million cars, up from 1.1 million cars a year ago.") == [
        ("Skoda brand", None, "cars sold"), ("Skoda brand", None, "cars sold")]
    assert _measures("The firm had sold 8,120 units of the model in June.")[0][2] == "sales"
    assert _measures("The model came third with sale of 9,410 units.")[1][2] == "sales"


def test_money_per_barrel_is_a_price() -> None:
    assert _measures("The contract settled at $71.20 a barrel.")[0][2] == "price per barrel"


def test_a_share_made_up_by_a_part_reads_the_part_as_metric_and_the_whole() -> None:
    claims = extract("Last year oil accounted for 41.5% of the region's freight exports.", doc="t")
    assert [(c.metric, c.whole) for c in claims] == [("oil", "region's freight exports")]
    claims = extract("Tea and coffee together made up 12% of the shop's turnover.", doc="t")
    assert [(c.metric, c.whole) for c in claims] == [("Tea and coffee", "shop's turnover")]
    claims = extract("Cheese, which accounts for nearly 20% of dairy sales, rose 3%.", doc="t")
    assert (claims[0].metric, claims[0].whole) == ("cheese", "dairy sales")


def test_a_share_after_a_rise_to_account_for_is_of_what_rose() -> None:
    claims = extract("Diesel vans were up 8% to account for 21% of all deliveries.", doc="t")
    assert (claims[1].metric, claims[1].whole) == ("Diesel vans", "deliveries")


def test_a_share_of_a_whole_that_came_from_a_source_names_both() -> None:
    claims = extract("About 30% of the town's water came from wells last summer.", doc="t")
    assert claims[0].metric == "town's water from wells"


def test_a_share_of_one_market_is_a_market_share_and_a_stake_is_a_stake() -> None:
    assert extract("The brewer held 12% of the domestic beer market.", doc="t")[0].metric == "market share"
    assert extract("Half of the local markets saw prices fall.", doc="t")[0].metric != "market share"
    stake = extract("The fund bought a 15 percent stake in Harbour Foods.", doc="t")[0]
    assert (stake.metric, stake.whole) == ("stake", "Harbour Foods")


def test_a_figure_naming_no_quantity_is_of_the_quantity_named_just_before() -> None:
    claims = extract("Tourist arrivals rose 9.6 percent to 1.2 million in June. In July, 1.3 million.", doc="t")
    assert [c.metric for c in claims] == ["Tourist arrivals"] * 3
    # a share has its own whole, and a count is no level of a sum of money: neither is carried on
    claims = extract("Ticket revenue rose to $4.2 million in June. About 1,200 came on the first day.", doc="t")
    assert claims[-1].metric != "Ticket revenue"


def test_a_count_added_or_cut_is_of_the_noun_after_it_and_the_words_before_name_whose() -> None:
    claims = extract("Construction added 18,000 jobs in March, the agency said.", doc="t")
    assert [(c.segment, c.metric) for c in claims] == [("construction", "jobs")]
    claims = extract("The carmaker will cut about 2,500 positions next year.", doc="t")
    assert claims[0].metric == "positions"


def test_a_verb_that_brought_its_object_to_a_figure_names_the_object() -> None:
    claims = extract("A strong autumn brought the total yearly enrolment to 48,120.", doc="t")
    assert claims[0].metric == "enrolment"


def test_a_figure_in_an_open_relative_clause_takes_no_quantity_from_the_sentence_before() -> None:
    claims = extract("Profit rose 5%. Shares, which have slipped nearly 8% this month, rose 2.1%.", doc="t")
    assert claims[1].metric == "shares"  # the relative clause's antecedent, not the profit of the sentence before


def test_the_first_months_of_a_year_are_a_period() -> None:
    claims = extract("In the first nine months exports rose 4.2 percent.", doc="t")
    assert claims[0].period == "first nine months"


def test_a_quantity_for_the_company_is_the_company_s_quantity() -> None:
    claims = extract("Costs fell 3%, but revenue for the group rose 11 per cent.", doc="t")
    assert claims[1].metric == "revenue"


def test_a_currency_against_another_at_a_price_is_its_exchange_rate() -> None:
    claims = extract("The euro traded flat against the yen at 161.2 yen on Tuesday.", doc="t")
    assert (claims[0].subject, claims[0].metric) == ("euro", "exchange rate against the yen")


def test_a_count_that_was_sold_or_shipped_names_the_goods_and_the_verb() -> None:
    claims = extract("Figures show that 18,400 electric bikes were sold in May.", doc="t")
    assert [(c.subject, c.metric) for c in claims] == [(None, "electric bikes sold")]


def test_a_figure_after_a_dash_restates_the_figure_before_it() -> None:
    claims = extract("Some 18,400 bikes were sold in May – a 12 per cent increase on last year.", doc="t")
    assert [c.metric for c in claims] == ["bikes sold", "bikes sold"]


def test_adverbs_between_a_verb_and_its_to_leave_the_quantity_before_them() -> None:
    claims = extract("Their market share slipped back slightly to 9.4 per cent.", doc="t")
    assert claims[0].metric == "market share"


def test_a_superlative_after_a_verb_of_having_leaves_the_quantity() -> None:
    claims = extract("Dairy products are expected to have the highest annual rate in June (3.2%).", doc="t")
    assert claims[0].metric == "annual rate"
    claims = extract("The northern county has the lowest jobless rate of 2.1 per cent.", doc="t")
    assert claims[0].metric == "jobless rate"


def test_an_amount_in_a_quantity_is_of_that_quantity() -> None:
    claims = extract("Analysts expect $3.1 billion in revenue for the quarter.", doc="t")
    assert claims[0].metric == "revenue"
    assert extract("The company reported $5 billion in May.", doc="t")[0].metric != "May"


def test_the_number_of_what_is_counted_is_its_metric() -> None:
    claims = extract("The number of people waiting for surgery rose 12,000 last month.", doc="t")
    assert claims[0].metric == "people waiting for surgery"


def test_a_quantity_that_stayed_unchanged_at_a_figure() -> None:
    claims = extract("The vacancy rate remained unchanged at 4.1 percent in May.", doc="t")
    assert claims[0].metric == "vacancy rate"


def test_an_owner_that_cut_or_kept_a_rate_and_its_object() -> None:
    assert extract("The central bank cut its key rate to 3.5% on Tuesday.", doc="t")[0].metric == "key rate"
    claims = extract("The Bank of Ghana kept its policy rate at 27% on Monday.", doc="t")
    assert (claims[0].subject, claims[0].metric) == ("Bank of Ghana", "policy rate")


def test_a_change_in_a_quantity_from_a_figure_is_of_the_quantity() -> None:
    claims = extract("The brewer saw an increase in market share from 11.2% to 11.9%.", doc="t")
    assert [c.metric for c in claims] == ["market share", "market share"]
    claims = extract("The Bank of Ghana reduces its policy rate from 28 percent to 27 percent.", doc="t")
    assert [c.metric for c in claims] == ["policy rate", "policy rate"]


def test_an_amount_before_the_noun_of_a_balance_is_of_it_and_its_partner() -> None:
    assert _measures("Meanwhile a $30.5 billion deficit with China remains.") == [(None, "China", "deficit")]
    assert _measures("The group booked a $1.2 billion investment.") == [(None, None, "investment")]
    assert _measures("The group booked $1.2 billion in May.") == [(None, None, None)]


def test_what_a_figure_counts_ends_at_its_sentence() -> None:
    assert _measures("Xiaomi shipped 54.3 million units. vivo came next.") == [("Xiaomi", None, "shipments")]
    assert _measures("About 3 million U.S. homes were sold.") == [(None, None, "U.S. homes")]


def test_a_change_named_as_an_increase_in_a_quantity_then_the_level_it_reached() -> None:
    text = "It reflected an increase in the goods deficit of $4.6 billion to $65.6 billion."
    claims = extract(text, doc="t")
    assert [(c.text, c.kind, c.direction, c.metric) for c in claims] == [
        ("$4.6 billion", "change", "up", "the goods deficit"), ("$65.6 billion", "level", None, "the goods deficit")]
    assert claims[0].level_after == 65.6e9


def test_a_markets_week_and_year_are_periods_and_the_russell_2000_is_a_name() -> None:
    text = ("The Russell 2000 fell 2.1% Tuesday. For the week, the Russell 2000 is down 29.14 points. "
            "For the year, it is up 15.4%.")
    assert [(c.subject, c.metric, c.period) for c in extract(text, doc="t")] == [
        ("Russell", "index level", None), ("Russell", "index level", "For the week"),
        ("Russell", "index level", "For the year")]
    assert extract("Alphabet said on Thursday that revenue rose 12% to $5.52 billion.", doc="t")[0].period is None


def test_a_yoy_growth_is_of_the_quantity_and_owner_before_it() -> None:
    claims = extract("Overall, Samsung saw shipments of 324.8 million, a YoY growth of 2.1 percent.", doc="t")
    assert [(c.kind, c.direction, c.subject, c.metric) for c in claims] == [
        ("level", None, "Samsung", "shipments"), ("growth", "up", "Samsung", "shipments")]


def test_a_polls_approval_and_disapproval_are_answers() -> None:
    text = "In the latest poll, only 21% approve of the way the council works, while 70% disapprove."
    assert [(c.metric, c.kind) for c in extract(text, doc="t")] == [
        ("approve of the way the council works", "share"), ("disapprove", "share")]


def test_a_charts_place_before_a_label_and_the_amount_after_it() -> None:
    text = "It has now earned the:\n  • #7 sophomore weekend: $113.0M\nCall #5 for help."
    assert [(c.text, c.kind, c.metric) for c in extract(text, doc="t")] == [
        ("#7", "rank", None), ("$113.0M", "level", "sophomore weekend")]


def test_a_balance_that_worsened_rose() -> None:
    claims = extract("The total deficit worsened 8%, to $41.8 billion.", doc="t")
    assert [(c.kind, c.direction, c.metric) for c in claims] == [
        ("growth", "up", "deficit"), ("level", None, "deficit")]
    assert claims[0].level_after == 41.8e9
