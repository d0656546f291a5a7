"""The Spark engine: documents → a Spark DataFrame → claims and relations per document (``mapInPandas``) → the same
suites on Spark (GX's Spark data source) → the tables brought to the driver for the report.

- Documents are read on the driver exactly as the pandas engine reads them (:func:`checks.documents.read_paths`:
  the same names, decoding and errors), then handed to Spark as a DataFrame (doc, text) spread over its cores.
- Each partition runs the pandas engine's own code on its documents, one document at a time: its claims
  (:func:`checks.claims.claims_table`, with the evidence rows) and, while its text is at hand, its relations
  (:func:`checks.relations.relations_table`). Both tables leave the partition as one DataFrame told apart by
  ``_table`` (a relation needs its document's text: computing it there spares a shuffle of the texts), and are then
  sorted as the pandas engine orders them (documents as read, relations by document name).
- The suites run on the Spark DataFrames (:mod:`checks.validate.backends.spark_gx`): every finding is GX's on Spark.
- For the report, which takes pandas tables, the claims and relations are collected to the driver, with the pandas
  engine's dtypes (so that the reports are the same). That is the limit of this engine for now: the driver must
  hold the tables and the documents' texts.

Nothing else in the package imports pyspark; this module is imported only when the Spark engine runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd

from checks.claims import claims_table, failed_documents
from checks.claims.evidence import EvidenceRow
from checks.documents import Document, DocumentError, read_paths
from checks.documents.read import MAX_DOCUMENT_BYTES
from checks.engines import DEFAULT_MASTER, EngineError, EngineResult
from checks.extract.claim import Claim
from checks.relations import relations_table
from checks.validate import Suite, validate
from checks.validate.backends import PYSPARK_PANDAS_WARNING, pyspark_guard

# The columns that tell the two tables apart in the partitions' output, and order them.
TABLE, ORDER, ROW = "_table", "_order", "_row"
FAILED = "failed"  # the _table of a row that names a document we failed to read (its claims or a relation reader)
# Spark's own logging, for the JVM this process starts: fatal errors only. A failure reaches the user as the exception
# Python raises (our messages are one line each), not as the stack traces Spark logs beside it.
LOG4J = """\
rootLogger.level = fatal
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %p %c{1}: %m%n
"""


def run_spark(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = (), evidence: list[EvidenceRow] = (),
              suites: list[Suite], master: str | None = None,
              on_document: Callable[[Document], None] | None = None,
              max_bytes: int = MAX_DOCUMENT_BYTES) -> EngineResult:
    """The pandas engine's pipeline on Spark (see the module docstring). ``master`` None: the master spark-submit
    was given, else ``local[*]``."""
    documents, errors = read_paths(paths, exclude=exclude, max_bytes=max_bytes)
    if on_document is not None:
        for document in documents:
            on_document(document)
    with pyspark_guard():
        spark = session(master)
        claims, relations, failures = tables(spark, documents, list(evidence))
        errors = [*errors, *(DocumentError(doc, reason) for doc, reason in failures)]
        try:
            validation = validate({"claims": claims, "relations": relations}, suites)
            table, relation_rows = collect(claims, "claims"), collect(relations, "relations")
        finally:
            claims.unpersist()
            relations.unpersist()
    return EngineResult(tuple(documents), tuple(errors), table, relation_rows, validation)


def session(master: str | None = None) -> Any:
    """The Spark session: the active one (a test's, a notebook's), the one spark-submit started, else a new one on
    ``master`` (default ``local[*]``) with no UI, Arrow transfers and quiet logs, its Python workers running this
    interpreter when the master is local."""
    from pyspark import SparkConf, SparkContext
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    conf = SparkConf().setAppName("checks")
    for key, value in SETTINGS.items():
        conf.set(key, value)
    if "PYSPARK_GATEWAY_PORT" in os.environ:  # spark-submit started the JVM, with its master and its logging
        if master is not None:
            conf.setMaster(master)
        return _fewer_shuffle_partitions(SparkSession.builder.config(conf=conf).getOrCreate())
    master = master or DEFAULT_MASTER
    conf.setMaster(master).set("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{_log_config()}")
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers need this environment's packages
        # Locally the driver's JVM is all of Spark, and GX brings every flagged id to it: Spark's default of 1 GB is
        # too little for large corpora (a 20-million-character run failed with it), so half of this machine's memory.
        conf.setIfMissing("spark.driver.memory", f"{max(1, _memory_gb() // 2)}g")
    try:
        from pyspark.java_gateway import launch_gateway

        gateway = launch_gateway(conf, popen_kwargs={"stderr": subprocess.PIPE})
        threading.Thread(target=_relay, args=(gateway.proc.stderr,), daemon=True).start()
        SparkContext(conf=conf, gateway=gateway).setLogLevel("FATAL")  # the shell's default (WARN) otherwise
    except Exception as error:  # no Java, a master that cannot be reached
        first = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
        raise EngineError(f"cannot start Spark on {master}: {first}") from None
    return _fewer_shuffle_partitions(SparkSession.builder.getOrCreate())


def _fewer_shuffle_partitions(spark: Any) -> Any:
    """GX runs a few hundred small jobs (several per expectation): with Spark's default of 200 shuffle partitions
    each would be 200 tasks, most of them empty. Twice as many as the cores, unless the configuration sets it."""
    if "spark.sql.shuffle.partitions" not in dict(spark.sparkContext.getConf().getAll()):
        spark.conf.set("spark.sql.shuffle.partitions", str(2 * spark.sparkContext.defaultParallelism))
    return spark


SETTINGS = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.pyspark.fallback.enabled": "false",
    "spark.sql.session.timeZone": "UTC",
    # the Python workers import pyspark, which warns about pandas 3 (see checks.validate.backends.pyspark_guard)
    "spark.executorEnv.PYTHONWARNINGS": f"ignore:{PYSPARK_PANDAS_WARNING}:FutureWarning",
}
# What the JVM prints on every start that says nothing to our users: Spark 4 uses the JDK's incubating vector API,
# and a session started from Python is a "shell" to Spark, whose log level it announces.
JVM_NOISE = (b"WARNING: Using incubator modules", b"Setting default log level to",
             b"To adjust logging level use sc.setLogLevel")


def _relay(stream: IO[bytes]) -> None:
    """The JVM's standard error (and its Python workers') on ours, less its start-up notice."""
    for line in iter(stream.readline, b""):
        if not line.startswith(JVM_NOISE):
            sys.stderr.buffer.write(line)
            sys.stderr.buffer.flush()


def _memory_gb() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**30
    except (ValueError, OSError, AttributeError):  # not a POSIX system
        return 2


def _log_config() -> str:
    path = Path(tempfile.gettempdir()) / f"checks-log4j2-{os.getuid() if hasattr(os, 'getuid') else 0}.properties"
    if not path.exists() or path.read_text(encoding="utf-8") != LOG4J:
        staged = path.with_suffix(f".{os.getpid()}")
        staged.write_text(LOG4J, encoding="utf-8")
        os.replace(staged, path)
    return str(path)


# -- the tables' schemas, from the pandas engine's tables -------------------------------------------------------

_SPARK_TYPES = {"float64": "double", "int64": "bigint", "bool": "boolean"}
# Claim fields that are numbers although an empty table types them as objects (all None).
_NUMBER_FIELDS = {name for name, kind in Claim.__annotations__.items() if str(kind).startswith("float")}


def pandas_dtypes(name: str) -> dict[str, str]:
    """The columns of the pandas engine's table ``name`` (claims, relations) and their dtypes: float64, int64 and
    bool where the table fixes them, object for the others (strings, or numbers that may be missing)."""
    empty = claims_table([]) if name == "claims" else relations_table(claims_table([]), {})
    return {column: str(dtype) for column, dtype in empty.dtypes.items()}


def spark_schema(name: str) -> list[tuple[str, str]]:
    return [(column, _SPARK_TYPES.get(dtype, "double" if column in _NUMBER_FIELDS else "string"))
            for column, dtype in pandas_dtypes(name).items()]


def _union_schema() -> str:
    columns = dict(spark_schema("claims"))
    for column, kind in spark_schema("relations"):
        if columns.setdefault(column, kind) != kind:
            raise TypeError(f"column {column!r} is {columns[column]} in claims and {kind} in relations")
    fields = [(TABLE, "string"), (ORDER, "bigint"), (ROW, "bigint"), *columns.items()]
    return ", ".join(f"`{column}` {kind}" for column, kind in fields)


# -- the work of a partition ------------------------------------------------------------------------------------

def per_document(batches: Iterator[pd.DataFrame], evidence: list[EvidenceRow]) -> Iterator[pd.DataFrame]:
    """The claims and relations of a partition's documents (``_order``, ``doc``, ``text``), one output frame per
    input batch: claims rows then relations rows, told apart by ``_table``."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=PYSPARK_PANDAS_WARNING, category=FutureWarning)
        for batch in batches:
            order = dict(zip(batch["doc"], batch[ORDER], strict=True))
            texts = dict(zip(batch["doc"], batch["text"], strict=True))
            documents = [Document(doc, text, doc) for doc, text in texts.items()]
            claims = claims_table(documents, evidence=evidence)
            relations = relations_table(claims, texts)
            failed = [*failed_documents(claims), *failed_documents(relations)]
            claims.insert(0, ROW, range(len(claims)))
            claims.insert(0, ORDER, claims["doc"].map(order).astype("int64"))
            claims.insert(0, TABLE, "claims")
            relations.insert(0, ROW, range(len(relations)))
            relations.insert(0, ORDER, relations["doc"].map(order).astype("int64"))
            relations.insert(0, TABLE, "relations")
            # a document we failed to read (its claims, or a relation reader): the document and the reason, as rows
            failures = pd.DataFrame({TABLE: FAILED, ORDER: [order[doc] for doc, _ in failed],
                                     ROW: range(len(failed)), "doc": [doc for doc, _ in failed],
                                     "arithmetic": [reason for _, reason in failed]})
            yield pd.concat([claims.astype(object), relations.astype(object), failures.astype(object)],
                            ignore_index=True)


