"""A school, an agency or an emulation bloc can publish a campaign attached to a locality."""

import shutil

from thidua.sitebuild import SiteBuild

from conftest import ROOT

TUNG_ANH = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua"


def test_school_campaign_is_attached_to_its_commune(tmp_path):
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data, ignore=shutil.ignore_patterns("minh-hoa"))
    plan = (data / f"{TUNG_ANH}.yaml").read_text(encoding="utf-8")
    school = plan.replace(
        "  co_quan_ban_hanh: Ủy ban nhân dân xã Tùng Ảnh\n",
        "  co_quan_ban_hanh: Trường Tiểu học Tùng Ảnh\n  loai_co_quan: truong-hoc\n",
    )
    assert school != plan
    (data / "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-truong-tieu-hoc.yaml").write_text(school, encoding="utf-8")
    build = SiteBuild.load(data, include_illustrative=False, edit_base=None)
    html = build.render("ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-truong-tieu-hoc/index.md")
    assert "Trường Tiểu học Tùng Ảnh (trường học trên địa bàn)" in html
    locality = build.render("dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/index.md")
    assert locality.count("ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/") == 2
