"""An office's official contact is published; a phone number or e-mail anywhere else is not."""

import shutil
from pathlib import Path

import pytest

from thidua.dataset import load_dataset
from thidua.model.campaign import Campaign
from thidua.model.contact import public_contact_paths
from thidua.model.exemplar import Exemplar
from thidua.problems import DataError

ROOT = Path(__file__).resolve().parent.parent
PLAN = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
EXEMPLAR = "minh-hoa/lang-son/huyen-chi-lang/khen-thuong/do-thi-vi-du.yaml"
CONTACT = """
lien_he:
  dia_chi: "Số 12 ngõ 5, thôn Ví Dụ"
  dien_thoai: "(+84) 239 3 000 000"
  email: vanphong@example.org
  trang_web: https://example.org/
"""


@pytest.fixture
def data(tmp_path):
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    return tmp_path / "campaigns"


def _problems(data: Path) -> list[str]:
    try:
        load_dataset(data, include_illustrative=True)
    except DataError as error:
        return [f"{p.path.name}:{p.line}: {p.message}" for p in error.problems]
    return []


def test_contact_fields_are_declared_once_by_the_plan_model():
    assert public_contact_paths(Campaign) == {
        ("lien_he", "dia_chi"), ("lien_he", "dien_thoai"), ("lien_he", "email"), ("lien_he", "trang_web")
    }
    assert public_contact_paths(Exemplar) == frozenset()


def test_plan_publishes_its_office_contact(data):
    (data / PLAN).write_text((data / PLAN).read_text(encoding="utf-8") + CONTACT, encoding="utf-8")
    assert _problems(data) == []
    contact = load_dataset(data).campaign(PLAN.removesuffix(".yaml")).campaign.contact
    assert [line[0] for line in contact.lines()] == ["Địa chỉ", "Điện thoại", "Thư điện tử", "Trang thông tin"]


def test_the_same_phone_and_email_elsewhere_in_the_plan_are_refused(data):
    text = (data / PLAN).read_text(encoding="utf-8")
    text = text.replace("\ntrich_yeu: ", '\ntrich_yeu: "Gọi (+84) 239 3 000 000 hoặc vanphong@example.org" #', 1)
    (data / PLAN).write_text(text + CONTACT, encoding="utf-8")
    problems = _problems(data)
    assert len(problems) == 1 and "“trich_yeu” có số điện thoại" in problems[0], problems


def test_a_contact_block_in_an_honored_persons_file_is_refused_and_guarded(data):
    (data / EXEMPLAR).write_text((data / EXEMPLAR).read_text(encoding="utf-8") + CONTACT, encoding="utf-8")
    problems = "\n".join(_problems(data))
    assert "có số điện thoại" in problems and "có địa chỉ thư điện tử" in problems and "lien_he" in problems


@pytest.mark.parametrize(
    ("field", "value"), [("dien_thoai", "gọi anh Ba"), ("email", "vanphong"), ("trang_web", "example.org")]
)
def test_a_malformed_contact_is_refused(data, field, value):
    contact = CONTACT.replace(CONTACT.split(f"{field}: ")[1].split("\n")[0], f'"{value}"')
    (data / PLAN).write_text((data / PLAN).read_text(encoding="utf-8") + contact, encoding="utf-8")
    problems = _problems(data)
    assert len(problems) == 1 and field in problems[0], problems
