"""The staff guide (docs/huong-dan/) stays true to the product.

- Screenshots: each test saves one viewport-sized PNG into docs/huong-dan/anh/ (committed, shown
  in the guide), taken from the real site in Chromium, and checks that what the guide says is on
  the picture is really on the screen. Run again to refresh the pictures.
- Error examples: each example of doc-loi.md is the real output of `thidua validate` on a broken
  copy of the real data, word for word; the templates the guide tells staff to copy are valid.
"""

import html
import re
import shutil
import subprocess
import sys

import pytest
from PIL import Image
from playwright.sync_api import expect

from conftest import ROOT

ANH = ROOT / "docs/huong-dan/anh"
VIEWPORTS = {
    "dien-thoai": {"width": 360, "height": 780},
    "may-tinh": {"width": 1280, "height": 800},
}
TUNG_ANH = "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
TUNG_ANH_FILE = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
TUNG_ANH_PLACE = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"


@pytest.fixture(scope="module")
def anh():
    ANH.mkdir(parents=True, exist_ok=True)
    return ANH


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def screen(request, browser):
    """(name, page) for one screen width, light colours, no animation, Vietnamese locale."""
    phone = request.param == "dien-thoai"
    context = browser.new_context(
        viewport=VIEWPORTS[request.param],
        device_scale_factor=1,
        is_mobile=phone,
        has_touch=phone,
        locale="vi-VN",
        color_scheme="light",
        reduced_motion="reduce",
    )
    yield request.param, context.new_page()
    context.close()


def _scroll_to(page, selector: str) -> None:
    """Put an element just under the fixed site header."""
    page.locator(selector).evaluate(
        "e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY"
        " - document.querySelector('.md-header').offsetHeight - 8)"
    )


def test_home_page(screen, site_url, anh):
    name, page = screen
    page.goto(site_url)
    expect(page.locator("h1")).to_have_text("Phong trào thi đua của các địa phương")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"trang-chu-{name}.png", full_page=False)


def test_campaign_page_header(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH)
    expect(page.locator("h1")).to_have_text("Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"ke-hoach-{name}.png", full_page=False)


def test_campaign_page_targets(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH)
    _scroll_to(page, "#chi-tieu")
    expect(page.locator("#chi-tieu")).to_contain_text("Chỉ tiêu thi đua")
    expect(page.locator("#chi-tieu")).to_be_in_viewport()
    first_table = page.locator("table.td-targets").first
    expect(first_table).to_contain_text("2.143 tấn")
    expect(first_table).to_be_in_viewport()
    page.screenshot(path=anh / f"chi-tieu-{name}.png", full_page=False)


def test_locality_page_shows_the_code(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH_PLACE)
    expect(page.locator("h1")).to_have_text("Xã Tùng Ảnh")
    code = page.get_by_text("Mã đơn vị 18259")
    expect(code).to_be_visible()
    expect(code).to_be_in_viewport()
    page.screenshot(path=anh / f"dia-phuong-{name}.png", full_page=False)


def test_honored_people_gallery(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + "khen-thuong/")
    expect(page.locator("h1")).to_have_text("Tập thể, cá nhân được khen thưởng")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"khen-thuong-{name}.png", full_page=False)
    # The guide's description of this picture says whether anyone is listed: keep it true.
    empty = page.get_by_text("Chưa có tập thể, cá nhân nào được công bố.").is_visible()
    guide = (ROOT / "docs/huong-dan/them-khen-thuong.md").read_text(encoding="utf-8")
    assert ("lúc chưa có ai được đăng" in guide) == empty


GUIDE = ROOT / "docs/huong-dan"
PHU_SON_FILE = "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua.yaml"
EXEMPLAR_FILE = "ha-tinh/huyen-duc-tho/xa-tung-anh/khen-thuong/nguyen-van-a.yaml"
PHONE_SENTENCE = " Liên hệ anh A qua số 0912 345 678."


def _yaml_blocks(page: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", (GUIDE / page).read_text(encoding="utf-8"), re.S)


def _exemplar_template() -> str:
    """The honored-person template the guide tells staff to copy."""
    return _yaml_blocks("them-khen-thuong.md")[0]


def _edit(data, relative: str, *replacements: tuple[str, str]) -> None:
    path = data / relative
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"{old!r} not in {relative}"
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


def _add_exemplar(data, *replacements: tuple[str, str]) -> None:
    path = data / EXEMPLAR_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_exemplar_template(), encoding="utf-8")
    _edit(data, EXEMPLAR_FILE, *replacements)


SLOGAN = '"Xã Tùng Ảnh “Chung tay phát triển kinh tế, xã hội, giữ vững ổn định Quốc phòng, an ninh”"'
_DECISION = re.compile(r"^quyet_dinh:\n(?:  .*\n)+", re.M)

