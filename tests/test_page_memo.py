"""Under `mkdocs serve`, the page models of a rebuild are those of a build without a memo, and
saving one plan builds again only that plan's pages (thidua.site.memo)."""

import shutil
from pathlib import Path

import pytest

from campaigns_copy import edit
from thidua.dataset import load_dataset
from thidua.site.build import build_pages
from thidua.site.context import SiteOptions
from thidua.site.memo import Memo
from thidua.sourcecache import SourceCache
from thidua.urls import campaign_url

ROOT = Path(__file__).resolve().parent.parent
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua"
OPTIONS = SiteOptions(edit_base="https://example.org/edit/", site_url="https://example.org/thidua/")


@pytest.fixture
def campaigns(tmp_path) -> Path:
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    return tmp_path / "campaigns"


def pages(root: Path, cache: SourceCache | None = None, memo: Memo | None = None) -> dict:
    dataset = load_dataset(root, include_illustrative=True, cache=cache)
    return {page.url: page for page in build_pages(dataset, OPTIONS, memo)}


def plan_pages(built: dict) -> dict:
    return {url: page for url, page in built.items() if url.startswith("ke-hoach/")}


def rebuild(campaigns: Path, change) -> tuple[dict, dict]:
    """The pages before and after ``change``, built with one cache and memo, as `mkdocs serve` does;
    checked equal to the pages of a build without them."""
    cache, memo = SourceCache(), Memo()
    before = pages(campaigns, cache, memo)
    change()
    after = pages(campaigns, cache, memo)
    assert after == pages(campaigns)
    return before, after


def test_saving_a_plan_builds_again_its_pages_alone_and_the_lists_show_it(campaigns):
    saved = campaign_url(PLAN)
    before, after = rebuild(campaigns, lambda: edit(campaigns / f"{PLAN}.yaml", "chu_de:\n", 'chu_de:\n  - "Chủ đề vừa sửa"\n'))
    made_again = sorted(url for url, page in plan_pages(after).items() if page is not before.get(url))
    assert made_again == [saved, f"{saved}tom-tat/"]
    assert after[saved] != before[saved]
    listing = [url for url, page in after.items() if "Chủ đề vừa sửa" in repr(page.context) and not url.startswith(saved)]
    assert listing  # the lists that show the plan's theme


def test_a_change_to_a_shared_file_builds_every_plan_again(campaigns):
    before, after = rebuild(campaigns, lambda: edit(campaigns / "phong-trao.yaml", "ten: \"Thực hiện thắng lợi", "ten: \"Phong trào thực hiện thắng lợi"))
    assert all(page is not before.get(url) for url, page in plan_pages(after).items())


def test_a_renamed_plan_leaves_no_page_behind(campaigns):
    lone = "minh-hoa/ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach-phat-dong-thi-dua"  # no other file names it
    moved = lone.replace("phat-dong-thi-dua", "doi-ten")
    before, after = rebuild(campaigns, lambda: (campaigns / f"{lone}.yaml").rename(campaigns / f"{moved}.yaml"))
    assert campaign_url(lone) in before and campaign_url(lone) not in after and campaign_url(moved) in after


def test_saving_a_plan_a_person_names_shows_its_new_title_in_their_entry(campaigns):
    named = "son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua"  # named by honored people
    title = "trich_yeu: Phát động phong trào thi đua"
    before, after = rebuild(campaigns, lambda: edit(campaigns / f"{named}.yaml", title, f"{title} (đã sửa)"))
    def entries(built: dict) -> dict:  # each person's full entry, by anchor
        return {e["anchor"]: e for page in built.values() if page.template == "honored_year.html" for e in page.context["entries"]}

    now, last = entries(after), entries(before)
    naming = [anchor for anchor, e in now.items() if e["campaign"] and "(đã sửa)" in e["campaign"]["title"]]
    assert naming and all(now[anchor] is not last[anchor] for anchor in naming)
    assert all(now[anchor] is last[anchor] for anchor in now.keys() - set(naming))  # everyone else's, as the last build made it
