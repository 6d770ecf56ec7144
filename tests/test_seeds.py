"""The five seed plans, as transcribed in campaigns/, against the original documents.

Counts and facts below were checked by reading the originals (the .txt beside each file,
identical to ../shared/seeds/), not taken from the YAML.
"""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest

from thidua.dataset import load_dataset
from thidua.dates import PartialDate
from thidua.numbers import numbers_in

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"

PHU_SON = "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua"  # seed 000
QUYET_THANG = "son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua"  # seed 001
TUNG_ANH = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua"  # seed 002
PHU_THO = "phu-tho/2024-ke-hoach-phat-dong-thi-dua"  # seed 003
CHI_LANG = "lang-son/huyen-chi-lang/2024-phat-dong-thi-dua"  # seed 004

SEEDS = {"000": PHU_SON, "001": QUYET_THANG, "002": TUNG_ANH, "003": PHU_THO, "004": CHI_LANG}

# Targets (chỉ tiêu) counted in each original, every bullet and sub-bullet once:
# 000: 2.1 a. (1 + 3 "-" + 5 "+" + 2 "-") + b. 4 + c. 2 + 2.2: 4 + 2.3: 2 + 2.4: 3 + 2.5: 6 + 2.6: 3
# 001: the 16 "+" lines of II.3 "Phấn đấu hoàn thành các chỉ tiêu về phát triển kinh tế"
# 002: Kinh tế 9 bullets + the "Xã hưởng" line under "Thu ngân sách", Văn hóa – Xã hội 8
# 003: II.2 a) 5 + b) 4 + c) 2 + d) 5;  004: 1.2 a) 4 + b) 8 + c) 3
TARGET_COUNTS = {PHU_SON: 35, QUYET_THANG: 16, TUNG_ANH: 18, PHU_THO: 16, CHI_LANG: 15}
UNIT_CODES = {PHU_SON: "14823", QUYET_THANG: "03652", TUNG_ANH: "18259", PHU_THO: "25", CHI_LANG: "187"}

# Numbers printed in a target line that are not quantities of that target.
_NOT_QUANTITIES = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}"  # dates: "ngày 24/10/2022"
    r"|\b[Ss]ố\s+\d[^\s,;]*"  # document numbers: "số 3595/QĐ-UBND", "số 91/2017/NĐ-CP"
    r"|\b(?:19|20)\d\d\b(?![.,]\d)"  # years: "năm 2013" (but not "2.000")
    r"|\b(?:khu phố|mức độ)\s+\d+"  # ordinal labels: "khu phố 5", "mức độ 2"
    r"|\b\d+\s+tuổi"  # who is counted, not how many: "trẻ em dưới 5 tuổi"
)


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "campaigns")


@pytest.fixture(scope="module")
def plans(dataset):
    return {record.id: record.campaign for record in dataset.campaigns}


def targets_of(campaign):
    def tree(targets):
        for target in targets:
            yield target
            yield from tree(target.children)

    def groups(items):
        for group in items:
            yield from tree(group.targets)
            yield from groups(group.groups)

    return list(groups(campaign.targets))


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("campaign_id", SEEDS.values())
def test_each_seed_loads(dataset, campaign_id):
    record = dataset.campaign(campaign_id)
    assert record is not None, f"{campaign_id}.yaml did not load"
    assert record.source_text, "the original text should sit beside the data file"


@pytest.mark.parametrize(("seed", "campaign_id"), SEEDS.items())
def test_original_text_beside_the_file_is_the_seed(dataset, seed, campaign_id):
    seed_file = next(SEEDS_DIR.glob(f"{seed}_*.txt"), None)
    if seed_file is None:
        pytest.skip(f"{SEEDS_DIR} is not available here")
    assert dataset.campaign(campaign_id).source_text == seed_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(("campaign_id", "count"), TARGET_COUNTS.items())
def test_target_count_matches_the_document(plans, campaign_id, count):
    assert plans[campaign_id].target_count() == count


@pytest.mark.parametrize("campaign_id", SEEDS.values())
def test_every_target_is_verbatim_from_the_document(dataset, campaign_id):
    record = dataset.campaign(campaign_id)
    original = squash(record.source_text)
    rewritten = [t.text for t in targets_of(record.campaign) if squash(t.text) not in original]
    assert rewritten == []


@pytest.mark.parametrize("campaign_id", SEEDS.values())
def test_every_printed_number_of_a_target_is_structured(plans, campaign_id):
    omissions = []
    for target in targets_of(plans[campaign_id]):
        structured = {number for value in target.values for number in value.numbers()}
        printed = numbers_in(_NOT_QUANTITIES.sub(" ", target.text))
        missing = [str(number) for number in printed if number not in structured]
        if missing:
            omissions.append((target.text, missing))
    assert omissions == []


