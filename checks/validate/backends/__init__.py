"""Validation backends: Great Expectations over pandas (:mod:`.pandas_gx`) and over Spark (:mod:`.spark_gx`), both
through :mod:`.gx_suites`. Only these modules import GX, and only the Spark ones import pyspark.

:func:`pyspark_guard` wraps every import and run of GX: when pyspark is installed, GX imports it (even for pandas).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

# Great Expectations may report usage unless told not to; set before any backend imports it.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

# pyspark 4 warns on every import under pandas 3; it works (gx notes §9), and our output stays ours.
PYSPARK_PANDAS_WARNING = "PySpark does not yet fully support pandas"


@contextmanager
def pyspark_guard() -> Iterator[None]:
    """Import or run GX (and pyspark) safely, whether or not pyspark is installed.

    - pyspark's Spark Connect modules, which GX imports when pyspark is installed, call ``sys.exit(0)`` when grpc is
      missing and the main module has no file (``python -c``, a script on standard input): the process would end
      with status 0 halfway through a run. For the duration, such a main module is given a file name, so that they
      raise ImportError instead (which GX expects). A console script (``check``) or a script file has one already.
    - pyspark's FutureWarning about pandas 3, and the warnings pandas raises about pyspark's own calls, are
      silenced (only those, only here).
    """
    main = sys.modules.get("__main__")
    unnamed = (main is not None and getattr(main, "__spec__", None) is None and not hasattr(main, "__file__")
               and not hasattr(sys, "ps1"))
    if unnamed:
        main.__file__ = "<string>"
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=PYSPARK_PANDAS_WARNING, category=FutureWarning)
            warnings.filterwarnings("ignore", module=r"pyspark\.")  # its own use of pandas (copy=, deprecations)
            yield
    finally:
        if unnamed and getattr(main, "__file__", None) == "<string>":
            del main.__file__