def tables(spark: Any, documents: list[Document],
           evidence: list[EvidenceRow]) -> tuple[Any, Any, list[tuple[str, str]]]:
    """The claims and relations of ``documents`` as Spark DataFrames, ordered as the pandas engine's tables and
    cached (the suites read them many times), and (document, reason) for each document we failed to read (its
    claims, or a relation reader on it), in the documents' order."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    frame = pd.DataFrame({ORDER: range(len(documents)), "doc": [d.doc for d in documents],
                          "text": [d.text for d in documents]})
    docs = spark.createDataFrame(frame, schema=f"{ORDER} bigint, doc string, text string")
    parts = max(1, min(len(documents), spark.sparkContext.defaultParallelism * 4))
    docs = docs.repartition(parts)  # many slices, so that long documents even out among the cores
    both = docs.mapInPandas(lambda batches: per_document(batches, evidence), schema=_union_schema())
    both = both.persist(StorageLevel.MEMORY_AND_DISK)
    claim_columns = list(pandas_dtypes("claims"))
    relation_columns = list(pandas_dtypes("relations"))
    claims = both.where(F.col(TABLE) == "claims").orderBy(ORDER, ROW).select(*claim_columns)
    relations = both.where(F.col(TABLE) == "relations").orderBy("doc", ROW).select(*relation_columns)
    claims, relations = claims.persist(StorageLevel.MEMORY_AND_DISK), relations.persist(StorageLevel.MEMORY_AND_DISK)
    claims.count(), relations.count()  # computed once, from the partitions' output
    failures = [(str(row["doc"]), str(row["arithmetic"])) for row in
                both.where(F.col(TABLE) == FAILED).orderBy(ORDER, ROW).select("doc", "arithmetic").collect()]
    both.unpersist()
    return claims, relations, failures


def collect(frame: Any, name: str) -> pd.DataFrame:
    """A Spark table on the driver as the pandas engine would have built it: the same columns and dtypes (strings,
    and numbers that may be missing, inferred from the values as pandas infers them when a table is built)."""
    dtypes = pandas_dtypes(name)
    collected = frame.toPandas()
    records = collected.astype(object).where(collected.notna(), None).to_dict(orient="records")
    table = pd.DataFrame(records, columns=list(dtypes))
    for column, dtype in dtypes.items():
        if dtype != "object":
            table[column] = table[column].astype(dtype)
    return table