def test_the_filter_of_non_quantities_keeps_quantities():
    line = "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 5%; 1.500 - 2.000 tập thể; năm 2024; số 91/2017/NĐ-CP"
    assert numbers_in(_NOT_QUANTITIES.sub(" ", line)) == [Decimal(5), Decimal(1500), Decimal(2000)]


@pytest.mark.parametrize(("campaign_id", "code"), UNIT_CODES.items())
def test_official_unit_codes(dataset, campaign_id, code):
    record = dataset.campaign(campaign_id)
    assert record.campaign.locality.code == code
    assert record.unit.code == code


def test_tung_anh_keeps_the_name_as_written(dataset):
    record = dataset.campaign(TUNG_ANH)
    assert record.campaign.locality.name_as_written == "Tùng Anh"
    assert record.unit.name == "Xã Tùng Ảnh"


@pytest.mark.parametrize("campaign_id", [PHU_SON, CHI_LANG])
def test_drafts_have_no_number_and_no_day(plans, campaign_id):
    document = plans[campaign_id].document
    assert document.is_draft
    assert document.number is None
    assert document.issued.day is None


def test_draft_issue_dates_are_year_and_month(plans):
    # 000: "ngày tháng 12 năm 2023"; 004: "ngày tháng 01 năm 2024"
    assert plans[PHU_SON].document.issued == PartialDate(2023, 12)
    assert plans[CHI_LANG].document.issued == PartialDate(2024, 1)


@pytest.mark.parametrize("campaign_id", [QUYET_THANG, TUNG_ANH, PHU_THO])
def test_issued_plans_are_not_drafts(plans, campaign_id):
    assert not plans[campaign_id].document.is_draft


def test_phu_son_campaign_year_differs_from_issue_year(plans):
    campaign = plans[PHU_SON]
    assert campaign.year == 2024
    assert campaign.document.issued.year == 2023


def test_phu_tho_receiving_stamp_is_not_the_issuer(plans):
    document = plans[PHU_THO].document
    assert document.received_stamp.startswith("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH PHÚ THỌ")
    assert "VĂN BẢN ĐẾN QUA MẠNG" in document.received_stamp
    assert "Số: 7505" in document.received_stamp
    assert document.issuer == "Ủy ban nhân dân tỉnh Phú Thọ"
    assert document.signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN"


def test_phu_tho_digital_signature_time(plans):
    signed_at = plans[PHU_THO].document.signed_at
    plus_seven = datetime.timezone(datetime.timedelta(hours=7))
    assert signed_at == datetime.datetime(2024, 1, 15, 10, 58, 54, tzinfo=plus_seven)
    assert signed_at.utcoffset() == datetime.timedelta(hours=7)


def test_phu_tho_phases_and_occasions(plans):
    phases = plans[PHU_THO].phases
    assert len(phases) == 2
    occasions = {occasion.text: occasion for occasion in phases[0].occasions}
    dien_bien_phu = occasions["70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)"]
    assert dien_bien_phu.date == PartialDate(2024, 5, 7)
    assert dien_bien_phu.original == PartialDate(1954, 5, 7)
    assert (phases[1].start, phases[1].end) == (PartialDate(2024, 7, 1), PartialDate(2024, 12, 31))


def test_tung_anh_slogan_period_and_dossier(plans):
    campaign = plans[TUNG_ANH]
    assert campaign.slogans == ["Xã Tùng Ảnh “Chung tay phát triển kinh tế, xã hội, giữ vững ổn định Quốc phòng, an ninh”"]
    assert campaign.period.end == PartialDate(2024, 11, 30)
    assert "đến ngày 30 tháng 11 năm 2024" in campaign.period.text
    assert campaign.dossier.deadline == PartialDate(2024, 12, 15)
    assert "15/12/2024" in campaign.dossier.deadline_text
    assert campaign.award_criteria.collectives and campaign.award_criteria.individuals


def test_source_slips_are_kept_as_written(dataset, plans):
    ocop = [t.text for t in targets_of(plans[PHU_SON]) if "OCO" in t.text]
    assert ocop == ["Xây dựng 01 sản phẩm OCOOP (giò bò)..."]
    assert "năm 2023" in plans[PHU_THO].phases[1].text
    assert "năm 2023" in dataset.campaign(PHU_THO).source_text.split("4.2. Đợt thi đua thứ hai")[1].split("\n\n")[0]
