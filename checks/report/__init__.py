"""Reports: the fifth stage. Takes a finished validation (documents, tables, findings, the verdict); gives the
reports folder (tables, findings, GX results, one self-contained HTML page, CI formats) and the terminal summary."""

from checks.report.data import ReportData

__all__ = ["ReportData"]
