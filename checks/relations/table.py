"""The relations table: every relation among the claims of each document, one row a relation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter

import pandas as pd

from checks.claims import table_rows
from checks.claims.table import FAILURES
from checks.relations.above_quota import above_quota_parts
from checks.relations.age_bands import age_bands
from checks.relations.aggregates import money_supply
from checks.relations.amount_or_rate import amount_or_rate, rate_and_amount_bracketed
from checks.relations.anchored import anchored_rates, headline_amount
from checks.relations.answer_lines import answer_line_shares
from checks.relations.answers import answers_of_a_scale, negated_answers, opposite_answers, sides_of_a_question
from checks.relations.averages import averages_of_members
from checks.relations.balance import balance_sheets, currency_parts
from checks.relations.base import COLUMNS, Doc, Relation
from checks.relations.bound_after import bound_after
from checks.relations.bracket_gaps import bracketed_rivals
from checks.relations.bracketed_levels import bracketed_levels
from checks.relations.breadth import market_breadth
from checks.relations.changes_of_parts import changes_of_a_breakdown, changes_of_summed_parts
from checks.relations.closed_by_rest import parts_closed_by_the_rest
from checks.relations.closes import moves_to_the_close
from checks.relations.combined import combined_shares, combined_totals
from checks.relations.compared import compared
from checks.relations.compared_back import compared_back
from checks.relations.compared_then_moved import compared_then_moved
from checks.relations.completion import completion_vs_target
from checks.relations.components import components_by_share
from checks.relations.composition import parts_of_a_make_up
from checks.relations.compound import compound_rates
from checks.relations.converted import in_another_unit
from checks.relations.counted import counted_among, group_restated, share_of_the_counted
from checks.relations.counts import share_vs_counts
from checks.relations.day_range import day_range, index_day_range
from checks.relations.defined import defined_ratios
from checks.relations.digits import double_digits
from checks.relations.dividends import dividends
from checks.relations.done_rate import done_rate
from checks.relations.doubling import doubling
from checks.relations.each_above import each_above
from checks.relations.earned import rate_then_earned
from checks.relations.echoes import (
    from_to_told_twice,
    headline_and_lead,
    headline_level_in_lead,
    headline_level_reached,
    one_movement_twice,
    rounded_then_exact,
    said_again,
    share_in_words_and_figures,
    share_in_words_then_bracket,
)
from checks.relations.estimates import beaten_estimates, lead_beat_estimates, said_before_estimates
from checks.relations.every_year import every_year
from checks.relations.expected_before import estimates_before
from checks.relations.first_then_listed import first_then_listed
from checks.relations.followed_across import followed_across
from checks.relations.forecast_years import forecast_years
from checks.relations.gap_bracket import gaps_of_bracketed_rates
from checks.relations.gaps import group_gaps, rate_gaps
from checks.relations.grim import grim
from checks.relations.groups import rate_of_a_group, rate_of_those_who
from checks.relations.growth import annualised, growth_vs_levels, rate_moved_elsewhere
from checks.relations.headings import heading_figures
from checks.relations.higher_by import higher_by_than
from checks.relations.increase_above import increase_above_level
from checks.relations.index_points import points_rate_and_close
from checks.relations.index_sections import index_sections
from checks.relations.kinds import kinds_of_a_group
from checks.relations.labelled_shares import (
    labelled_shares,
    shares_clause_by_clause,
    shares_line_by_line,
    shares_of_a_dimension,
)
from checks.relations.labor_force import labor_force_sums
from checks.relations.leads import leads_in_polls
from checks.relations.likelier import likelier_groups
from checks.relations.listed import (
    breakdown_after_total,
    segments_of_a_rates_level,
    segments_summed,
    share_of_the_asked,
    tally_of_the_asked,
)
from checks.relations.listed_shares import listed_shares
from checks.relations.load_factor import load_factor
from checks.relations.majority import said_majority
from checks.relations.market_shares import shares_of_a_stated_total
from checks.relations.member_gaps import member_gaps
from checks.relations.months_to_date import months_to_date
from checks.relations.more_same_less import more_same_or_less
from checks.relations.move_bracketed import moves_against_brackets, moves_in_a_closing_bracket, moves_past_a_rate
from checks.relations.moves import direction_vs_levels, linked_moves
from checks.relations.named import named_orders
from checks.relations.named_count import names_against_count, subset_counts
from checks.relations.named_leader import named_leader
from checks.relations.named_places import named_extremes, named_places
from checks.relations.named_top import named_top
from checks.relations.named_whole import shares_of_a_named_part, shares_of_a_named_whole
from checks.relations.natural import natural_growth
from checks.relations.natural_counts import natural_counts
from checks.relations.net_flows import net_flows
from checks.relations.next_in_order import next_in_order
from checks.relations.numbered import numbered_rankings
from checks.relations.of_them import counts_of_them
from checks.relations.of_which import parts_of_which
from checks.relations.of_which_zh import parts_after_of_which
from checks.relations.ordinals import (
    compared_with_before,
    followed,
    in_stated_order,
    missed_target,
    ranked_across_paragraphs,
    superlative_while,
)
from checks.relations.outcome_counts import outcome_counts
from checks.relations.outcomes import outcomes_of_a_count
from checks.relations.parts import parts_vs_total
from checks.relations.passed import bounds_then_exact, crossed_marks, marks_told_apart, passed_marks
from checks.relations.peak_day import peak_day
from checks.relations.peaks import series_peaks
from checks.relations.per_day import daily_average
from checks.relations.per_each import per_each
from checks.relations.places_of_which import places_of_which
from checks.relations.plus_then_total import plus_then_total
from checks.relations.previous_record import above_the_old_record, behind_only, rates_over_the_previous_record
from checks.relations.price_halves import price_halves
from checks.relations.quoted_answers import quoted_answers
from checks.relations.ranks import rank_vs_values
from checks.relations.rates_of_parts import rates_of_a_breakdown, rates_within_parts
from checks.relations.respective_places import respective_places
from checks.relations.restated import restated
from checks.relations.revpar import revpar_identity
from checks.relations.rival_bracket import bracketed_rival_gaps
from checks.relations.shares import shares_of_whole
from checks.relations.shares_in_a_row import shares_in_a_row
from checks.relations.signs import signs_against_verbs
from checks.relations.spending import eight_kinds_of_spending, items_of_a_budget
from checks.relations.states import states_split_by_way
from checks.relations.steps import step_from_the_month_before
from checks.relations.subsets import parts_of_a_time_or_less_a_part
from checks.relations.summary import summary_copies
from checks.relations.table_rows import answers_in_a_table
from checks.relations.targets import against_a_target
from checks.relations.the_rest import the_rest_answered
from checks.relations.this_rate import levels_pointing_back, rates_pointing_back
from checks.relations.threshold import index_against_threshold
from checks.relations.top_lists import ahead_of_bracketed, top_lists
from checks.relations.trade_balance import (
    goods_and_services,
    net_of_both,
    sides_of_goods_and_services,
    trade_balance,
)
from checks.relations.under_a_total import under_a_total
from checks.relations.viewed_by import breakdown_under_a_heading
from checks.relations.which_recorded import rates_against_a_recorded_time
from checks.relations.within import groups_within, kinds_within
from checks.relations.year_range import year_range
from checks.workers import ordered_map

RELATIONS = ("growth_vs_levels", "parts_vs_total", "shares_of_whole", "restated", "share_vs_counts",
             "rank_vs_values", "percent_vs_pp", "grim")
DETECTORS = (growth_vs_levels, rates_against_a_recorded_time, rates_over_the_previous_record, increase_above_level,
             amount_or_rate,
             rate_and_amount_bracketed, points_rate_and_close, index_sections, marks_told_apart,
             forecast_years,
             direction_vs_levels, linked_moves, moves_against_brackets, moves_past_a_rate, rates_pointing_back,
             levels_pointing_back, moves_in_a_closing_bracket,
             bracketed_levels,
             moves_to_the_close,
             doubling, annualised, compound_rates, step_from_the_month_before,
             rate_moved_elsewhere,
             rate_then_earned, revpar_identity, parts_vs_total, parts_closed_by_the_rest, above_quota_parts,
             parts_of_a_make_up,
             outcomes_of_a_count, market_breadth,
             states_split_by_way,
             months_to_date, dividends, kinds_of_a_group, counted_among, names_against_count, subset_counts,
             share_of_the_counted, group_restated, breakdown_after_total, parts_of_which, counts_of_them,
             combined_totals, combined_shares, outcome_counts, parts_of_a_time_or_less_a_part, places_of_which,
             leads_in_polls,
             compared_back,
             segments_summed,
             segments_of_a_rates_level, tally_of_the_asked, components_by_share, shares_of_whole, shares_in_a_row,
             age_bands,
             opposite_answers, negated_answers,
             labelled_shares, shares_clause_by_clause, shares_line_by_line, shares_of_a_dimension, answers_of_a_scale,
             answer_line_shares,
             sides_of_a_question,
             more_same_or_less,
             restated, said_again,
             in_another_unit,
             share_in_words_and_figures, share_in_words_then_bracket, anchored_rates, headline_amount,
             heading_figures, one_movement_twice, headline_and_lead, headline_level_reached, headline_level_in_lead,
             rounded_then_exact,
             from_to_told_twice, passed_marks, bounds_then_exact, double_digits, natural_growth, quoted_answers,
             share_vs_counts, shares_of_a_named_whole, shares_of_a_named_part, listed_shares, daily_average, per_each,
             load_factor, labor_force_sums,
             rate_of_a_group, rate_of_those_who, done_rate, defined_ratios, completion_vs_target,
             share_of_the_asked,
             rank_vs_values,
             ranked_across_paragraphs, first_then_listed, followed, followed_across, next_in_order, in_stated_order,
             top_lists,
             above_the_old_record,
             behind_only, day_range, index_day_range,
             year_range, every_year, said_majority, index_against_threshold, crossed_marks, bound_after, each_above,
             ahead_of_bracketed, numbered_rankings,
             superlative_while,
             compared_with_before,
             missed_target, beaten_estimates, lead_beat_estimates, said_before_estimates, estimates_before,
             named_places, named_extremes,
             compared, named_orders, named_top, named_leader, respective_places, signs_against_verbs,
             likelier_groups, against_a_target,
             rate_gaps, group_gaps, bracketed_rival_gaps, gaps_of_bracketed_rates, higher_by_than, compared_then_moved,
             plus_then_total,
             bracketed_rivals, member_gaps, answers_in_a_table, series_peaks, peak_day, balance_sheets, currency_parts,
             grim, price_halves, natural_counts,
             under_a_total, kinds_within, groups_within, breakdown_under_a_heading, eight_kinds_of_spending,
             items_of_a_budget, summary_copies,
             changes_of_a_breakdown,
             the_rest_answered, trade_balance, net_of_both, net_flows, goods_and_services, sides_of_goods_and_services,
             money_supply,
             averages_of_members,
             parts_after_of_which,  # (the parts of a 其中 list no sum found before holds)
             rates_of_a_breakdown, rates_within_parts, changes_of_summed_parts,  # last: they read the sums found before
             shares_of_a_stated_total)  # (and the shares read before)
# The readers given the relations found before them (the sums of parts that hold; the shares read against counts)
_AFTER_SUMS = (parts_after_of_which, rates_within_parts, changes_of_summed_parts, shares_of_a_stated_total,
               summary_copies)


def relations_table(table: pd.DataFrame, documents: dict[str, str], jobs: int = 1) -> pd.DataFrame:
    """The relations among the claims of each document (see the module docstring), read in ``jobs`` processes;
    the table is the same whatever their number."""
    rows: list[dict[str, object]] = []
    failures: list[tuple[str, str]] = []
    if len(table):
        ordered = table.sort_values(["doc", "start"], kind="stable")
        # Workers forked from here read their slices' rows from this table themselves (it is theirs already): this
        # process neither makes the row dicts of the corpus nor pickles them (a second of its time on 2M characters)
        _SHARED.update(table=ordered, documents=documents)
        if jobs > 1:
            import multiprocessing

            jobs = jobs if "fork" in multiprocessing.get_all_start_methods() else 1  # a spawned worker has no table
        try:
            for _slice, (relations, failed) in ordered_map(_slice_relations, _slices(ordered, documents), jobs,
                                                           size=itemgetter(2)):
                rows.extend(relations)
                failures.extend(failed)
        finally:
            _SHARED.clear()
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("stated_low", "stated_high", "implied_low", "implied_high", "gap", "apart"):
        frame[column] = frame[column].astype("float64")
    frame["start"] = frame["start"].astype("int64")
    frame["far"] = frame["far"].astype(bool)
    frame["typed"] = frame["typed"].astype(bool)
    frame["mixed"] = frame["mixed"].astype(bool)
    frame["possible"] = frame["possible"].astype(bool)
    frame = frame.drop_duplicates("relation_id").reset_index(drop=True)
    frame.attrs[FAILURES] = failures
    return frame


# The table and texts of the relations being read, for the slices' function (in this process, or in a worker forked
# from it); empty otherwise.
_SHARED: dict[str, object] = {}
# A slice of the sorted table ends at the end of the first document that brings it to this many claims or
# characters: small enough to spread over the workers and to keep a slice's row dicts small, large enough that
# making them from the table costs little per claim. A document is never split.
SLICE_CLAIMS = 2_000
SLICE_CHARACTERS = 100_000


def _slices(ordered: pd.DataFrame, documents: dict[str, str]) -> Iterator[tuple[int, int, int]]:
    """(start, stop, characters) of each slice of a table sorted by document and position."""
    names = ordered["doc"].to_numpy()
    start = characters = 0
    for index in range(len(names)):
        if index + 1 < len(names) and names[index] == names[index + 1]:
            continue
        characters += len(documents.get(str(names[index]), ""))
        if index + 1 - start >= SLICE_CLAIMS or characters >= SLICE_CHARACTERS or index + 1 == len(names):
            yield start, index + 1, characters
            start, characters = index + 1, 0


def _slice_relations(piece: tuple[int, int, int]) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """The relation rows of the documents of one slice of the shared table, in order, and the failures of
    :func:`document_relations`."""
    start, stop, _characters = piece
    table = _SHARED["table"]
    documents = _SHARED["documents"]
    assert isinstance(table, pd.DataFrame) and isinstance(documents, dict)
    rows: list[dict[str, object]] = []
    failures: list[tuple[str, str]] = []
    for name, claims in groupby(table_rows(table.iloc[start:stop]), key=itemgetter("doc")):
        rows.extend(document_relations((str(name), documents.get(str(name), ""), list(claims)), failures))
    return rows, failures


def document_relations(group: tuple[str, str, list[dict]], failures: list[tuple[str, str]] | None = None,
                       detectors: Sequence[Callable[[Doc], Iterable[Relation]]] = DETECTORS) -> list[dict[str, object]]:
    """The relation rows of one document: its name, its text and its claims' rows in order of position. A detector
    that fails on the document adds (document, reason) to ``failures`` and gives no rows, so that one fault on one
    text does not end a run over an archive (the gate reports it and exits 2); without ``failures`` it raises."""
    name, text, claims = group
    doc = Doc(name, text, claims)
    rows: list[dict[str, object]] = []
    found: list[Relation] = []
    for detector in detectors:
        try:
            relations = list(detector(doc, found) if detector in _AFTER_SUMS else detector(doc))
            found.extend(relations)
            rows.extend([relation.row() for relation in relations])
        except Exception as error:
            if failures is None:
                raise
            failures.append((name, f"internal error: the relation reader {detector.__name__} failed on this "
                                   f"document ({type(error).__name__}: {error}); its other relations were read; "
                                   "please report it"))
    return rows
