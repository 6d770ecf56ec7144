"""The memory of a build: collected rarely while it runs, given back to the system once it lets go.

A build makes millions of objects that live until its end (the data set, the page models): Python's
cyclic garbage collector, at its default thresholds, would go over them again and again, for a
third of the time of loading the data (``collect_rarely``).

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

YOUNG_OBJECTS = 50_000  # allocations between two collections of the youngest generation (Python's default: 700)


def collect_rarely() -> None:
    """Collect cyclic garbage less often, for the rest of the process: the youngest generation every
    ``YOUNG_OBJECTS`` allocations, the oldest (every object) after 100 collections of the middle one."""
    gc.set_threshold(YOUNG_OBJECTS, 20, 100)


def give_back() -> None:
    """Collect what is unreachable and ask the C allocator to return its free pages (glibc's
    ``malloc_trim``; where there is none, only the collection happens)."""
    for found in gc.get_objects():
        if isinstance(found, functools._lru_cache_wrapper) and found.__module__.startswith("thidua."):
            found.cache_clear()
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
