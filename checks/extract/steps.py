"""The grammars and the steps of extraction that run on every text, imported together: :mod:`checks.extract` imports
this module once a process, when it first reads text (so that ``import checks`` stays instant), and reads every step
off it; an import statement of each step for each document cost that document 25 us."""

from __future__ import annotations

from checks.extract.en import assemble as en_assemble
from checks.extract.en import joints as en_joints
from checks.extract.en.adjusted import adjusted
from checks.extract.en.amount_noun import amount_nouns
from checks.extract.en.answer_lines import answer_lines
from checks.extract.en.bracketed_move import bracketed_moves
from checks.extract.en.bullet_labels import bullet_labels
from checks.extract.en.colon_lists import colon_lists
from checks.extract.en.compares import compares_with
from checks.extract.en.contributions import contributions
from checks.extract.en.coordinated import coordinated
from checks.extract.en.difference_of import differences
from checks.extract.en.estimates import estimates, names_estimators
from checks.extract.en.field_rows import field_rows
from checks.extract.en.followers import followers
from checks.extract.en.fragments import owner_words, whole_words
from checks.extract.en.gap_or_rate import gaps_or_rates
from checks.extract.en.heading_members import heading_members
from checks.extract.en.linked import linked_quantities
from checks.extract.en.members import among_members
from checks.extract.en.nounphrase import closed, party
from checks.extract.en.quantities import scan as en_scan
from checks.extract.en.rate_named import rate_named
from checks.extract.en.respective import bracketed_members, labelled_members, opening_members, respectively
from checks.extract.en.results import results
from checks.extract.en.revisions import revisions
from checks.extract.en.scopes import scope_duration
from checks.extract.en.series import series_names
from checks.extract.en.spending import spending
from checks.extract.en.with_clause import with_opening
from checks.extract.moved_between import levels_moved_between
from checks.extract.zh import assemble as zh_assemble
from checks.extract.zh import context as zh_context
from checks.extract.zh.among_total import among_total
from checks.extract.zh.base_after import bases_after
from checks.extract.zh.bracketed_names import bracketed_names
from checks.extract.zh.counted_breakdown import counted_breakdown
from checks.extract.zh.dashed import dashed_sections
from checks.extract.zh.earlier import earlier_periods
from checks.extract.zh.first_member import first_member
from checks.extract.zh.increments import increments
from checks.extract.zh.indexes import index_readings
from checks.extract.zh.listed_parties import listed_parties
from checks.extract.zh.member_moves import member_moves
from checks.extract.zh.numbered_entries import numbered_entries
from checks.extract.zh.owner_words import owner_words as zh_owner_words
from checks.extract.zh.owners import carry_owners
from checks.extract.zh.paired import compact_members, paired_quantities
from checks.extract.zh.parallel_owner import parallel_owners
from checks.extract.zh.partners import partners_before
from checks.extract.zh.prices import category_prices
from checks.extract.zh.quantities import scan as zh_scan
from checks.extract.zh.stems import stem_members
from checks.extract.zh.stocks import stock_moves
from checks.extract.zh.years import years_of_lists

__all__ = [
           "adjusted",
           "among_members",
           "among_total",
           "amount_nouns",
           "answer_lines",
           "bases_after",
           "bracketed_members",
           "bracketed_moves",
           "bracketed_names",
           "bullet_labels",
           "carry_owners",
           "category_prices",
           "closed",
           "colon_lists",
           "compact_members",
           "compares_with",
           "contributions",
           "coordinated",
           "counted_breakdown",
           "dashed_sections",
           "differences",
           "earlier_periods",
           "en_assemble",
           "en_joints",
           "en_scan",
           "estimates",
           "field_rows",
           "first_member",
           "followers",
           "gaps_or_rates",
           "heading_members",
           "increments",
           "index_readings",
           "labelled_members",
           "levels_moved_between",
           "linked_quantities",
           "listed_parties",
           "member_moves",
           "names_estimators",
           "numbered_entries",
           "opening_members",
           "owner_words",
           "paired_quantities",
           "parallel_owners",
           "partners_before",
           "party",
           "rate_named",
           "respectively",
           "results",
           "revisions",
           "scope_duration",
           "series_names",
           "spending",
           "stem_members",
           "stock_moves",
           "whole_words",
           "with_opening",
           "years_of_lists",
           "zh_assemble",
           "zh_context",
           "zh_owner_words",
           "zh_scan",
]
