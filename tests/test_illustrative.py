"""The illustrative honored people (campaigns/minh-hoa/) load only when asked for, and are plainly fictional."""

from pathlib import Path

import pytest

from thidua.dataset import load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "campaigns"
# Every illustrative name carries one of these words, so nobody mistakes it for a real citizen.
FICTIONAL_MARKERS = ("Minh Họa", "Ví Dụ", "Mẫu")


@pytest.fixture(scope="module")
def illustrative():
    return load_dataset(DATA, include_illustrative=True)


def test_illustrative_set_loads_only_when_asked_for():
    assert load_dataset(DATA).exemplars == []


def test_every_illustrative_exemplar_is_marked_and_named_as_fictional(illustrative):
    assert len(illustrative.exemplars) >= 10
    for record in illustrative.exemplars:
        assert record.illustrative, record.id
        assert record.id.startswith("minh-hoa/"), record.id
        assert any(marker in record.exemplar.name for marker in FICTIONAL_MARKERS), record.exemplar.name


def test_set_covers_people_and_collectives_of_the_five_seed_campaigns(illustrative):
    exemplars = [record.exemplar for record in illustrative.exemplars]
    assert {e.kind for e in exemplars} == {"ca-nhan", "tap-the"}
    assert {e.campaign for e in exemplars} == {record.id for record in illustrative.campaigns if not record.illustrative}
    for record in illustrative.exemplars:
        campaign = illustrative.campaign(record.exemplar.campaign).campaign
        assert record.exemplar.decision.date.year == record.exemplar.year == campaign.year, record.id


def test_photo_has_a_recorded_consent_and_its_file(illustrative):
    with_photo = [record for record in illustrative.exemplars if record.exemplar.photo]
    assert with_photo
    for record in with_photo:
        assert record.exemplar.photo.consent.record
        assert (record.path.parent / record.exemplar.photo.file).is_file()
