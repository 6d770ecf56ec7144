"""The full examples in the README are valid data files."""

import re
import shutil

from thidua.dataset import load_dataset

from conftest import ROOT

BLOCKS = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_examples_validate(tmp_path):
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data, ignore=shutil.ignore_patterns("minh-hoa"))
    campaign, exemplar = BLOCKS
    folder = data / "ha-tinh/huyen-duc-tho/xa-tung-anh"
    (folder / "2024-vi-du.yaml").write_text(campaign, encoding="utf-8")
    (data / "ha-tinh/khen-thuong").mkdir(parents=True)
    (data / "ha-tinh/khen-thuong/vi-du.yaml").write_text(exemplar, encoding="utf-8")
    dataset = load_dataset(data)
    example = dataset.campaign("ha-tinh/huyen-duc-tho/xa-tung-anh/2024-vi-du")
    assert example.unit.name == "Xã Tùng Ảnh"
    assert example.campaign.target_count() == 2
    assert [e.exemplar.name for e in dataset.exemplars] == ["Nguyễn Văn A"]
