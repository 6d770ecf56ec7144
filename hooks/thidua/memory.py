"""The memory of a build: collected rarely while it runs, given back to the system once it lets go.

A build makes millions of objects that live until its end (the data set, the page models): Python's
cyclic garbage collector, at its default thresholds, would go over them again and again, for a
third of the time of loading the data (``collect_rarely``). Even rarely, a collection of the middle
generation went over the hundreds of thousands of objects loaded so far and found nothing to free:
a build leaves what it loads out of the collector's scans (``loading``).

Once the build lets go of them, their memory goes back to the system, for the process it starts
next (``give_back``). Python keeps the memory of freed objects for its own reuse, and the C
allocator keeps freed pages in its heap: without this, a process started after the page models are
released (Pagefind) would still have them beside it. The package's memoized functions (formatted
numbers, QR codes, text widths…) are emptied too: their entries, made all along the build, would
keep the memory around them in use.
"""

import ctypes
import functools
import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_OBJECTS = 50_000  # allocations between two collections of the youngest generation (Python's default: 700)
_NEVER = 1_000_000  # collections of the youngest generation between two of the middle one: none in a build


def collect_rarely() -> None:
    """Collect cyclic garbage less often, for the rest of the process: the youngest generation every
    ``YOUNG_OBJECTS`` allocations, the oldest (every object) after 100 collections of the middle one."""
    gc.set_threshold(YOUNG_OBJECTS, 20, 100)


@contextmanager
def loading() -> Iterator[None]:
    """While a build loads its data set and page models, only the youngest generation is collected
    (what dies young, in a cycle); then every object alive is left out of later collections
    (``gc.freeze``) until ``give_back``. At 1,000 plans this took the collector's time in a build
    from 0.9-1.2 to 0.3-0.6 s of CPU: its one collection of the middle generation, while loading,
    went over more than half a million objects and freed none. Not for `mkdocs serve`, whose
    collections ``thidua.rebuild`` arranges."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, _NEVER, old)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)
        gc.freeze()


def give_back() -> None:
    """Collect what is unreachable, what ``loading`` left out of collections included, and ask the
    C allocator to return its free pages (glibc's ``malloc_trim``; where there is none, only the
    collection happens)."""
    gc.unfreeze()
    for found in gc.get_objects():
        if isinstance(found, functools._lru_cache_wrapper) and found.__module__.startswith("thidua."):
            found.cache_clear()
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