# The broken copies behind the examples of doc-loi.md, in its order: one mistake staff make each.
BREAKAGES = {
    "sai-ten-truong": lambda d: _edit(d, TUNG_ANH_FILE, ("\ntrich_yeu:", "\ntrich_yue:")),
    "so-sai-kieu": lambda d: _edit(d, PHU_SON_FILE, ("{so_lieu: 1573,", "{so_lieu: 1.573,")),
    "ngay-khong-co-that": lambda d: _edit(d, TUNG_ANH_FILE, ("ngay_ban_hanh: 2024-01-31", "ngay_ban_hanh: 2024-02-30")),
    "dia-phuong-la": lambda d: _edit(
        d, TUNG_ANH_FILE, ('  ma: "18259"\n', "  ten: Tùng Anh\n  thuoc: [Đức Thọ, Hà Tĩnh]\n")
    ),
    "bay-yaml": lambda d: _edit(d, TUNG_ANH_FILE, ('  so: "29"\n', "  so: 05\n"), ('        so: "-"\n', "        so: n\n")),
    "dau-hai-cham": lambda d: _edit(
        d, TUNG_ANH_FILE, ('so_ky_hieu_nguyen_van: "Số: 29 KH/UBND"', "so_ky_hieu_nguyen_van: Số: 29 KH/UBND")
    ),
    "ngoac-kep-thang": lambda d: _edit(d, TUNG_ANH_FILE, (SLOGAN, SLOGAN.replace("“", '"').replace("”", '"'))),
    "so-dien-thoai": lambda d: _add_exemplar(d, ('nông thôn."', 'nông thôn.' + PHONE_SENTENCE + '"')),
    "thieu-truong": lambda d: _add_exemplar(d, (_DECISION.search(_exemplar_template()).group(0), "")),
}


def _validate_copy(tmp_path, breakage=None) -> tuple[int, str]:
    """`thidua validate campaigns/` on a copy of the real data, broken by ``breakage``; the
    output names files campaigns/…, exactly as on a clone of the repository."""
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data, ignore=shutil.ignore_patterns("minh-hoa"))
    if breakage is not None:
        breakage(data)
    run = subprocess.run(
        [sys.executable, "-m", "thidua.cli", "validate", "campaigns/"],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
    )
    return run.returncode, run.stdout + run.stderr


def _validation_output(tmp_path) -> tuple[int, str]:
    """The commune written by its name as the document spells it (“Tùng Anh”), not its code."""
    return _validate_copy(tmp_path, BREAKAGES["dia-phuong-la"])


def test_guide_templates_are_valid(tmp_path):
    """What the guide tells staff to copy passes the checker as it stands."""
    def add_templates(data):
        plan = _yaml_blocks("them-ke-hoach.md")[0]
        folder = data / "ha-tinh/huyen-duc-tho/xa-tung-anh"
        (folder / "2025-ke-hoach-phat-dong-thi-dua.yaml").write_text(plan, encoding="utf-8")
        assert "tep: 2025-ke-hoach-phat-dong-thi-dua.txt" in plan
        (folder / "2025-ke-hoach-phat-dong-thi-dua.txt").write_text("Toàn văn.", encoding="utf-8")
        photo = _yaml_blocks("them-khen-thuong.md")[1]
        _add_exemplar(data)
        with (data / EXEMPLAR_FILE).open("a", encoding="utf-8") as exemplar:
            exemplar.write(photo)
        Image.new("RGB", (900, 1200), (90, 120, 150)).save((data / EXEMPLAR_FILE).parent / "nguyen-van-a.jpg")

    code, output = _validate_copy(tmp_path, add_templates)
    assert code == 0, output
    assert "Hợp lệ: 6 kế hoạch, 1 người/tập thể" in output


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_error_examples_in_the_guide_are_real(name, tmp_path):
    """Each example of doc-loi.md is the checker's output, word for word, on its broken copy."""
    code, output = _validate_copy(tmp_path, BREAKAGES[name])
    assert code == 1, output
    guide = (GUIDE / "doc-loi.md").read_text(encoding="utf-8")
    assert f"```\n{output.strip()}\n```" in guide, f"doc-loi.md lacks this real output:\n{output}"


def test_validation_error_screenshot(browser, tmp_path, anh):
    code, output = _validation_output(tmp_path)
    assert code == 1
    where = f"campaigns/{TUNG_ANH_FILE}:16:3: "
    assert where + "không tìm thấy đơn vị hành chính “Tùng Anh”" in output
    assert "Gợi ý: có phải Xã Tùng Ảnh (mã 18259)" in output
    page_html = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kết quả kiểm tra dữ liệu</title>
<style>
  /* A proportional font: the monospace fonts of Debian lack the Vietnamese stacked accents. */
  body {{ margin: 0; padding: 16px; background: #fff; color: #1b1b1b;
         font: 16px/1.4 "Noto Sans", "DejaVu Sans", sans-serif; }}
  h1 {{ font-size: 17px; margin: 0 0 8px; }}
  pre {{ margin: 0; padding: 12px 14px; background: #1e1e1e; color: #f0f0f0; border-radius: 6px;
        font: 15px/1.55 "Noto Sans", "DejaVu Sans", sans-serif; white-space: pre-wrap; }}
  .lenh {{ color: #9cdcfe; }}
</style></head>
<body><h1>Kết quả kiểm tra dữ liệu</h1>
<pre><span class="lenh">$ thidua validate campaigns/</span>
{html.escape(output.strip())}</pre>
</body></html>"""
    page = browser.new_page(viewport={"width": 1000, "height": 400}, device_scale_factor=1)
    try:
        page.set_content(page_html)
        # Fit the picture to the text: no empty band below it.
        height = page.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        page.set_viewport_size({"width": 1000, "height": height})
        expect(page.locator("pre")).to_contain_text(where + "không tìm thấy đơn vị hành chính “Tùng Anh”")
        expect(page.locator("pre")).to_contain_text("Gợi ý: có phải Xã Tùng Ảnh (mã 18259)")
        expect(page.locator("pre")).to_be_in_viewport(ratio=1)
        page.screenshot(path=anh / "loi-kiem-tra.png", full_page=False)
    finally:
        page.close()
