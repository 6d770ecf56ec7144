"""The Atom feed: the newest plans and honored people, read from the validated data set, none made
up for illustration, each at the address of its page or entry."""

from dataclasses import replace
from types import SimpleNamespace
from xml.etree import ElementTree as ET

import pytest

from conftest import ROOT
from thidua.dataset import load_dataset
from thidua.feed import ATOM, LIMIT, FeedEntry, write_atom, write_feed
from thidua.site.context import SiteContext, SiteOptions

SITE = "https://example.org/thidua/"
A = f"{{{ATOM}}}"


@pytest.fixture(scope="module")
def dataset():
    """The real data, illustrative plans and people included (they are in the data set when a
    site shows them, as the preview of a new province's site does)."""
    return load_dataset(ROOT / "campaigns", include_illustrative=True)


def feed_of(dataset, tmp_path, updated=None):
    options = SiteOptions(updated=updated or {})
    honored = {key: place.url for key, place in SiteContext(dataset, options).honored.items()}
    path = tmp_path / "feed.xml"
    write_feed(SimpleNamespace(dataset=dataset, options=options, honored=honored), path, SITE)
    return [
        {"title": e.find(f"{A}title").text, "link": e.find(f"{A}link").get("href"), "updated": e.find(f"{A}updated").text,
         "author": e.find(f"{A}author/{A}name").text, "summary": e.find(f"{A}summary").text}
        for e in ET.parse(path).getroot().iter(f"{A}entry")
    ]


def test_no_plan_or_person_made_up_for_illustration_is_in_the_feed(dataset, tmp_path):
    real = [record for record in dataset.campaigns if not record.illustrative]
    assert len(real) < len(dataset.campaigns) and all(record.illustrative for record in dataset.exemplars)
    assert sorted(entry["link"] for entry in feed_of(dataset, tmp_path)) == sorted(f"{SITE}ke-hoach/{r.id}/" for r in real)


def test_a_real_person_is_an_entry_leading_to_their_place_on_their_year_page(dataset, tmp_path):
    person = next(record for record in dataset.exemplars if record.exemplar.name == "Lê Văn Mẫu")
    made_real = replace(dataset, exemplars=[replace(person, illustrative=False)])
    entry = next(entry for entry in feed_of(made_real, tmp_path) if entry["title"] == "Lê Văn Mẫu")
    assert entry["link"] == f"{SITE}dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/khen-thuong/2024/#le-van-mau"
    assert entry["author"] == "Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh"
    assert entry["summary"].startswith(f"Lê Văn Mẫu – {person.exemplar.award} (Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh, ")
    assert entry["updated"] == f"{person.exemplar.decision.date.iso()}T00:00:00+00:00"


def test_newest_first_a_changed_file_dated_by_its_change(dataset, tmp_path):
    unchanged = feed_of(dataset, tmp_path)
    assert [entry["updated"] for entry in unchanged] == sorted((entry["updated"] for entry in unchanged), reverse=True)
    oldest = unchanged[-1]["link"].removeprefix(f"{SITE}ke-hoach/").removesuffix("/")
    entries = feed_of(dataset, tmp_path, {SiteOptions().source_file(oldest): "2031-05-06"})
    assert (entries[0]["link"], entries[0]["updated"]) == (unchanged[-1]["link"], "2031-05-06T00:00:00+00:00")
    assert entries[1:] == unchanged[:-1]


def test_only_the_newest_entries_up_to_the_limit(tmp_path):
    days = [f"20{20 + n // 12:02d}-{n % 12 + 1:02d}" for n in range(LIMIT + 10)]
    write_atom([FeedEntry(f"Mục {day}", f"{SITE}{day}/", day, "Nơi", "Tóm tắt") for day in days], tmp_path / "feed.xml", SITE)
    root = ET.parse(tmp_path / "feed.xml").getroot()
    stamps = [entry.find(f"{A}updated").text[:7] for entry in root.iter(f"{A}entry")]
    assert stamps == sorted(days, reverse=True)[:LIMIT]
    assert root.find(f"{A}updated").text == f"{days[-1]}-01T00:00:00+00:00"
