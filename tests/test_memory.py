"""Before Pagefind starts, the build gives back what it let go of, the entries of the package's
memoized functions and what it loaded included (thidua.memory)."""

import gc
import weakref
from decimal import Decimal

from thidua import numbers
from thidua.memory import give_back, loading
from thidua.sitebuild import SiteBuild

from conftest import ROOT


def test_the_package_memoized_values_are_emptied():
    numbers.format_vn_number(Decimal("2147.429"))
    assert numbers._formatted.cache_info().currsize > 0
    give_back()
    assert numbers._formatted.cache_info().currsize == 0
    assert numbers.format_vn_number(Decimal("2147.429")) == "2.147,429"  # memoized again as before


class _Node:
    """An object in a reference cycle, as the data set has: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_what_loads_is_left_out_of_collections_until_given_back():
    with loading():
        node = _Node()
    found = weakref.ref(node)
    del node
    gc.collect()
    assert found() is not None
    give_back()
    assert found() is None
    assert gc.get_freeze_count() == 0


def test_a_build_let_go_of_is_freed_without_the_collector():
    """Nothing the build makes holds it in a reference cycle (a nested function that calls itself,
    for one): letting go of it frees the data set at once, and ``give_back``'s collection has
    only the few objects left to go over, not the hundreds of thousands of a province's data.
    (The collector stays off throughout: in a build, one cycle it had not come to yet was enough.)"""
    gc.disable()
    try:
        build = SiteBuild.load(ROOT / "campaigns", include_illustrative=True, edit_base=None)
        for src_uri in build.pages:
            build.render(src_uri)
        build.search.discard()
        dataset = weakref.ref(build.dataset)
        del build
        assert dataset() is None
    finally:
        gc.enable()
