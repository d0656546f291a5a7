"""Work spread over processes, with the results in the order of the input: ``jobs=4`` gives what ``jobs=1`` gives.

Items are sent in batches of about ``BATCH_SIZE`` (a document's characters, say), so that a corpus of many short
documents does not pay a round trip per document. Small inputs stay in this process: starting workers costs more
than it saves below ``MIN_PARALLEL_SIZE``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

BATCH_SIZE = 200_000
MIN_PARALLEL_SIZE = 400_000


def cores() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1,
                size: Callable[[Item], int] = lambda _item: 1) -> Iterator[tuple[Item, Result]]:
    """``(item, function(item))`` for each item, in order, computed in ``jobs`` processes when the items' total
    ``size`` makes that worth it. ``function`` must be a module-level function (it is pickled)."""
    items = list(items)
    if jobs <= 1 or len(items) < 2 or sum(size(item) for item in items) < MIN_PARALLEL_SIZE:
        for item in items:
            yield item, function(item)
        return
    import multiprocessing  # here, not at the top: `check --help` imports this module and need not pay for these
    from concurrent.futures import ProcessPoolExecutor

    batches = list(_batches(items, size))
    # fork where the system has it: workers start with the modules already imported, and nothing is re-read
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=min(jobs, len(batches)),
                             mp_context=multiprocessing.get_context(method)) as pool:
        for batch, results in zip(batches, pool.map(partial(_apply, function), batches), strict=True):
            yield from zip(batch, results, strict=True)


def _apply(function: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    return [function(item) for item in batch]


def _batches(items: list[Item], size: Callable[[Item], int]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    total = 0
    for item in items:
        batch.append(item)
        total += size(item)
        if total >= BATCH_SIZE:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch
