"""Frozen records made cheaply: the extraction makes several per figure (its mention, reading, claim).

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``, one call a field: for a claim's
25 fields that was 6% of extraction. :func:`quick_init` gives the class an ``__init__`` of the same signature that
fills the instance's dict at once, in field order (as the generated one leaves it, and as ``Claim.to_dict`` relies
on). The instances are the same: equal, hashed, printed, pickled and frozen alike.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Replace the ``__init__`` of frozen dataclass ``cls`` (plain defaults, no ``__post_init__``) by one that sets
    its dict at once."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(f.default_factory is not dataclasses.MISSING or not f.init
                                            for f in fields):
        raise TypeError(f"{cls.__name__}: quick_init takes plain fields only")
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    parameters = ", ".join(f.name + (f"=_d_{f.name}" if f"_d_{f.name}" in defaults else "") for f in fields)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    source = f"def __init__(self, {parameters}):\n    _set(self, '__dict__', {{{values}}})\n"
    namespace: dict[str, object] = {"_set": object.__setattr__, **defaults}
    exec(source, namespace)  # built from the field names, as dataclasses builds its own __init__
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
