"""Giving the memory of objects a build has let go of back to the system, for the process it starts next.

Python keeps the memory of freed objects for its own reuse, and the C allocator keeps freed pages
in its heap: without this, a process started after the page models are released (Pagefind) would
still have them beside it. The package's memoized functions (formatted numbers, QR codes, text
widths…) are emptied too: their entries, made all along the build, would keep the memory around
them in use.
"""

import ctypes
import functools
import gc


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
