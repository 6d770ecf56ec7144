"""Where each kind of page lives: every URL root of the site, in one place.

URLs are directory URLs relative to the site root ("ke-hoach/x/"; "" is the home page).
"""

CAMPAIGNS_ROOT = "ke-hoach/"
YEARS_URL = "nam/"
THEMES_URL = "chu-de-khau-hieu/"
MOVEMENTS_URL = "phong-trao/"
EXEMPLARS_URL = "khen-thuong/"
LOCALITIES_URL = "dia-phuong/"
LEGACY_LOCALITIES_URL = LOCALITIES_URL + "truoc-2025/"
SEARCH_URL = "tim-kiem/"
INDICATORS_URL = "chi-so/"


def campaign_url(campaign_id: str) -> str:
    """"ke-hoach/thanh-hoa/…/2024-phat-dong-thi-dua/" for the data file of that id."""
    return f"{CAMPAIGNS_ROOT}{campaign_id}/"


def honored_anchor(exemplar_id: str) -> str:
    """"nguyen-van-a" for "thanh-hoa/khen-thuong/nguyen-van-a": the id of the person's entry on
    their year page (the name of their data file; thidua.site.honored makes it unique on the page)."""
    return exemplar_id.rsplit("/", 1)[-1]


def indicator_url(indicator_id: str) -> str:
    """"chi-so/ty-le-ho-ngheo/": the indicator's overview, year by year."""
    return f"{INDICATORS_URL}{indicator_id}/"


def indicator_year_url(indicator_id: str, year: int) -> str:
    """"chi-so/ty-le-ho-ngheo/2024/": every locality's targets and results for that indicator in
    that year (paged from there: "…/2024/trang-2/")."""
    return f"{indicator_url(indicator_id)}{year}/"


def target_anchor(target_id: str) -> str:
    """The id of a target's row on its plan page: where a link to the target lands."""
    return f"chi-tieu-{target_id}"


def target_url(campaign_id: str, target_id: str) -> str:
    return f"{campaign_url(campaign_id)}#{target_anchor(target_id)}"


def address(site_url: str, url: str) -> str:
    """The absolute address of the page at site-relative ``url`` on the site published at
    ``site_url``; the site-relative URL itself when the site's address is not known."""
    return site_url.rstrip("/") + "/" + url if site_url else url


def edit_address(edit_base: str | None, source: str | None) -> str | None:
    """The repository file ``source`` ("campaigns/…yaml") in GitHub's editor at ``edit_base``
    ("https://github.com/org/repo/edit/main/"); None when either is not known."""
    return edit_base + source if edit_base and source else None


def movement_url(movement_id: str) -> str:
    return f"{MOVEMENTS_URL}{movement_id}/"


def year_url(year: int) -> str:
    return f"{YEARS_URL}{year}/"


def theme_year_url(year: int) -> str:
    return f"{THEMES_URL}{year}/"


def honored_list_url(page_url: str) -> str:
    """The honored people of a locality (its overview, year by year) or of a campaign page (all of them)."""
    return page_url + EXEMPLARS_URL


def honored_year_url(locality_url: str, year: int) -> str:
    """"dia-phuong/thanh-hoa/phuong-phu-son/khen-thuong/2024/": every person that locality honored
    in that year, each an entry of the page, never paged (an entry's place must not move)."""
    return f"{honored_list_url(locality_url)}{year}/"


def honored_url(locality_url: str, year: int, anchor: str) -> str:
    """"…/khen-thuong/2024/#nguyen-van-a": where a link to an honored person lands."""
    return f"{honored_year_url(locality_url, year)}#{anchor}"


def honored_photo_url(locality_url: str, year: int, anchor: str) -> str:
    """The published photo of the person of that entry, beside their year page."""
    return f"{honored_year_url(locality_url, year)}{anchor}.jpg"


def print_summary_url(plan_url: str) -> str:
    """The one-page printable summary of a plan."""
    return plan_url + "tom-tat/"
