"""Counting rows as they stream past, for progress bars."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
#: Called with the number of rows written so far.
ProgressCallback = Callable[[int], None]
REPORT_EVERY = 500


def counted(items: Iterable[T], progress: ProgressCallback | None) -> Iterator[T]:
    """Yield ``items``, calling ``progress(n)`` every :data:`REPORT_EVERY` rows and at the end."""
    count = 0
    for item in items:
        yield item
        count += 1
        if progress and count % REPORT_EVERY == 0:
            progress(count)
    if progress:
        progress(count)
