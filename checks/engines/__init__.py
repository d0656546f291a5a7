"""Engines: where `check run`'s pipeline runs. Takes the documents' paths, the evidence rows and the suites; gives
the documents, the unreadable inputs, the claims and relations tables (pandas) and the :class:`Validation`.

Two engines behind one interface, as pandera keeps pandas and pyspark apart:

- ``pandas``: in this process, one document after another (:mod:`checks.gate.run`);
- ``spark``: on a Spark cluster or ``local[*]`` (:mod:`checks.engines.spark`, the only module of this stage that
  imports pyspark, imported only when the Spark engine runs). Documents become a Spark DataFrame, claims and
  relations are extracted per document over its partitions (``mapInPandas``, reusing :mod:`checks.claims` and
  :mod:`checks.relations`), and the same suites validate the Spark DataFrames with GX's Spark data source.

:func:`pick_engine` turns ``auto|pandas|spark`` into the engine that runs: ``auto`` is Spark when pyspark is
installed and the corpus is larger than :data:`AUTO_SPARK_BYTES` (the measured crossover, README), else pandas.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from checks.documents import Document, DocumentError
    from checks.validate import Validation

ENGINES = ("auto", "pandas", "spark")
DEFAULT_MASTER = "local[*]"
# Above this many bytes of documents, `--engine auto` runs Spark (when installed). Measured on 2 cores (bench/spark.py,
# README "Spark"), the pandas engine with --jobs 2 against Spark on local[2]: 1M characters 13.5 s against 80 s,
# 4.2M (100k claims) 57 s against 123 s, 20M 185 s against 400 s. On the same cores Spark never catches up (the JVM,
# GX's few hundred Spark jobs, the transfers); it pays with more cores than one machine has (a cluster,
# --spark-master), and this size (about 100 million characters, a run of some 15 minutes on 2 cores) is where a run is
# long enough for that to matter.
AUTO_SPARK_BYTES = 200_000_000
INSTALL_HINT = "pip install 'checks[spark]'"


class EngineError(ValueError):
    """An engine that cannot run (the Spark engine without pyspark); the message says how to fix it."""


@dataclass(frozen=True)
class EngineResult:
    """What an engine gives the gate: everything the verdict and the report need."""

    documents: tuple[Document, ...]
    errors: tuple[DocumentError, ...]
    table: pd.DataFrame
    relations: pd.DataFrame
    validation: Validation


def spark_installed() -> bool:
    """Whether pyspark can be imported (found without importing it: the import takes a second)."""
    try:
        return importlib.util.find_spec("pyspark") is not None
    except (ImportError, ValueError):  # a broken or blocked installation
        return False


def java_installed() -> bool:
    """Whether a Java runtime is there to start Spark's JVM (JAVA_HOME, else java on the PATH)."""
    home = os.environ.get("JAVA_HOME")
    return bool(home and (Path(home) / "bin" / "java").exists()) or shutil.which("java") is not None


def corpus_bytes(paths: Iterable[str | Path], limit: int | None = None) -> int:
    """The size of the documents under ``paths`` (files given, and the .txt and .md files below folders, as
    :func:`checks.documents.read_paths` reads them), counted until ``limit`` is passed. Standard input counts as 0."""
    from checks.documents import TEXT_SUFFIXES

    total = 0
    for path in paths:
        location = Path(path)
        if str(path) == "-" or not location.exists():
            continue
        if location.is_file():
            total += location.stat().st_size
        else:
            for directory, subfolders, names in os.walk(location):
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                for name in names:
                    if Path(name).suffix.lower() in TEXT_SUFFIXES:
                        try:
                            total += (Path(directory) / name).stat().st_size
                        except OSError:
                            continue
                if limit is not None and total > limit:
                    return total
        if limit is not None and total > limit:
            return total
    return total


def pick_engine(name: str, paths: Iterable[str | Path] = ()) -> str:
    """The engine that runs for ``--engine name``: pandas or spark. Raises :class:`EngineError` when Spark is asked
    for and pyspark is not installed."""
    if name not in ENGINES:
        raise EngineError(f"unknown engine {name!r}; one of {', '.join(ENGINES)}")
    if name == "pandas":
        return "pandas"
    installed = spark_installed()
    if name == "spark":
        if not installed:
            raise EngineError(f"--engine spark needs pyspark (and Java 17 or later): {INSTALL_HINT}")
        if not java_installed():
            raise EngineError("--engine spark needs a Java runtime (17 or later; Debian: openjdk-17-jre-headless); "
                              "set JAVA_HOME or put java on the PATH")
        return "spark"
    if installed and java_installed() and corpus_bytes(paths, limit=AUTO_SPARK_BYTES) > AUTO_SPARK_BYTES:
        return "spark"
    return "pandas"
