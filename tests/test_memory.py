"""Before Pagefind starts, the build gives back what it let go of, the entries of the package's
memoized functions included (thidua.memory)."""

from decimal import Decimal

from thidua import numbers
from thidua.memory import give_back


def test_the_package_memoized_values_are_emptied():
    numbers.format_vn_number(Decimal("2147.429"))
    assert numbers._formatted.cache_info().currsize > 0
    give_back()
    assert numbers._formatted.cache_info().currsize == 0
    assert numbers.format_vn_number(Decimal("2147.429")) == "2.147,429"  # memoized again as before
