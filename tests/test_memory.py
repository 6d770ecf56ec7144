"""Before Pagefind starts, the build gives back what it let go of, the entries of the package's
memoized functions included (thidua.memory)."""

import gc
import weakref
from decimal import Decimal

from conftest import ROOT

from thidua import numbers
from thidua.memory import give_back
from thidua.sitebuild import SiteBuild


def test_the_package_memoized_values_are_emptied():
    numbers.format_vn_number(Decimal("2147.429"))
    assert numbers._formatted.cache_info().currsize > 0
    give_back()
    assert numbers._formatted.cache_info().currsize == 0
    assert numbers.format_vn_number(Decimal("2147.429")) == "2.147,429"  # memoized again as before


def test_a_build_let_go_of_frees_its_data_set_without_the_cyclic_collector():
    """Pagefind starts once the page models are gone: nothing of a build may wait for a collection."""
    gc.collect()
    gc.disable()
    try:
        build = SiteBuild.load(ROOT / "campaigns", include_illustrative=True, edit_base=None)
        data_set = weakref.ref(build.dataset)
        del build
        assert data_set() is None
    finally:
        gc.enable()
