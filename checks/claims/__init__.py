"""Claims: the second stage. Takes the documents and their extracted :class:`~checks.extract.claim.Claim`s; gives
the claims table (a DataFrame, one row a claim) with the columns later stages judge: who stands behind a figure
(:mod:`~checks.claims.sources`) and what reference data says of it (:mod:`~checks.claims.evidence`)."""

from checks.claims.table import (
    DERIVED,
    TABLE_COLUMNS,
    claims_frame,
    claims_table,
    failed_documents,
    plain_values,
    table_rows,
)
from checks.extract.claim import COLUMNS, Claim

__all__ = ["COLUMNS", "DERIVED", "TABLE_COLUMNS", "Claim", "claims_frame", "claims_table", "failed_documents",
           "plain_values", "table_rows"]
