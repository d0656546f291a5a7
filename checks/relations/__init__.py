"""Relations: the third stage. Takes the claims table and the documents' texts; gives the relations table, one
row per group or pair of claims that must agree.

Each row states a relation between claims of one document and precomputes its arithmetic, so that a suite
(expectations/consistency.json) judges it with ordinary expectations and users tune thresholds in JSON:

- shares_of_whole: shares that are parts of one whole (分别占…, 线上/线下, 男性/女性); ``gap`` is how far the
  smallest possible sum (each figure less half its last digit) exceeds 100.
- parts_vs_total: a part (其中…) larger than its whole, or quarters/halves that add up to more than the stated
  full-year total; ``gap`` is the excess of the parts over the whole.
- restated: the same quantity stated twice (same metric, unit, kind, direction, basis, period); ``gap`` is the
  distance between the two intervals.
- growth_vs_levels: a rate, a percentage-point change or a doubling against the before and after levels it
  describes (从A增长到B, 增长r), or a gap between two rates against the rates (增长0.6%，高于全市增速0.4个百分点);
  ``gap`` is the distance between the stated and the implied interval.
- percent_vs_pp: a change stated in percent that equals the percentage-point difference of the stated rates
  (从35%提高到38%，提高了3%); ``mixed`` is true.
- grim: a percentage that no whole number of respondents out of the stated sample can produce; ``possible``
  is false.

How claims are linked, and the limits of it, is in README ("Consistency").
"""

from checks.claims.table import failed_documents  # one helper reads both tables' failures
from checks.relations.base import COLUMNS, Relation
from checks.relations.table import DETECTORS, FAILURES, RELATIONS, relations_table

__all__ = ["COLUMNS", "DETECTORS", "FAILURES", "RELATIONS", "Relation", "failed_documents", "relations_table"]
