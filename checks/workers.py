"""Work spread over processes, with the results in the order of the input: ``jobs=4`` gives what ``jobs=1`` gives.

Items are sent in batches of about ``BATCH_SIZE`` (a document's characters, say), so that a corpus of many short
documents does not pay a round trip per document. Small inputs stay in this process: starting workers costs more
than it saves below ``MIN_PARALLEL_SIZE``.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

Item = TypeVar("Item")
Result = TypeVar("Result")

# About half a second of one core's extraction: the workers finish within a batch of each other, so a smaller batch
# leaves less of the last one to a single worker (200k characters left a core idle for 0.4 s of a 6 s stage, by a
# simulation of the scheduling over measured document costs); round trips stay a few per second
BATCH_SIZE = 100_000
MIN_PARALLEL_SIZE = 400_000
IN_FLIGHT = 4  # batches per worker sent ahead: enough to keep it busy, few enough to bound memory
# A forked worker freezes what it inherited (gc.freeze): the parent's modules, grammars and tables are alive for as
# long as the worker is, and its cyclic collector would otherwise walk all of them again and again (and write to
# every object's header, copying the parent's memory page by page).


def cores() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worth_sharing(items: int, total_size: int) -> bool:
    """Whether ``items`` of ``total_size`` in all are worth starting workers for."""
    return items >= 2 and total_size >= MIN_PARALLEL_SIZE


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1,
                size: Callable[[Item], int] = lambda _item: 1,
                meanwhile: Callable[[], object] | None = None) -> Iterator[tuple[Item, Result]]:
    """``(item, function(item))`` for each item, in order, computed in ``jobs`` processes when the items' total
    ``size`` makes that worth it. ``function`` must be a module-level function (it is pickled).

    ``items`` is read as it is needed (a generator stays lazy): a few batches per worker are in flight at a time,
    so memory holds those, not the whole input. ``meanwhile`` is work of this process (importing the next stage's
    libraries) done while the workers compute: with it, even one small item goes to a worker when ``jobs`` > 1,
    so that the two overlap."""
    items = iter(items)
    head: list[Item] = []  # enough of the input to tell whether workers are worth starting
    total = 0
    for item in items:
        head.append(item)
        total += size(item)
        if worth_sharing(len(head), total):
            break
    worth_it = worth_sharing(len(head), total)
    if jobs <= 1 or not head or not (worth_it or meanwhile is not None):
        if meanwhile is not None:
            meanwhile()
        for item in chain(head, items):
            yield item, function(item)
        return
    import multiprocessing  # here, not at the top: `check --help` imports this module and need not pay for these
    from concurrent.futures import ProcessPoolExecutor

    batches = _batches(chain(head, items), size)
    # fork where the system has it: workers start with the modules already imported, and nothing is re-read
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=gc.freeze if method == "fork" else None) as pool:
        in_flight: deque[tuple[list[Item], Future[list[Result]]]] = deque(
            (batch, pool.submit(_apply, function, batch)) for batch in islice(batches, IN_FLIGHT * jobs))
        if meanwhile is not None:  # the workers are forked and busy from here
            meanwhile()
        while in_flight:
            batch, computed = in_flight.popleft()
            following = next(batches, None)
            if following is not None:
                in_flight.append((following, pool.submit(_apply, function, following)))
            yield from zip(batch, computed.result(), strict=True)


def _apply(function: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    return [function(item) for item in batch]


def _batches(items: Iterable[Item], size: Callable[[Item], int]) -> Iterator[list[Item]]:
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


def in_background(function: Callable[[], Result], jobs: int = 2) -> Callable[[], Result]:
    """Start ``function()`` in a forked process and return a call that waits for its result, so that this process
    can do other work meanwhile (write the tables while the page renders). With ``jobs`` ≤ 1, or where the system
    cannot fork, the function runs when its result is asked for. An exception in the child is raised here."""
    import multiprocessing

    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return function
    context = multiprocessing.get_context("fork")  # fork: the child has the data already, nothing is pickled to it
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_send_result, args=(function, sender), daemon=True)
    child.start()
    sender.close()

    def result() -> Result:
        try:
            succeeded, value = receiver.recv()
        except EOFError:
            raise RuntimeError(f"a worker process ended without a result (exit status {child.exitcode})") from None
        finally:
            receiver.close()
            child.join()
        if not succeeded:
            raise value
        return value

    return result


def _send_result(function: Callable[[], Result], sender: Any) -> None:
    gc.freeze()  # what the parent had when it forked (see IN_FLIGHT's note) is not the child's collector's to walk
    try:
        outcome = (True, function())
    except BaseException as error:  # handed to the parent, which raises it
        outcome = (False, error)
    sender.send(outcome)
    sender.close()
