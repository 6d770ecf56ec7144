"""Where the pages of a data file live: the one place that turns a file's id into URLs.

URLs are directory URLs relative to the site root; ids are data file paths without ``.yaml``.
"""

HONORED = "khen-thuong/"


def campaign_url(record_id: str) -> str:
    return f"ke-hoach/{record_id}/"


def exemplar_url(record_id: str) -> str:
    """``x/khen-thuong/a`` -> ``khen-thuong/x/a/``."""
    return f"{HONORED}{record_id.replace('/' + HONORED, '/')}/"


def honored_list_url(page_url: str) -> str:
    """The full list of the people honored under a page (a plan, a locality)."""
    return page_url + HONORED
